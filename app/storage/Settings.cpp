#include "storage/Settings.h"

#include "core/rules/TextChecks.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Settings are printed on letters and shown on screens: the same text rule as names and
// addresses (TextChecks), so nothing in them hides or reorders what a reader sees.
QString plainText(const QString& v)
{
    if (const TextChecks::Finding f = TextChecks::firstHazard(v))
        return u"plain text, without "_s + TextChecks::describe(f);
    return {};
}

QString anyText(const QString& v)
{
    if (v.size() > 200)
        return QStringLiteral("at most 200 characters");
    return plainText(v);
}

// One plain address (local@domain.tld), no display name: it is printed for a parent to type.
QString emailAddress(const QString& v)
{
    if (v.isEmpty())
        return {};
    static const QRegularExpression re(u"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$"_s);
    if (v.size() > 120 || !re.match(v).hasMatch() || v.contains(u".."_s))
        return QStringLiteral("an e-mail address such as office@school.example.org, or empty");
    return {};
}

QString idleSeconds(const QString& v)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    if (!ok || n < 30 || n > 3600)
        return QStringLiteral("a whole number of seconds from 30 to 3600");
    return {};
}

QString httpsUrl(const QString& v)
{
    if (v.isEmpty())
        return {};
    if (const QString why = plainText(v); !why.isEmpty())
        return why;
    const QUrl url(v, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return QStringLiteral("a full https:// address");
    if (url.scheme() != u"https")
        return QStringLiteral("an https:// address (plain http is refused)");
    return {};
}

QString schoolCode(const QString& v)
{
    static const QRegularExpression re(u"^[A-Za-z0-9-]{1,16}$"_s);
    return re.match(v).hasMatch() ? QString() : QStringLiteral("1 to 16 letters, digits or dashes");
}

QString spkiPin(const QString& v)
{
    if (v.isEmpty())
        return {};
    const QByteArray raw = QByteArray::fromBase64(v.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    return raw.size() == 32 ? QString() : QStringLiteral("the base64 SHA-256 of the server's public key (44 characters)");
}

QString intIn(const QString& v, int lo, int hi)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= lo && n <= hi ? QString() : QStringLiteral("a whole number from %1 to %2").arg(lo).arg(hi);
}

QString oneOf(const QString& v, const QStringList& allowed)
{
    return allowed.contains(v) ? QString() : QStringLiteral("one of: %1").arg(allowed.join(u", "_s));
}

QString filePath(const QString& v)
{
    if (v.isEmpty())
        return {};
    if (const QString why = plainText(v); !why.isEmpty())
        return why;
    return v.startsWith(u'/') ? QString() : QStringLiteral("an absolute file path");
}

} // namespace

