#include "storage/DeviceSecrets.h"

#include "core/crypto/Aead.h"
#include "core/crypto/Random.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const QString kSigningKeySetting = u"device.signing_key"_s;
const QString kSigningPublicSetting = u"device.signing_public_key"_s;

} // namespace

QString DeviceSecrets::keyFilePath(const Database& db)
{
    return QFileInfo(db.path()).absolutePath() + u"/device.key"_s;
}

DeviceSecrets::DeviceSecrets(Database& db, crypto::SecretBytes kek)
    : m_db(&db)
    , m_kek(std::make_shared<crypto::SecretBytes>(std::move(kek)))
{
}

Result<DeviceSecrets> DeviceSecrets::open(Database& db)
{
    const QString path = keyFilePath(db);
    QFile file(path);
    if (file.exists()) {
        if (file.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther))
            return Error::conflict(u"%1 can be read by other accounts; make it readable by the kiosk only "
                                   "(chmod 600)"_s.arg(path));
        if (!file.open(QIODevice::ReadOnly))
            return Error::io(u"%1: cannot read the device key: %2"_s.arg(path, file.errorString()));
        crypto::SecretBytes kek(file.read(64));
        if (kek.size() != 32)
            return Error::conflict(u"%1 is not a device key (wrong size)"_s.arg(path));
        return DeviceSecrets(db, std::move(kek));
    }
    // No key file: fine for a database that never had device secrets, fatal for one that did.
    auto q = db.exec(u"SELECT 1 FROM settings WHERE key = ?"_s, {kSigningKeySetting});
    if (!q)
        return q.error();
    if (q->next())
        return Error::conflict(u"%1 is missing: this database's device secrets cannot be opened. Restore the "
                               "file from the kiosk's backup."_s.arg(path));
    auto bytes = crypto::randomBytes(32);
    if (!bytes)
        return bytes.error();
    crypto::SecretBytes kek(std::move(bytes).value());
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Error::io(u"%1: cannot create the device key: %2"_s.arg(path, out.errorString()));
    out.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    if (out.write(kek.bytes()) != 32 || !out.commit())
        return Error::io(u"%1: cannot write the device key: %2"_s.arg(path, out.errorString()));
    return DeviceSecrets(db, std::move(kek));
}

Result<QByteArray> DeviceSecrets::seal(QByteArrayView plaintext, const QString& context) const
{
    return crypto::aesGcmSeal(m_kek->view(), plaintext, context.toUtf8());
}

Result<crypto::SecretBytes> DeviceSecrets::open(QByteArrayView blob, const QString& context) const
{
    auto plain = crypto::aesGcmOpen(m_kek->view(), blob, context.toUtf8());
    if (!plain)
        return Error::failed(u"A device secret could not be opened (%1); it was changed or belongs to another "
                             "device."_s.arg(plain.message()));
    return crypto::SecretBytes(std::move(plain).value());
}

Result<QByteArray> DeviceSecrets::signingPublicKey(Database& db)
{
    auto q = db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {kSigningPublicSetting});
    if (!q)
        return q.error();
    if (!q->next())
        return QByteArray();
    return QByteArray::fromBase64(q->value(0).toString().toLatin1());
}

Result<QByteArray> DeviceSecrets::sealedSigningPublicKey(Database& db)
{
    auto q = db.exec(u"SELECT value FROM settings WHERE key = ?"_s, {kSigningKeySetting});
    if (!q)
        return q.error();
    if (!q->next() || !QFileInfo::exists(keyFilePath(db)))
        return QByteArray();
    const QByteArray blob = QByteArray::fromBase64(q->value(0).toString().toLatin1());
    q->finish();
    auto secrets = DeviceSecrets::open(db);
    if (!secrets)
        return secrets.error();
    auto raw = secrets->open(blob, kSigningKeySetting);
    if (!raw)
        return Error::failed(u"the signing key stored in this database does not open with this kiosk's device.key: "
                             "it was replaced, or the database comes from another kiosk"_s);
    auto key = crypto::Ed25519Key::fromPrivateKey(raw->view());
    if (!key)
        return key.error();
    return key->publicKey();
}

Result<crypto::Ed25519Key> DeviceSecrets::signingKey()
{
    auto q = m_db->exec(u"SELECT value FROM settings WHERE key = ?"_s, {kSigningKeySetting});
    if (!q)
        return q.error();
    if (q->next()) {
        const QByteArray blob = QByteArray::fromBase64(q->value(0).toString().toLatin1());
        auto raw = open(blob, kSigningKeySetting);
        if (!raw)
            return raw.error();
        return crypto::Ed25519Key::fromPrivateKey(raw->view());
    }
    q->finish();
    // First use: make the device's signing key and keep it, encrypted, with its public half.
    auto key = crypto::Ed25519Key::generate();
    if (!key)
        return key.error();
    const crypto::SecretBytes priv = key->privateKey();
    auto blob = seal(priv.view(), kSigningKeySetting);
    if (!blob)
        return blob.error();
    const Actor device{u"device"_s, m_db->deviceId(), Roles(Role::Administrator)};
    // Starting the change loads the audit signer, which on a new database makes the key itself:
    // then that key is the device's, and this one is dropped.
    bool madeMeanwhile = false;
    Status s = m_db->transact(device, [&](UnitOfWork& uow) -> Status {
        auto again = uow.exec(u"SELECT 1 FROM settings WHERE key = ?"_s, {kSigningKeySetting});
        if (!again)
            return again.error();
        if (again->next()) {
            madeMeanwhile = true;
            return {};
        }
        again->finish();
        // The new key signs the checkpoint of its own creation: no entry is ever left unsigned.
        uow.setCheckpointSigner([&key](QByteArrayView message) { return key->sign(message); });
        for (const auto& [k, v] : {std::pair{kSigningKeySetting, QString::fromLatin1(blob->toBase64())},
                                   std::pair{kSigningPublicSetting, QString::fromLatin1(key->publicKey().toBase64())}}) {
            auto w = uow.exec(u"INSERT INTO settings(key, value, updated_at, updated_by) VALUES (?, ?, ?, 'device')"_s,
                              {k, v, uow.now()});
            if (!w)
                return w.error();
        }
        return uow.audit(u"device.signing_key_created"_s, u"device"_s, m_db->deviceId(),
                         {{u"public_key"_s, QString::fromLatin1(key->publicKey().toBase64())}});
    });
    if (!s)
        return s.error();
    if (madeMeanwhile)
        return signingKey();
    return key;
}

} // namespace gd
