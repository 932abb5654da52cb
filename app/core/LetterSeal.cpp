#include "core/LetterSeal.h"

#include "core/crypto/Ed25519.h"
#include "core/crypto/Hash.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr QByteArrayView kDomain = "GuardianDesk letter seal v2\n";
constexpr QByteArrayView kLegacyDomain = "GuardianDesk letter seal v1\n";
constexpr int kFieldCount = 9;
constexpr int kLegacyFieldCount = 7;
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
    if (d.version == 2 && d.serial < 1)
        return Error::badInput(u"A letter seal needs the letter's serial number."_s);
    if (d.version == 2 && d.contentDigest.size() != LetterSeal::kDigestBytes)
        return Error::badInput(u"A letter seal needs the digest of the letter's printed details."_s);
    if (d.version != 2 && (d.version != 1 || d.serial != 0 || !d.contentDigest.isEmpty()))
        return Error::badInput(u"A letter seal is version 2 (version 1 is only read)."_s);
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
    const QByteArray issued = QByteArray::number(d.issuedAt.toSecsSinceEpoch());
    const QByteArray signer = b64(LetterSeal::keyIdOf(devicePublicKey));
    if (d.version == 1)
        return LetterSeal::kLegacyPrefix.toByteArray() + '.' + encodeId(d.letterId) + '.' + keys.join('~') + '.'
            + b64(d.schoolCode.toUtf8()) + '.' + issued + '.' + signer;
    return prefix() + '.' + encodeId(d.letterId) + '.' + QByteArray::number(d.serial) + '.' + keys.join('~') + '.'
        + b64(d.schoolCode.toUtf8()) + '.' + issued + '.' + b64(d.contentDigest) + '.' + signer;
}

// A decimal number in its one canonical spelling.
std::optional<qint64> decimal(const QByteArray& field)
{
    bool isNumber = false;
    const qint64 n = field.toLongLong(&isNumber);
    if (!isNumber || QByteArray::number(n) != field)
        return std::nullopt;
    return n;
}

Error damaged(const QString& what)
{
    return Error::badInput(u"The seal is damaged: its %1 cannot be read."_s.arg(what));
}

} // namespace

QByteArray LetterSeal::contentDigest(const LetterSealContent& content)
{
    // Unit and record separators cannot appear in a printed field, so no two contents share
    // the bytes hashed.
    QString text = u"GDSC1"_s;
    for (const QString& field : {content.schoolPhone, content.portalUrl, content.guardianName})
        text += QChar(0x1f) + field.normalized(QString::NormalizationForm_C);
    for (const QString& student : content.studentNames)
        text += QChar(0x1e) + student.normalized(QString::NormalizationForm_C);
    return crypto::sha256(text.toUtf8()).left(kDigestBytes);
}

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
    if (data.version != 2)
        return Error::badInput(u"Only version 2 seals are made."_s);
    const QByteArray text = body(data, publicKey);
    auto signature = deviceKey.sign(QByteArray(kDomain.toByteArray() + text));
    if (!signature)
        return signature.error();
    return QByteArray(text + '.' + b64(*signature));
}

Result<QByteArray> LetterSeal::signerKeyId(const QByteArray& payload)
{
    const QByteArrayList fields = payload.trimmed().split('.');
    const bool current = fields.size() == kFieldCount && fields.front() == kPrefix;
    const bool legacy = fields.size() == kLegacyFieldCount && fields.front() == kLegacyPrefix;
    if (!current && !legacy)
        return Error::badInput(u"This is not a readable GuardianDesk letter seal."_s);
    const auto id = unb64(fields[fields.size() - 2]);
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
    LetterSealData d;
    if (trimmed.startsWith(QByteArray(kLegacyPrefix.toByteArray() + '.')))
        d.version = 1;
    else if (!trimmed.startsWith(QByteArray(prefix() + '.')))
        return Error::badInput(u"This seal is in format %1, which this version of GuardianDesk cannot read."_s
                                   .arg(QString::fromLatin1(trimmed.left(trimmed.indexOf('.')))));
    const int expected = d.version == 1 ? kLegacyFieldCount : kFieldCount;
    QByteArrayList fields = trimmed.split('.');
    if (fields.size() != expected)
        return Error::badInput(u"The seal is incomplete or damaged: it has %1 parts, a GDS%2 seal has %3."_s
                                   .arg(fields.size())
                                   .arg(d.version)
                                   .arg(expected));
    // Both versions read alike once version 2's serial and digest are taken out.
    QByteArray serialField, digestField;
    if (d.version == 2) {
        serialField = fields.takeAt(2);
        digestField = fields.takeAt(5);
    }

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
    const auto secs = decimal(fields[4]);
    if (!secs)
        return damaged(u"issue time"_s);
    d.issuedAt = QDateTime::fromSecsSinceEpoch(*secs, Qt::UTC);
    if (d.version == 2) {
        const auto serial = decimal(serialField);
        if (!serial)
            return damaged(u"serial number"_s);
        d.serial = *serial;
        const auto digest = unb64(digestField);
        if (!digest || digest->size() != kDigestBytes)
            return damaged(u"digest of the printed details"_s);
        d.contentDigest = *digest;
    }
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
    const QByteArrayView domain = d.version == 1 ? kLegacyDomain : kDomain;
    if (!crypto::ed25519Verify(devicePublicKey, QByteArray(domain.toByteArray() + text), *signature))
        return Error::failed(u"The seal's signature does not match its contents: the letter is not genuine "
                             "or its seal was altered."_s);
    return d;
}

} // namespace gd