const QList<SettingSpec>& Settings::specs()
{
    static const QList<SettingSpec> all = {
        {IdleTimeoutSeconds, u"120"_s, u"Seconds without input before the kiosk locks itself"_s, idleSeconds},
        {KioskFullScreen, u"false"_s,
         u"Kiosk mode: full screen without window decorations, the window cannot be closed, only an administrator "
         "quits (the kiosk's --kiosk option does the same for one run)"_s,
         [](const QString& v) { return oneOf(v, {u"true"_s, u"false"_s}); }},
        {DateFormat, u"us"_s,
         u"How dates are typed and shown on the kiosk: us (MM/DD/YYYY), dmy (DD/MM/YYYY) or iso (YYYY-MM-DD)"_s,
         [](const QString& v) { return oneOf(v, {u"us"_s, u"dmy"_s, u"iso"_s}); }},
        {SchoolCode, u"1234"_s, u"The school's code in the district roster"_s, schoolCode},
        {SchoolName, u"Demo Elementary School"_s, u"The school's name on letters and screens"_s, anyText},
        {DistrictName, u"Demo Unified School District"_s, u"The district's name on letters"_s, anyText},
        {SchoolAddressLine1, u"100 School Street"_s, u"The school's street address (letters' return address)"_s, anyText},
        {SchoolCity, u"Los Angeles"_s, u"The school's city"_s, anyText},
        {SchoolState, u"CA"_s, u"The school's state"_s, anyText},
        {SchoolPostalCode, u"90012"_s, u"The school's ZIP code"_s, anyText},
        {SchoolPhone, u"(213) 555-0100"_s, u"The number parents call about a letter"_s, anyText},
        {SchoolEmail, QString(), u"The address a mail request form may be e-mailed back to; empty: by mail only"_s,
         emailAddress},
        {PortalUrl, u"https://portal.example.org"_s, u"Where parents redeem their keys"_s, httpsUrl},
        {ServerUrl, QString(), u"The district server's base URL (https only); empty: sync not configured"_s, httpsUrl},
        {CaBundle, QString(), u"PEM file of the district CA; empty: the system trust store"_s, filePath},
        {SpkiPin, QString(), u"Optional SHA-256 pin (base64) of the district server's public key"_s, spkiPin},
        {ClientId, QString(), u"OAuth client id of this kiosk"_s, anyText},
        {RetentionDays, u"1095"_s,
         u"Days a verification keeps its ID details (issuer, last 4, expiry); after that they are purged and only "
         "the ID type and outcome stay, for counts"_s,
         [](const QString& v) { return intIn(v, 30, 3650); }},
        {SyncIntervalMinutes, u"10"_s, u"Minutes between the kiosk's background syncs (a failure waits out its back-off)"_s,
         [](const QString& v) { return intIn(v, 1, 1440); }},
        {DistrictPublicKeyFile, QString(), u"PEM file of the district's RSA public key; access keys are sealed to it"_s,
         filePath},
        {KeyKindSetting, u"creation_code"_s, u"Kind of access key: pin, access_id_password or creation_code"_s,
         [](const QString& v) { return oneOf(v, {u"pin"_s, u"access_id_password"_s, u"creation_code"_s}); }},
        {PinLength, u"6"_s, u"Digits in a PIN"_s, [](const QString& v) { return intIn(v, 6, 12); }},
        {AccessIdLength, u"8"_s, u"Characters in an Access ID"_s, [](const QString& v) { return intIn(v, 6, 16); }},
        {PasswordLength, u"8"_s, u"Characters in an Access password"_s, [](const QString& v) { return intIn(v, 6, 16); }},
        {CodeLength, u"12"_s, u"Characters in a creation code"_s, [](const QString& v) { return intIn(v, 8, 24); }},
        {KeyLifetimeDays, u"30"_s, u"Days an access key stays valid (0: no expiry)"_s,
         [](const QString& v) { return intIn(v, 0, 366); }},
        {MaxChildrenPerVisit, u"7"_s, u"Most children one adult gets keys for in one visit"_s,
         [](const QString& v) { return intIn(v, 1, 20); }},
        {QuestionsRequired, u"3"_s, u"Security questions that must pass for a video verification"_s,
         [](const QString& v) { return intIn(v, 1, 7); }},
        {VerificationMaxAgeMinutes, u"30"_s,
         u"Minutes after a verification during which keys may be issued from it; after that, verify again"_s,
         [](const QString& v) { return intIn(v, 5, 240); }},
        {AllowExpiredOverride, u"false"_s, u"Whether a supervisor may accept an expired ID with a written reason"_s,
         [](const QString& v) { return oneOf(v, {u"true"_s, u"false"_s}); }},
        {LetterLayout, u"trifold"_s, u"Letter layout: trifold or pressure-seal"_s,
         [](const QString& v) { return oneOf(v, {u"trifold"_s, u"pressure-seal"_s}); }},
        {SecondLanguage, u"es"_s, u"The district's second language, printed with English when a language is unknown"_s,
         anyText},
        {PaperSize, u"letter"_s, u"Paper: letter or a4"_s, [](const QString& v) { return oneOf(v, {u"letter"_s, u"a4"_s}); }},
    };
    return all;
}

const SettingSpec* Settings::spec(const QString& key)
{
    for (const SettingSpec& s : specs()) {
        if (s.key == key)
            return &s;
    }
    return nullptr;
}

Settings::Settings(Database& db)
    : m_db(db)
{
}

QString Settings::value(const QString& key) const
{
    auto q = m_db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {key});
    if (q && q->next())
        return q->value(0).toString();
    const SettingSpec* s = spec(key);
    return s ? s->defaultValue : QString();
}

int Settings::intValue(const QString& key) const
{
    return value(key).toInt();
}

Status Settings::set(const Actor& actor, const QString& key, const QString& value)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can change settings."_s);
    const SettingSpec* s = spec(key);
    if (!s)
        return Error::badInput(u"Unknown setting \"%1\" (see: settings get)"_s.arg(key.left(60)));
    if (const QString why = s->validate(value); !why.isEmpty())
        return Error::badInput(u"%1 must be %2"_s.arg(key, why));
    const QString before = this->value(key);
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto q = uow.exec(u"INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) "
                          "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, "
                          "updated_by = excluded.updated_by"_s,
                          {key, value, uow.now(), actor.staffId});
        if (!q)
            return q.error();
        return uow.audit(u"setting.changed"_s, u"setting"_s, key, {{u"from"_s, before}, {u"to"_s, value}});
    });
}

} // namespace gd
