#include "cli/Cli.h"

#include "core/DemoRosterGenerator.h"
#include "idscan/BarcodeReader.h"
#include "printing/LetterDocument.h"
#include "printing/LetterLanguage.h"
#include "services/LetterPrinting.h"
#include "services/Letterhead.h"
#include "services/SealVerifier.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/DeviceKeyAnchor.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

// A demo family whose adult prefers `tag`'s language, so a specimen reads like a real letter.
std::pair<Guardian, QList<Student>> specimenFamily(DemoRosterGenerator& generator, const QString& tag)
{
    const auto wanted = letterLanguageFromTag(tag);
    DemoFamily family;
    std::pair<Guardian, QList<Student>> first;
    for (int i = 0; i < 400 && generator.next(family); ++i) {
        const Guardian& g = family.guardians.first();
        if (g.address.isEmpty())
            continue;
        if (first.second.isEmpty())
            first = {g, family.students};
        if (wanted && letterLanguageFromTag(g.preferredLanguage) == wanted)
            return {g, family.students};
    }
    return first;
}

} // namespace

int renderLetters(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"sample"_s, u"How many specimen letters."_s, u"N"_s, u"1"_s});
    p.addOption({u"language"_s, u"BCP 47 language tag."_s, u"TAG"_s, u"en"_s});
    p.addOption({u"layout"_s, u"trifold or pressure-seal."_s, u"LAYOUT"_s, u"trifold"_s});
    p.addOption({u"paper"_s, u"letter or a4."_s, u"PAPER"_s, u"letter"_s});
    p.addOption({u"out"_s, u"The PDF to write."_s, u"FILE"_s});
    if (!ctx.parse(p, u"render-letters"_s, 0, 0))
        return BadUsage;
    bool ok = false;
    const int samples = p.value(u"sample"_s).toInt(&ok);
    if (!ok || samples < 1 || samples > 10000)
        return ctx.usage(u"render-letters: --sample must be from 1 to 10000"_s);
    const auto layout = letterLayoutFromWire(p.value(u"layout"_s));
    if (!layout)
        return ctx.usage(u"render-letters: --layout must be trifold or pressure-seal"_s);
    const QString paper = p.value(u"paper"_s);
    if (paper != u"letter" && paper != u"a4")
        return ctx.usage(u"render-letters: --paper must be letter or a4"_s);
    if (!p.isSet(u"out"_s))
        return ctx.usage(u"render-letters: give --out FILE.pdf"_s);
    const QString language = p.value(u"language"_s);

    // With a kiosk database: its school and its key format. A specimen never carries a seal:
    // its code says SPECIMEN, so nothing printed from here can pass verify-letter.
    SchoolHeader school{u"Demo Unified School District"_s, u"Demo Elementary School"_s, u"1234"_s,
                        {u"100 School Street"_s, {}, u"Los Angeles"_s, u"CA"_s, u"90012"_s}, u"(213) 555-0100"_s, {}};
    QString portal = u"https://portal.example.org"_s;
    QString second = u"es"_s;
    KeyFormat format;
    if (QFileInfo::exists(ctx.dbPath())) {
        Database* db = ctx.database(false);
        if (!db)
            return ctx.exitCode();
        school = schoolHeaderFrom(*db);
        const Settings settings(*db);
        portal = settings.value(Settings::PortalUrl);
        second = settings.value(Settings::SecondLanguage);
        format = AccessKeyIssuer(*db).keyFormat();
    }
    QSaveFile out(p.value(u"out"_s));
    if (!out.open(QIODevice::WriteOnly))
        return ctx.fail(Error::badInput(u"%1: cannot write: %2"_s.arg(out.fileName(), out.errorString())));
    LetterRenderOptions options;
    options.paper = paper == u"a4" ? PaperSize::A4 : PaperSize::UsLetter;
    options.districtSecondLanguage = second;
    auto document = LetterDocument::createPdf(&out, options, u"GuardianDesk specimen letters"_s);
    if (!document)
        return ctx.fail(document.error());

    DemoRosterGenerator generator(20261122, 1'000'000, school.schoolCode);
    const QDate today = QDate::currentDate();
    QString notice;
    installCancelHandler();
    for (int i = 0; i < samples; ++i) {
        if (cancelRequested())
            return ctx.fail(Error::failed(u"render-letters: cancelled; nothing was written"_s));
        auto [guardian, students] = specimenFamily(generator, language);
        LetterContent letter;
        letter.school = school;
        letter.guardianName = guardian.firstName + u' ' + guardian.lastName;
        letter.mailingAddress = guardian.address;
        letter.delivery = LetterDelivery::Mail;
        letter.portalUrl = portal;
        letter.serial = u"SPECIMEN-%1"_s.arg(i + 1, 4, 10, QLatin1Char('0'));
        letter.language = language;
        letter.layout = *layout;
        letter.issuedOn = today;
        letter.specimen = true;
        for (const Student& s : students.mid(0, LetterContent::kMaxKeysPerLetter)) {
            auto key = AccessKeyGenerator::generate(format, today);
            if (!key)
                return ctx.fail(key.error());
            LetterKey k;
            k.kind = key->kind;
            k.keyId = key->keyId;
            k.studentName = s.firstName + u' ' + s.lastName;
            k.studentId = s.studentId;
            k.expiresOn = key->expiresOn;
            const QByteArrayView both = key->secret.view();
            if (key->kind == KeyKind::AccessIdPassword) {
                const qsizetype colon = both.indexOf(':');
                k.accessId = crypto::SecretBytes(both.first(colon).toByteArray());
                k.secret = crypto::SecretBytes(both.sliced(colon + 1).toByteArray());
            } else {
                k.secret = std::move(key->secret);
            }
            letter.keys.push_back(std::move(k));
        }
        letter.sealPayload = QByteArrayLiteral("SPECIMEN - NOT A SEAL");
        auto drawn = (*document)->addAccessKeyLetter(letter);
        if (!drawn)
            return ctx.fail(drawn.error());
        notice = drawn->notice;
        if (samples >= 20 && (i + 1) % std::max(1, samples / 20) == 0)
            ctx.progress(u"render-letters: %1/%2 letters"_s.arg(i + 1).arg(samples), i + 1 == samples);
    }
    const int pages = (*document)->pageCount();
    if (auto f = (*document)->finish(); !f)
        return ctx.fail(f.error());
    if (!out.commit())
        return ctx.fail(Error::io(u"%1: cannot write: %2"_s.arg(out.fileName(), out.errorString())));
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"file"_s, out.fileName()}, {u"letters"_s, samples}, {u"pages"_s, pages},
                                  {u"notice"_s, notice}});
    } else {
        ctx.out() << u"wrote %1 specimen letters (%2 pages) to %3"_s.arg(samples).arg(pages).arg(out.fileName()) << Qt::endl;
        if (!notice.isEmpty())
            ctx.out() << notice << Qt::endl;
    }
    return Ok;
}

