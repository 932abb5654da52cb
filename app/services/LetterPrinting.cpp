#include "services/LetterPrinting.h"

#include "core/AccessKeyGenerator.h"
#include "core/Logging.h"
#include "core/rules/EligibilityRules.h"
#include "printing/LetterDocument.h"
#include "services/Letterhead.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/Settings.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

LetterPrinting::LetterPrinting(Database& db)
    : m_db(db)
{
}

Result<const LetterPrinting::Letterhead*> LetterPrinting::letterhead()
{
    if (!m_letterhead) {
        auto districtKey = m_sealTo.isEmpty() ? AccessKeyIssuer(m_db).districtPublicKey() : Result<QByteArray>(m_sealTo);
        if (!districtKey)
            return districtKey.error();
        auto device = DeviceSecrets::open(m_db);
        if (!device)
            return device.error();
        auto signer = device->signingKey();
        if (!signer)
            return signer.error();
        m_letterhead.emplace(Letterhead{schoolHeaderFrom(m_db), Settings(m_db).value(Settings::PortalUrl),
                                        std::move(districtKey).value(), std::move(signer).value()});
    }
    return &*m_letterhead;
}

LetterContent LetterPrinting::baseContent(const LetterToPrint& letter, const SchoolHeader& school,
                                          const QString& portalUrl) const
{
    LetterContent c;
    c.school = school;
    c.guardianName = letter.guardian.firstName + u' ' + letter.guardian.lastName;
    c.mailingAddress = letter.guardian.address;
    c.delivery = letter.letter.delivery == u"mail" ? LetterDelivery::Mail : LetterDelivery::InPerson;
    c.portalUrl = portalUrl;
    c.serial = letterSerialText(c.school.schoolCode, letter.letter.serial);
    c.language = letter.letter.language;
    c.layout = letterLayoutFromWire(letter.letter.layout).value_or(LetterLayout::Trifold);
    c.issuedOn = m_db.clock().now().date();
    return c;
}

namespace {

// A key on the letter: the access ID and password print on their own lines.
Result<LetterKey> letterKeyFor(const Student& student, GeneratedKey& key)
{
    LetterKey k;
    k.kind = key.kind;
    k.keyId = key.keyId;
    k.studentName = student.firstName + u' ' + student.lastName;
    k.studentId = student.studentId;
    k.expiresOn = key.expiresOn;
    if (key.kind == KeyKind::AccessIdPassword) {
        // Canonical "ACCESSID:PASSWORD".
        const QByteArrayView both = key.secret.view();
        const qsizetype colon = both.indexOf(':');
        if (colon < 0)
            return Error::failed(u"internal error: an access ID key without its password"_s);
        k.accessId = crypto::SecretBytes(both.first(colon).toByteArray());
        k.secret = crypto::SecretBytes(both.sliced(colon + 1).toByteArray());
        key.secret.clear();
    } else {
        k.secret = std::move(key.secret);
    }
    return k;
}

} // namespace

