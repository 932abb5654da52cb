#include "printing/LetterPrinting.h"

#include "printing/LetterDocument.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

LetterRenderOptions renderOptionsFrom(Database& db)
{
    const Settings settings(db);
    LetterRenderOptions options;
    options.paper = settings.value(Settings::PaperSize) == u"a4" ? PaperSize::A4 : PaperSize::UsLetter;
    options.districtSecondLanguage = settings.value(Settings::SecondLanguage);
    return options;
}

SchoolHeader schoolHeaderFrom(Database& db)
{
    const Settings s(db);
    SchoolHeader h;
    h.districtName = s.value(Settings::DistrictName);
    h.schoolName = s.value(Settings::SchoolName);
    h.schoolCode = s.value(Settings::SchoolCode);
    h.address.line1 = s.value(Settings::SchoolAddressLine1);
    h.address.city = s.value(Settings::SchoolCity);
    h.address.state = s.value(Settings::SchoolState);
    h.address.postalCode = s.value(Settings::SchoolPostalCode);
    h.phone = s.value(Settings::SchoolPhone);
    return h;
}

LetterPrinting::LetterPrinting(Database& db)
    : m_db(db)
{
}

Result<const LetterPrinting::Letterhead*> LetterPrinting::letterhead()
{
    if (!m_letterhead) {
        auto device = DeviceSecrets::open(m_db);
        if (!device)
            return device.error();
        auto signer = device->signingKey();
        if (!signer)
            return signer.error();
        m_letterhead.emplace(Letterhead{schoolHeaderFrom(m_db), Settings(m_db).value(Settings::PortalUrl),
                                        std::move(signer).value()});
    }
    return &*m_letterhead;
}