int verifyLetter(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"image"_s, u"A scan or photo of the letter's QR seal."_s, u"FILE"_s});
    p.addOption({u"payload"_s, u"The seal's text, as a scanner reads it."_s, u"TEXT"_s});
    p.addOption({u"pubkey"_s, u"The signing kiosk's public key, from outside the database."_s, u"FILE"_s});
    if (!ctx.parse(p, u"verify-letter"_s, 0, 0))
        return BadUsage;
    if (p.isSet(u"image"_s) == p.isSet(u"payload"_s))
        return ctx.usage(u"verify-letter: give --image FILE or --payload TEXT"_s);
    const auto pubkey = ctx.publicKeyOption(p);
    if (!pubkey)
        return ctx.exitCode();
    const QByteArray given = *pubkey;
    QByteArray payload;
    if (p.isSet(u"image"_s)) {
        QImageReader reader(p.value(u"image"_s));
        reader.setAllocationLimit(512);
        const QImage image = reader.read();
        if (image.isNull())
            return ctx.usage(u"verify-letter: %1: %2"_s.arg(p.value(u"image"_s), reader.errorString()));
        auto decoded = BarcodeReader::decode(image, BarcodeReader::Look::QrCode);
        if (!decoded)
            return ctx.fail(Error::badInput(u"%1: %2"_s.arg(p.value(u"image"_s), decoded.message())));
        payload = decoded->bytes;
    } else {
        payload = p.value(u"payload"_s).toUtf8();
    }
    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    auto check = SealVerifier(*db).check(payload, given);
    if (!check)
        return ctx.fail(check.error());
    const QString serial = check->serial ? letterSerialText(check->seal.schoolCode, check->serial) : QString();
    if (ctx.json()) {
        QJsonArray keys;
        for (const auto& [id, status] : check->keyStatus)
            keys.append(QJsonObject{{u"key_id"_s, id}, {u"status"_s, status}});
        ctx.printJson(QJsonObject{{u"genuine"_s, check->genuine}, {u"valid"_s, check->passes},
                                  {u"problem"_s, check->problem}, {u"seal_version"_s, check->seal.version},
                                  {u"letter_id"_s, check->seal.letterId}, {u"serial"_s, serial},
                                  {u"known"_s, check->known}, {u"letter_state"_s, check->letterState},
                                  {u"school"_s, check->seal.schoolCode},
                                  {u"issued_at"_s, check->genuine ? toIsoUtc(check->seal.issuedAt) : QString()},
                                  {u"signed_by"_s, check->signerDevice}, {u"key_source"_s, check->keySource},
                                  {u"guardian"_s, check->guardianName},
                                  {u"students"_s, QJsonArray::fromStringList(check->studentNames)}, {u"keys"_s, keys}});
        return check->passes ? Ok : CheckFailed;
    }
    if (!check->genuine) {
        ctx.out() << u"NOT GENUINE: "_s << check->problem << Qt::endl;
        return CheckFailed;
    }
    if (check->passes)
        ctx.out() << u"GENUINE: compare the serial, school, guardian and students below with the paper"_s << Qt::endl;
    else
        ctx.out() << u"NOT VALID: "_s << check->problem << Qt::endl;
    ctx.out() << u"  serial:   %1"_s.arg(serial.isEmpty() ? u"(not in the seal)"_s : serial) << Qt::endl
              << u"  school:   %1"_s.arg(check->seal.schoolCode) << Qt::endl
              << u"  issued:   %1 by kiosk %2 (key from %3)"_s.arg(toIsoUtc(check->seal.issuedAt), check->signerDevice,
                                                                  check->keySource)
              << Qt::endl;
    if (check->known) {
        ctx.out() << u"  letter:   %1"_s.arg(check->letterState) << Qt::endl
                  << u"  guardian: %1"_s.arg(check->guardianName) << Qt::endl
                  << u"  students: %1"_s.arg(check->studentNames.join(u", "_s)) << Qt::endl;
        for (const auto& [id, status] : check->keyStatus)
            ctx.out() << u"  key %1: %2"_s.arg(id, status) << Qt::endl;
    } else {
        ctx.out() << u"  printed by another kiosk of the district: it holds the guardian, students and key status"_s
                  << Qt::endl;
    }
    if (check->seal.version == 1)
        ctx.out() << u"  note: an old-format seal (GDS1): it does not bind the serial or the printed phone, portal "
                     "and names, so compare them with the paper"_s
                  << Qt::endl;
    return check->passes ? Ok : CheckFailed;
}

} // namespace gd::cli
