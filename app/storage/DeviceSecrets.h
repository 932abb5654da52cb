#pragma once

#include "core/Result.h"
#include "core/crypto/Ed25519.h"
#include "core/crypto/SecureWipe.h"

#include <QString>

namespace gd {

class Database;

// The device's own secrets, encrypted at rest with AES-256-GCM. The key-encryption key is a
// 32-byte file beside the database (device.key, mode 0600), so a copy of the database alone
// opens nothing. Holds the Ed25519 signing key (letter seals, audit checkpoints, exports). No
// access key is ever sealed here: keys exist only on paper (and sealed for the district).
class DeviceSecrets {
public:
    // Opens (or, for a database without device secrets yet, creates) the key file.
    static Result<DeviceSecrets> open(Database& db);
    static QString keyFilePath(const Database& db);

    Result<crypto::Ed25519Key> signingKey();
    // The public half of the device's signing key (raw 32 bytes) as the database stores it;
    // empty before the first change. Anyone who can write the database can change it: checks
    // take their key from outside (DeviceKeyAnchor).
    static Result<QByteArray> signingPublicKey(Database& db);
    // The public half of the private key sealed under device.key: an attacker without that file
    // cannot make a stored key that opens. Empty when the database holds no key yet or the key
    // file is absent; Failed when the stored key does not open (replaced, or another kiosk's).
    static Result<QByteArray> sealedSigningPublicKey(Database& db);

    // AES-256-GCM under the device key; `context` binds the blob to its use (the setting's key).
    Result<QByteArray> seal(QByteArrayView plaintext, const QString& context) const;
    Result<crypto::SecretBytes> open(QByteArrayView blob, const QString& context) const;

private:
    DeviceSecrets(Database& db, crypto::SecretBytes kek);
    Database* m_db;
    std::shared_ptr<crypto::SecretBytes> m_kek;
};

} // namespace gd