Result<LetterPrinting::Outcome> LetterPrinting::print(const Actor& actor, const QString& letterId,
                                                       LetterDocument& document, LetterQueue::Purpose purpose)
{
    Outcome out;
    out.letterId = letterId;
    LetterQueue queue(m_db);
    auto letter = queue.open(actor, letterId, purpose);
    if (!letter) {
        if (letter.error().kind == ErrorKind::Denied)
            return letter.error();
        out.message = letter.message();
        return out;
    }
    out.serial = letter->letter.serial;
    auto head = letterhead();
    if (!head)
        return head.error();

    // The roster may have changed since the letter was queued: each link is checked again.
    PrintRecord record;
    QList<std::pair<Student, LetterLinkToPrint>> printable;
    for (const LetterLinkToPrint& link : std::as_const(letter->links)) {
        if (link.student.studentId.isEmpty()) {
            const QString why = u"student %1 is no longer in the roster"_s.arg(link.studentId);
            record.skipped.append({link.studentId, why});
            out.leftOut.append(why);
            continue;
        }
        auto eligibility = EligibilityRules::check(link.student, link.relationship);
        if (!eligibility)
            return eligibility.error();
        if (!eligibility->eligible()) {
            const QString why = eligibility->refusal->explanation;
            record.skipped.append({link.studentId, why});
            out.leftOut.append(link.student.firstName + u' ' + link.student.lastName + u": "_s + why);
            continue;
        }
        printable.append({link.student, link});
    }
    if (printable.isEmpty()) {
        out.message = u"Nothing printed: no child on this letter may get a key now (%1). Void the letter."_s
                          .arg(out.leftOut.join(u"; "_s));
        return out;
    }

    // The keys are made here, sealed for the district, and live only in this content until
    // the page is drawn (the renderer wipes them).
    const KeyFormat format = AccessKeyIssuer(m_db).keyFormat();
    LetterContent content = baseContent(*letter, (*head)->school, (*head)->portalUrl);
    LetterSealData seal;
    seal.letterId = letterId;
    seal.serial = letter->letter.serial;
    seal.schoolCode = content.school.schoolCode;
    seal.issuedAt = m_db.clock().now();
    LetterSealContent onPaper{content.school.phone, content.portalUrl, content.guardianName, {}};
    for (const auto& [student, link] : std::as_const(printable)) {
        auto key = AccessKeyGenerator::generate(format, m_db.clock().now().date());
        if (!key)
            return key.error();
        auto sealed = AccessKeyGenerator::sealForDistrict(*key, (*head)->districtKey);
        if (!sealed)
            return sealed.error();
        record.keys.append({student.studentId, key->keyId, key->kind, key->expiresOn, *sealed});
        seal.keyIds.append(key->keyId);
        onPaper.studentNames.append(student.firstName + u' ' + student.lastName);
        auto letterKey = letterKeyFor(student, *key);
        if (!letterKey)
            return letterKey.error();
        content.keys.push_back(std::move(letterKey).value());
    }
    // The seal binds the serial and what the parent relies on (phone, portal, names), so a
    // genuine seal cannot vouch for another letter.
    seal.contentDigest = LetterSeal::contentDigest(onPaper);
    auto sealPayload = LetterSeal::seal(seal, (*head)->signer);
    if (!sealPayload)
        return sealPayload.error();
    content.sealPayload = *sealPayload;

    QString notice;
    Status printed = queue.recordPrinted(actor, letterId, purpose, record, [&]() -> Status {
        auto drawn = document.addAccessKeyLetter(content);
        if (!drawn)
            return drawn.error();
        notice = drawn->notice;
        return {};
    });
    // Drawn or not, the secrets are gone from memory here.
    for (LetterKey& k : content.keys) {
        k.secret.clear();
        k.accessId.clear();
    }
    if (!printed) {
        if (printed.error().kind == ErrorKind::Denied)
            return printed.error();
        out.message = printed.message() + u" Nothing was issued: the letter is still in the queue and can be printed "
                                          "again."_s;
        qCWarning(lcServices) << "letter" << out.serial << "not printed";
        return out;
    }
    out.printed = true;
    out.keys = int(record.keys.size());
    out.message = notice;
    qCInfo(lcServices) << "letter" << out.serial << "printed with" << out.keys << "keys";
    return out;
}

Result<QList<QImage>> LetterPrinting::preview(const Actor& actor, const QString& letterId, qreal dpi)
{
    auto letter = LetterQueue(m_db).open(actor, letterId);
    if (!letter)
        return letter.error();
    LetterContent content = baseContent(*letter, schoolHeaderFrom(m_db), Settings(m_db).value(Settings::PortalUrl));
    // Stand-ins of the district's key format: the rows take the room the real keys will, and
    // the preview never holds a secret. The seal is a specimen, never a genuine signature.
    const KeyFormat format = AccessKeyIssuer(m_db).keyFormat();
    for (const LetterLinkToPrint& link : std::as_const(letter->links)) {
        if (link.student.studentId.isEmpty())
            continue;
        auto key = AccessKeyGenerator::generate(format, m_db.clock().now().date());
        if (!key)
            return key.error();
        auto letterKey = letterKeyFor(link.student, *key);
        if (!letterKey)
            return letterKey.error();
        content.keys.push_back(std::move(letterKey).value());
    }
    content.sealPayload = QByteArrayLiteral("PREVIEW - NOT A SEAL");
    LetterRenderOptions options = renderOptionsFrom(m_db);
    options.maskSecrets = true;
    auto document = LetterDocument::createImages(dpi, options);
    if (!document)
        return document.error();
    if (auto drawn = (*document)->addAccessKeyLetter(content); !drawn)
        return drawn.error();
    if (auto f = (*document)->finish(); !f)
        return f.error();
    return (*document)->takeImages();
}

Result<LetterPrinting::SealCheck> LetterPrinting::verifySeal(const QByteArray& payload)
{
    return SealVerifier(m_db).check(payload);
}

} // namespace gd
