#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace gd {

// One kiosk's signing key as the district enrolled it (GET /v1/devices/keys, district-api 1.1).
struct DistrictDeviceKey {
    QString deviceId;
    QString schoolCode;
    QByteArray publicKey;    // raw 32-byte Ed25519
    QString enrolledAt;
    QString revokedAt;       // empty while the key is in use
    bool revoked() const { return !revokedAt.isEmpty(); }
};

// The district's list of device keys, as sync keeps it: the keys a seal, a signed export or an
// audit chain is checked against, because the district, not the kiosk's own database, says
// which key belongs to which kiosk.
class DeviceKeyList {
public:
    // The "devices" array; entries without a valid 32-byte key are skipped (an unusable entry
    // must not hide the others). Not an array: BadInput.
    static Result<DeviceKeyList> fromJson(const QByteArray& devicesJson);

    bool isEmpty() const { return m_keys.isEmpty(); }
    const QList<DistrictDeviceKey>& keys() const { return m_keys; }
    // The device's key that is in use (not revoked); else its newest revoked one; else nothing.
    const DistrictDeviceKey* forDevice(const QString& deviceId) const;
    // The key whose 8-byte id (first bytes of its SHA-256, as a letter seal names it) matches.
    const DistrictDeviceKey* bySealKeyId(const QByteArray& keyId) const;

private:
    QList<DistrictDeviceKey> m_keys;
};

// SHA-256 of a raw public key in hex, in groups of four, so people can read it aloud and
// compare it with what district IT sees: "3f2a 9c01 ...".
QString keyFingerprint(const QByteArray& publicKey);

} // namespace gd
