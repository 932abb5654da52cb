#include "cli/Cli.h"

#include "idscan/IdScanner.h"

#include <QFile>
#include <QImageReader>
#include <QJsonObject>
#include <QStringDecoder>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

// A scanner's text for one card is a few kilobytes; a larger file is something else.
constexpr qint64 kMaxTextFile = 64 * 1024;

QString isoDate(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString realIdText(const std::optional<bool>& compliant)
{
    if (!compliant)
        return u"not stated (card older than AAMVA version 5)"_s;
    return *compliant ? u"compliant"_s : u"not compliant"_s;
}

// What a wedge scanner typed, saved to a file (or piped in with "-"): UTF-8 when it is, else
// Latin-1, the character set of the cards.
Result<QString> readText(const QString& path)
{
    QFile f(path);
    const bool opened = path == u"-" ? f.open(stdin, QIODevice::ReadOnly) : f.open(QIODevice::ReadOnly);
    if (!opened)
        return Error::badInput(u"%1: cannot read: %2"_s.arg(path, f.errorString()));
    const QByteArray bytes = f.read(kMaxTextFile + 1);
    if (bytes.size() > kMaxTextFile)
        return Error::badInput(u"%1: larger than a scanner's text for one card (64 KB)"_s.arg(path));
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError())
        text = QString::fromLatin1(bytes);
    return text;
}

void print(Context& ctx, const AamvaCard& card, bool expired)
{
    const QString kind = card.kind == AamvaCard::DocumentKind::IdCard ? u"ID card"_s : u"driver's licence"_s;
    QString name = card.familyName + u", "_s + card.givenNames;
    if (!card.suffix.isEmpty())
        name += u' ' + card.suffix;
    QTextStream& out = ctx.out();
    out << u"document      %1 (%2), AAMVA version %3, issuer %4"_s.arg(toDisplay(card.kind), kind)
               .arg(card.aamvaVersion).arg(card.issuerId) << Qt::endl;
    out << u"name          %1"_s.arg(name) << Qt::endl;
    if (card.familyNameTruncated || card.givenNamesTruncated)
        out << u"              (the card says the name is truncated: compare it with the printed name)"_s << Qt::endl;
    out << u"date of birth %1"_s.arg(isoDate(card.dateOfBirth)) << Qt::endl;
    out << u"sex           %1"_s.arg(toDisplay(card.sex)) << Qt::endl;
    out << u"issued        %1"_s.arg(card.issuedOn.isValid() ? isoDate(card.issuedOn) : u"not stated"_s) << Qt::endl;
    out << u"expires       %1%2"_s.arg(isoDate(card.expiresOn), expired ? u"  EXPIRED"_s : QString()) << Qt::endl;
    out << u"jurisdiction  %1, %2"_s.arg(card.jurisdiction, card.country) << Qt::endl;
    out << u"REAL ID       %1"_s.arg(realIdText(card.realIdCompliant)) << Qt::endl;
    out << u"number        ending %1"_s.arg(card.numberLast4) << Qt::endl;
}

QJsonObject toJson(const AamvaCard& card, bool expired)
{
    return {{u"document_type"_s, toDisplay(card.kind)},
            {u"aamva_version"_s, card.aamvaVersion},
            {u"issuer_id"_s, card.issuerId},
            {u"family_name"_s, card.familyName},
            {u"given_names"_s, card.givenNames},
            {u"suffix"_s, card.suffix},
            {u"name_truncated"_s, card.familyNameTruncated || card.givenNamesTruncated},
            {u"date_of_birth"_s, isoDate(card.dateOfBirth)},
            {u"sex"_s, toDisplay(card.sex)},
            {u"issue_date"_s, isoDate(card.issuedOn)},
            {u"expiry_date"_s, isoDate(card.expiresOn)},
            {u"expired"_s, expired},
            {u"jurisdiction"_s, card.jurisdiction},
            {u"country"_s, card.country},
            {u"real_id_compliant"_s, card.realIdCompliant ? QJsonValue(*card.realIdCompliant) : QJsonValue()},
            {u"document_number_last4"_s, card.numberLast4}};
}

} // namespace

int scanId(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"image"_s, u"A scan or photo of the card's back."_s, u"FILE"_s});
    p.addOption({u"text"_s, u"What a keyboard-wedge scanner typed (- for standard input)."_s, u"FILE"_s});
    if (!ctx.parse(p, u"scan-id"_s, 0, 0))
        return BadUsage;
    if (p.isSet(u"image"_s) == p.isSet(u"text"_s))
        return ctx.usage(u"scan-id: give --image FILE or --text FILE"_s);

    const auto scan = [&p]() -> Result<AamvaCard> {
        if (p.isSet(u"image"_s)) {
            QImageReader reader(p.value(u"image"_s));
            reader.setAllocationLimit(512);
            const QImage image = reader.read();
            if (image.isNull())
                return Error::badInput(u"%1: %2"_s.arg(p.value(u"image"_s), reader.errorString()));
            return IdScanner::fromImage(image);
        }
        auto text = readText(p.value(u"text"_s));
        if (!text)
            return text.error();
        return IdScanner::fromWedgeText(*text);
    };
    const Result<AamvaCard> card = scan();
    if (!card)
        return ctx.fail(Error::badInput(u"scan-id: %1"_s.arg(card.message())));

    // An expired card is a failed check: its fields are printed all the same.
    const bool expired = card->isExpired(QDate::currentDate());
    if (ctx.json())
        ctx.printJson(toJson(*card, expired));
    else
        print(ctx, *card, expired);
    return expired ? CheckFailed : Ok;
}

} // namespace gd::cli
