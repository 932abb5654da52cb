#include "storage/DeviceKeyAnchor.h"

#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/DistrictSyncStore.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr qsizetype kKeySize = 32;
// The DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410): the raw key follows it.
const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");

QString differs(const QString& what, const QByteArray& found, const QString& source, const QByteArray& anchor)
{
    return u"TAMPERED: %1 (fingerprint %2) is not the key from %3 (fingerprint %4). The database was changed "
           "outside GuardianDesk or comes from another kiosk; do not trust its audit log or its letters, and "
           "call district IT."_s.arg(what, keyFingerprint(found), source, keyFingerprint(anchor));
}

} // namespace

DeviceKeyAnchor::DeviceKeyAnchor(Database& db)
    : m_db(db)
{
}

Result<QByteArray> DeviceKeyAnchor::readPublicKeyFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(u"%1: cannot read the public key: %2"_s.arg(path, f.errorString()));
    const QByteArray raw = f.read(4096);
    if (raw.size() == kKeySize)
        return raw;
    QByteArray text = raw.trimmed();
    if (text.startsWith("-----BEGIN PUBLIC KEY-----") && text.endsWith("-----END PUBLIC KEY-----")) {
        text = text.mid(26, text.size() - 26 - 24).simplified().replace(' ', QByteArray());
        auto der = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
        if (der && der.decoded.size() == kSpkiPrefix.size() + kKeySize && der.decoded.startsWith(kSpkiPrefix))
            return der.decoded.sliced(kSpkiPrefix.size());
        return Error::badInput(u"%1: not an Ed25519 public key"_s.arg(path));
    }
    auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != kKeySize)
        return Error::badInput(u"%1: not a device public key (expected the base64 that `guardiandesk-cli device` "
                               "prints, 32 raw bytes, or a PEM Ed25519 key)"_s.arg(path));
    return decoded.decoded;
}

Result<DeviceKeyList> DeviceKeyAnchor::districtKeys()
{
    auto json = DistrictSyncStore(m_db).keptDeviceKeys();
    if (!json)
        return json.error();
    if (json->isEmpty())
        return DeviceKeyList();
    return DeviceKeyList::fromJson(*json);
}

Result<QString> DeviceKeyAnchor::enrollment()
{
    return DistrictSyncStore(m_db).stateValue(u"enrollment"_s);
}

Result<DeviceKeyAnchor::Anchored> DeviceKeyAnchor::thisDevice(const QByteArray& given)
{
    Anchored a;
    if (!given.isEmpty()) {
        if (given.size() != kKeySize)
            return Error::badInput(u"a device public key is 32 bytes, not %1"_s.arg(given.size()));
        a.publicKey = given;
        a.source = u"the --pubkey file"_s;
    } else {
        auto list = districtKeys();
        if (!list)
            return list.error();
        if (const DistrictDeviceKey* k = list->forDevice(m_db.deviceId())) {
            a.publicKey = k->publicKey;
            a.source = u"the district's device-key list"_s;
            a.fromDistrict = true;
            a.revokedAt = k->revokedAt;
        }
    }
    auto sealed = DeviceSecrets::sealedSigningPublicKey(m_db);
    if (!sealed)
        return Error::failed(u"TAMPERED: %1. Do not trust this database; call district IT."_s.arg(sealed.message()));
    if (a.publicKey.isEmpty() && !sealed->isEmpty()) {
        a.publicKey = *sealed;
        a.source = u"this kiosk's own key under device.key (not yet confirmed by the district: sync first)"_s;
    }
    auto stored = DeviceSecrets::signingPublicKey(m_db);
    if (!stored)
        return stored.error();
    if (a.publicKey.isEmpty()) {
        if (stored->isEmpty())
            return a;   // a database that never signed anything: nothing to check yet
        return Error::failed(u"there is no key from outside this database to check it with: sync with the district "
                             "(the kiosk then keeps the district's device-key list) or give --pubkey FILE"_s);
    }
    if (!stored->isEmpty() && *stored != a.publicKey)
        return Error::failed(differs(u"the signing key stored in this database"_s, *stored, a.source, a.publicKey));
    if (!sealed->isEmpty() && *sealed != a.publicKey)
        return Error::failed(differs(u"the key this kiosk signs with (under device.key)"_s, *sealed, a.source, a.publicKey));
    return a;
}

} // namespace gd