Result<LetterContent> LetterPrinting::content(const QString& letterId, qint64 serial, const QString& language,
                                              const QString& layout, bool mail, const Guardian& guardian,
                                              std::vector<std::pair<Student, GeneratedKey>>&& keys)
{
    auto head = letterhead();
    if (!head)
        return head.error();
    LetterContent c;
    c.school = (*head)->school;
    c.guardianName = guardian.firstName + u' ' + guardian.lastName;
    c.mailingAddress = guardian.address;
    c.delivery = mail ? LetterDelivery::Mail : LetterDelivery::InPerson;
    c.portalUrl = (*head)->portalUrl;
    c.serial = letterSerialText(c.school.schoolCode, serial);
    c.language = language;
    c.layout = letterLayoutFromWire(layout).value_or(LetterLayout::Trifold);
    c.issuedOn = m_db.clock().now().date();
    LetterSealData seal{letterId, {}, c.school.schoolCode, m_db.clock().now()};
    for (auto& [student, key] : keys) {
        LetterKey k;
        k.kind = key.kind;
        k.keyId = key.keyId;
        k.studentName = student.firstName + u' ' + student.lastName;
        k.studentId = student.studentId;
        k.expiresOn = key.expiresOn;
        if (key.kind == KeyKind::AccessIdPassword) {
            // Canonical "ACCESSID:PASSWORD": the two halves print on their own lines.
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
        seal.keyIds.append(key.keyId);
        c.keys.push_back(std::move(k));
    }
    auto sealed = LetterSeal::seal(seal, (*head)->signer);
    if (!sealed)
        return sealed.error();
    c.sealPayload = *sealed;
    return c;
}

Result<QList<LetterPrinting::Outcome>> LetterPrinting::printQueued(const Actor& actor, const QStringList& letterIds,
                                                                    LetterDocument& document)
{
    LetterQueue queue(m_db);
    QList<Outcome> out;
    for (const QString& id : letterIds) {
        Outcome o;
        o.letterId = id;
        auto letter = queue.open(actor, id);
        if (!letter) {
            if (letter.error().kind == ErrorKind::Denied)
                return letter.error();
            o.message = letter.message();
            out.append(o);
            continue;
        }
        o.serial = letter->letter.serial;
        auto c = content(id, letter->letter.serial, letter->letter.language, letter->letter.layout,
                         letter->letter.delivery == u"mail", letter->guardian, std::move(letter->keys));
        if (!c)
            return c.error();
        auto drawn = document.addAccessKeyLetter(*c);
        if (!drawn) {
            o.message = drawn.message();
            out.append(o);
            continue;
        }
        if (auto marked = queue.markPrinted(actor, id); !marked)
            return marked.error();
        o.printed = true;
        o.message = drawn->notice;
        out.append(o);
    }
    return out;
}

Result<QList<QImage>> LetterPrinting::preview(const Actor& actor, const QString& letterId, qreal dpi)
{
    auto letter = LetterQueue(m_db).open(actor, letterId);
    if (!letter)
        return letter.error();
    auto c = content(letterId, letter->letter.serial, letter->letter.language, letter->letter.layout,
                     letter->letter.delivery == u"mail", letter->guardian, std::move(letter->keys));
    if (!c)
        return c.error();
    LetterRenderOptions options = renderOptionsFrom(m_db);
    options.maskSecrets = true;
    auto document = LetterDocument::createImages(dpi, options);
    if (!document)
        return document.error();
    if (auto drawn = (*document)->addAccessKeyLetter(*c); !drawn)
        return drawn.error();
    if (auto f = (*document)->finish(); !f)
        return f.error();
    return (*document)->takeImages();
}

Result<LetterPrinting::Outcome> LetterPrinting::printIssued(const Actor& actor, Issuance&& issuance, LetterDocument& document)
{
    std::vector<std::pair<Student, GeneratedKey>> keys;
    for (IssuedKey& k : issuance.keys) {
        if (k.key.secret.isEmpty())
            return Error::badInput(u"These keys went to the letter printer's queue; print them from the queue."_s);
        keys.emplace_back(k.student, std::move(k.key));
    }
    auto c = content(issuance.letterId, issuance.serial, issuance.language, issuance.layout,
                     issuance.delivery == KeyDelivery::Mail, issuance.guardian, std::move(keys));
    if (!c)
        return c.error();
    Outcome o;
    o.letterId = issuance.letterId;
    o.serial = issuance.serial;
    auto drawn = document.addAccessKeyLetter(*c);
    if (!drawn) {
        // The secrets are gone with the failed drawing: the letter can only be voided and reissued.
        o.message = drawn.message();
        return o;
    }
    if (auto marked = LetterQueue(m_db).markPrinted(actor, issuance.letterId); !marked)
        return marked.error();
    o.printed = true;
    o.message = drawn->notice;
    return o;
}

Result<LetterPrinting::SealCheck> LetterPrinting::verifySeal(const QByteArray& payload)
{
    SealCheck check;
    // A damaged or foreign code is bad input; a well-formed seal that does not verify is a
    // failed check.
    if (!LetterSeal::looksLikeSeal(payload))
        return Error::badInput(u"This is not a GuardianDesk letter seal."_s);
    auto signer = LetterSeal::signerKeyId(payload);
    if (!signer)
        return signer.error();
    auto k = m_db.exec(u"SELECT value FROM settings WHERE key = 'device.signing_public_key'"_s);
    if (!k)
        return k.error();
    if (!k->next()) {
        check.problem = u"this kiosk has not sealed any letter yet; check the letter on the kiosk that printed it"_s;
        return check;
    }
    const QByteArray publicKey = QByteArray::fromBase64(k->value(0).toString().toLatin1());
    k->finish();
    if (*signer != LetterSeal::keyIdOf(publicKey)) {
        check.problem = u"the seal was signed by another kiosk (key %1); check it there or with the district"_s
                            .arg(QString::fromLatin1(signer->toHex()));
        return check;
    }
    auto opened = LetterSeal::open(payload, publicKey);
    if (!opened) {
        if (opened.error().kind == ErrorKind::BadInput)
            return opened.error();
        check.problem = opened.message();
        return check;
    }
    check.genuine = true;
    check.seal = *opened;
    auto letter = m_db.exec(u"SELECT serial, state FROM letters WHERE letter_id = ?"_s, {opened->letterId});
    if (!letter)
        return letter.error();
    if (letter->next()) {
        check.serial = letter->value(0).toLongLong();
        check.letterState = letter->value(1).toString();
    }
    letter->finish();
    const QDate today = m_db.clock().now().date();
    for (const QString& keyId : opened->keyIds) {
        auto q = m_db.exec(u"SELECT status, expires_on FROM access_keys WHERE key_id = ?"_s, {keyId});
        if (!q)
            return q.error();
        QString status = u"unknown"_s;
        if (q->next()) {
            status = q->value(0).toString();
            const QDate expires = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (status == u"active" && expires.isValid() && expires < today)
                status = u"expired"_s;
        }
        check.keyStatus.append({keyId, status});
    }
    return check;
}

} // namespace gd
