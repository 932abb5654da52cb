#include "core/LetterSeal.h"

#include "core/crypto/Ed25519.h"
#include "core/crypto/Hash.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr QByteArrayView kDomain = "GuardianDesk letter seal v1\n";
constexpr int kFieldCount = 7;
constexpr int kKeyIdBytes = 8;
constexpr qint64 kEarliest = 946684800;    // 2000-01-01: older issue times are a damaged seal
constexpr qint64 kLatest = 32503680000;    // 3000-01-01

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray b64(QByteArrayView bytes)
{
    return bytes.toByteArray().toBase64(kB64);
}

// Decodes base64url and accepts only the one canonical spelling of the bytes.
std::optional<QByteArray> unb64(QByteArrayView text)
{
    if (text.isEmpty())
        return std::nullopt;
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  kB64 | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.toBase64(kB64) != text)
        return std::nullopt;
    return decoded.decoded;
}

bool validId(const QString& id)
{
    if (id.isEmpty() || id.size() > LetterSeal::kMaxIdLength)
        return false;
    for (QChar c : id) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            return false;
    }
    return true;
}

QByteArray encodeId(const QString& id)
{
    const QUuid uuid = QUuid::fromString(id);
    if (!uuid.isNull() && uuid.toString(QUuid::WithoutBraces) == id)
        return 'u' + b64(uuid.toRfc4122());
    return 't' + b64(id.toUtf8());
}

std::optional<QString> decodeId(QByteArrayView field)
{
    if (field.size() < 2)
        return std::nullopt;
    const auto bytes = unb64(field.sliced(1));
    if (!bytes)
        return std::nullopt;
    QString id;
    if (field.front() == 'u') {
        if (bytes->size() != 16)
            return std::nullopt;
        id = QUuid::fromRfc4122(*bytes).toString(QUuid::WithoutBraces);
    } else if (field.front() == 't') {
        id = QString::fromUtf8(*bytes);
    } else {
        return std::nullopt;
    }
    // A UUID spelled as text would have two encodings; only the short one is canonical.
    if (!validId(id) || encodeId(id) != field)
        return std::nullopt;
    return id;
}

QByteArray prefix()
{
    return LetterSeal::kPrefix.toByteArray();
}

Status validate(const LetterSealData& d)
{
    if (!validId(d.letterId))
        return Error::badInput(u"A letter seal needs a letter id of 1 to %1 printable characters."_s
                                   .arg(LetterSeal::kMaxIdLength));
    if (d.keyIds.isEmpty() || d.keyIds.size() > LetterSeal::kMaxKeys)
        return Error::badInput(u"A letter seal names 1 to %1 keys, not %2."_s.arg(LetterSeal::kMaxKeys)
                                   .arg(d.keyIds.size()));
    for (const QString& k : d.keyIds) {
        if (!validId(k))
            return Error::badInput(u"Every key id on a letter seal needs 1 to %1 printable characters."_s
                                       .arg(LetterSeal::kMaxIdLength));
    }
    if (!validId(d.schoolCode) || d.schoolCode.size() > LetterSeal::kMaxSchoolCodeLength)
        return Error::badInput(u"A letter seal needs a school code of 1 to %1 printable characters."_s
                                   .arg(LetterSeal::kMaxSchoolCodeLength));
    if (!d.issuedAt.isValid())
        return Error::badInput(u"A letter seal needs the time the letter was issued."_s);
    const qint64 t = d.issuedAt.toSecsSinceEpoch();
    if (t < kEarliest || t >= kLatest)
        return Error::badInput(u"The issue time of a letter seal must be between 2000 and 3000."_s);
    return {};
}

QByteArray body(const LetterSealData& d, QByteArrayView devicePublicKey)
{
    QByteArrayList keys;
    keys.reserve(d.keyIds.size());
    for (const QString& k : d.keyIds)
        keys.append(encodeId(k));
    return prefix() + '.' + encodeId(d.letterId) + '.' + keys.join('~') + '.' + b64(d.schoolCode.toUtf8())
        + '.' + QByteArray::number(d.issuedAt.toSecsSinceEpoch()) + '.' + b64(LetterSeal::keyIdOf(devicePublicKey));
}

Error damaged(const QString& what)
{
    return Error::badInput(u"The seal is damaged: its %1 cannot be read."_s.arg(what));
}

} // namespace

QByteArray LetterSeal::keyIdOf(QByteArrayView devicePublicKey)
{
    return crypto::sha256(devicePublicKey).left(kKeyIdBytes);
}

