#include "services/SealVerifier.h"

#include "services/Letterhead.h"
#include "storage/Database.h"
#include "storage/DeviceKeyAnchor.h"
#include "storage/LetterQueue.h"
#include "storage/SealedLetterRecord.h"
#include "storage/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// What previews and specimens print where a seal would be: never a seal.
bool isStandIn(const QByteArray& payload)
{
    const QByteArray t = payload.trimmed();
    return t.startsWith("SPECIMEN") || t.startsWith("PREVIEW");
}

} // namespace

SealVerifier::SealVerifier(Database& db)
    : m_db(db)
{
}

Result<SealVerifier::Check> SealVerifier::check(const QByteArray& payload, const QByteArray& givenPublicKey)
{
    Check c;
    if (isStandIn(payload)) {
        c.problem = u"this code is what a specimen or a screen preview prints instead of a seal; it is never a "
                    "genuine letter"_s;
        return c;
    }
    if (!LetterSeal::looksLikeSeal(payload))
        return Error::badInput(u"This is not a GuardianDesk letter seal."_s);
    auto signer = LetterSeal::signerKeyId(payload);
    if (!signer)
        return signer.error();

    // The key comes from outside the database.
    DeviceKeyAnchor anchor(m_db);
    QByteArray key;
    QString revokedAt;
    QString signerSchool;
    if (!givenPublicKey.isEmpty()) {
        if (LetterSeal::keyIdOf(givenPublicKey) != *signer) {
            c.problem = u"the seal was signed by another key (%1) than the one in the --pubkey file"_s
                            .arg(QString::fromLatin1(signer->toHex()));
            return c;
        }
        key = givenPublicKey;
        c.keySource = u"the --pubkey file"_s;
    } else {
        auto list = anchor.districtKeys();
        if (!list)
            return list.error();
        if (const DistrictDeviceKey* k = list->bySealKeyId(*signer)) {
            key = k->publicKey;
            c.signerDevice = k->deviceId;
            signerSchool = k->schoolCode;
            revokedAt = k->revokedAt;
            c.keySource = u"the district's device-key list"_s;
        }
    }
    // A seal of this kiosk also needs this kiosk's database to be untampered with.
    if (key.isEmpty() || c.signerDevice == m_db.deviceId()) {
        auto own = anchor.thisDevice(givenPublicKey);
        if (!own) {
            if (own.error().kind != ErrorKind::Failed)
                return own.error();
            c.problem = own.message();
            return c;
        }
        if (key.isEmpty() && !own->publicKey.isEmpty() && LetterSeal::keyIdOf(own->publicKey) == *signer) {
            key = own->publicKey;
            c.keySource = own->source;
            revokedAt = own->revokedAt;
        }
        if (c.signerDevice.isEmpty() && !key.isEmpty())
            c.signerDevice = m_db.deviceId();
    }
    if (key.isEmpty()) {
        c.problem = u"the seal was signed by a key (%1) that is neither this kiosk's nor in the district's "
                    "device-key list: the letter is not genuine, or this kiosk's copy of the list is out of date "
                    "(run sync)"_s.arg(QString::fromLatin1(signer->toHex()));
        return c;
    }
    auto opened = LetterSeal::open(payload, key);
    if (!opened) {
        if (opened.error().kind == ErrorKind::BadInput)
            return opened.error();
        c.problem = opened.message();
        return c;
    }
    c.genuine = true;
    c.seal = *opened;
    c.serial = opened->serial;
    if (!revokedAt.isEmpty()) {
        c.problem = u"the district retired the signing key of kiosk %1 on %2: its seals are no longer trusted"_s
                        .arg(c.signerDevice, revokedAt);
        return c;
    }
    if (!signerSchool.isEmpty() && signerSchool != opened->schoolCode) {
        c.problem = u"the seal names school %1, but the kiosk that signed it belongs to school %2"_s
                        .arg(opened->schoolCode, signerSchool);
        return c;
    }
    if (Status s = checkRecords(c); !s)
        return s.error();
    c.passes = c.problem.isEmpty();
    return c;
}

Status SealVerifier::checkRecords(Check& c)
{
    auto record = SealedLetterRecord::find(m_db, c.seal.letterId);
    if (!record)
        return record.error();
    if (!*record) {
        if (c.signerDevice == m_db.deviceId())
            c.problem = u"this kiosk signed the seal but has no record of the letter: it was never printed here"_s;
        else if (c.seal.version == 1)
            c.problem = u"an old-format seal (GDS1) of another kiosk: it binds neither the serial nor the printed "
                        "details; check the letter on kiosk %1"_s.arg(c.signerDevice);
        return {};
    }
    c.known = true;
    c.serial = (*record)->serial;
    c.letterState = (*record)->state;
    c.guardianName = (*record)->guardianName;
    c.studentNames = (*record)->studentNames;
    auto facts = LetterQueue(m_db).facts(c.seal.letterId, c.seal.keyIds);
    if (!facts)
        return facts.error();
    c.keyStatus = facts->keyStatus;
    const auto problem = [&](const QString& why) {
        if (c.problem.isEmpty())
            c.problem = why;
    };
    if (c.seal.version == 2 && c.seal.serial != (*record)->serial)
        problem(u"the seal is of letter %1, but this kiosk printed that letter as %2: the seal was moved onto "
                "another letter"_s.arg(letterSerialText(c.seal.schoolCode, c.seal.serial),
                                       letterSerialText(c.seal.schoolCode, (*record)->serial)));
    if ((*record)->state != u"printed")
        problem(u"the letter is %1, not printed"_s.arg((*record)->state));
    if (c.seal.version == 2) {
        const LetterSealContent printed{schoolHeaderFrom(m_db).phone, Settings(m_db).value(Settings::PortalUrl),
                                        (*record)->guardianName, (*record)->studentNames};
        if (LetterSeal::contentDigest(printed) != c.seal.contentDigest)
            problem(u"the seal does not match the school phone, portal address or names this kiosk printed on "
                    "the letter: it was moved onto another letter (or the school's phone or portal address "
                    "changed since)"_s);
    }
    for (const auto& [id, status] : std::as_const(c.keyStatus)) {
        if (status != u"active")
            problem(u"key %1 on the letter is %2"_s.arg(id, status));
    }
    return {};
}

} // namespace gd
