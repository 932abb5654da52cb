#pragma once

#include "core/DeviceKeyList.h"
#include "core/Result.h"

#include <QByteArray>
#include <QString>

namespace gd {

class Database;

// Which key a check trusts, taken from outside the kiosk's database: a key file the person
// checking brings (--pubkey), the district's device-key list that sync keeps, or, on a kiosk the
// district has not enrolled yet, the device's own key as it opens under device.key. Shared by
// verify-audit, verify-letter and verify-export, so all three agree on what "tampered" means.
class DeviceKeyAnchor {
public:
    explicit DeviceKeyAnchor(Database& db);

    // A --pubkey FILE: the base64 text that `device` prints, 32 raw bytes, or a PEM public key.
    static Result<QByteArray> readPublicKeyFile(const QString& path);

    // This kiosk's signing key from outside its database. `given` (from --pubkey) wins; else the
    // district's entry for this device; else the key sealed under device.key. The key stored in
    // the database must be the same: when it is not, the result is Failed, in words for
    // district IT. Failed too when no key from outside exists at all.
    struct Anchored {
        QByteArray publicKey;   // raw 32 bytes
        QString source;         // "--pubkey FILE", "the district's device-key list", ...
        bool fromDistrict = false;
        QString revokedAt;      // set when the district retired this key
    };
    Result<Anchored> thisDevice(const QByteArray& given = {});

    // The district's list as sync kept it (empty when sync never fetched it).
    Result<DeviceKeyList> districtKeys();
    // "enrolled", "conflict", "api-1.0" or empty (never tried), as sync recorded it.
    Result<QString> enrollment();

private:
    Database& m_db;
};

} // namespace gd