bool LetterSeal::looksLikeSeal(QByteArrayView payload)
{
    if (!payload.startsWith("GDS"))
        return false;
    qsizetype i = 3;
    while (i < payload.size() && payload[i] >= '0' && payload[i] <= '9')
        ++i;
    return i > 3 && i < payload.size() && payload[i] == '.';
}

QByteArray LetterSeal::signedBytes(const LetterSealData& data, QByteArrayView devicePublicKey)
{
    if (!validate(data) || devicePublicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return {};
    return body(data, devicePublicKey);
}

Result<QByteArray> LetterSeal::seal(const LetterSealData& data, const crypto::Ed25519Key& deviceKey)
{
    if (Status ok = validate(data); !ok)
        return ok.error();
    const QByteArray publicKey = deviceKey.publicKey();
    if (publicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return Error::failed(u"The device key could not be read to seal the letter."_s);
    const QByteArray text = body(data, publicKey);
    auto signature = deviceKey.sign(QByteArray(kDomain.toByteArray() + text));
    if (!signature)
        return signature.error();
    return QByteArray(text + '.' + b64(*signature));
}

Result<QByteArray> LetterSeal::signerKeyId(const QByteArray& payload)
{
    const QByteArrayList fields = payload.split('.');
    if (fields.size() != kFieldCount || fields.front() != kPrefix)
        return Error::badInput(u"This is not a readable GDS1 letter seal."_s);
    const auto id = unb64(fields[5]);
    if (!id || id->size() != kKeyIdBytes)
        return damaged(u"device key id"_s);
    return *id;
}

Result<LetterSealData> LetterSeal::open(const QByteArray& payload, QByteArrayView devicePublicKey)
{
    if (devicePublicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return Error::badInput(u"A device public key is %1 bytes, not %2."_s
                                   .arg(crypto::Ed25519Key::kPublicKeySize)
                                   .arg(devicePublicKey.size()));
    const QByteArray trimmed = payload.trimmed();   // scanners may add a line end
    if (trimmed.isEmpty())
        return Error::badInput(u"The seal is empty."_s);
    if (!looksLikeSeal(trimmed))
        return Error::badInput(u"This is not a GuardianDesk letter seal."_s);
    if (!trimmed.startsWith(QByteArray(prefix() + '.')))
        return Error::badInput(u"This seal is in format %1, which this version of GuardianDesk cannot read."_s
                                   .arg(QString::fromLatin1(trimmed.left(trimmed.indexOf('.')))));
    const QByteArrayList fields = trimmed.split('.');
    if (fields.size() != kFieldCount)
        return Error::badInput(u"The seal is incomplete or damaged: it has %1 parts, a GDS1 seal has %2."_s
                                   .arg(fields.size())
                                   .arg(kFieldCount));

    LetterSealData d;
    const auto letterId = decodeId(fields[1]);
    if (!letterId)
        return damaged(u"letter id"_s);
    d.letterId = *letterId;
    for (const QByteArray& f : fields[2].split('~')) {
        const auto keyId = decodeId(f);
        if (!keyId)
            return damaged(u"key ids"_s);
        d.keyIds.append(*keyId);
    }
    const auto school = unb64(fields[3]);
    if (!school)
        return damaged(u"school code"_s);
    d.schoolCode = QString::fromUtf8(*school);
    bool isNumber = false;
    const qint64 secs = fields[4].toLongLong(&isNumber);
    if (!isNumber || QByteArray::number(secs) != fields[4])
        return damaged(u"issue time"_s);
    d.issuedAt = QDateTime::fromSecsSinceEpoch(secs, Qt::UTC);
    const auto signerId = unb64(fields[5]);
    if (!signerId || signerId->size() != kKeyIdBytes)
        return damaged(u"device key id"_s);
    const auto signature = unb64(fields[6]);
    if (!signature || signature->size() != crypto::Ed25519Key::kSignatureSize)
        return damaged(u"signature"_s);
    if (Status ok = validate(d); !ok)
        return Error::badInput(u"The seal is damaged: %1"_s.arg(ok.message()));

    if (*signerId != keyIdOf(devicePublicKey))
        return Error::failed(u"This seal was signed by another device key (%1), not by the key %2 it was "
                             "checked with: it is not from this district's devices, or the device key has "
                             "changed."_s.arg(QString::fromLatin1(signerId->toHex()),
                                              QString::fromLatin1(keyIdOf(devicePublicKey).toHex())));
    const QByteArray text = trimmed.left(trimmed.lastIndexOf('.'));
    if (!crypto::ed25519Verify(devicePublicKey, QByteArray(kDomain.toByteArray() + text), *signature))
        return Error::failed(u"The seal's signature does not match its contents: the letter is not genuine "
                             "or its seal was altered."_s);
    return d;
}

} // namespace gd
