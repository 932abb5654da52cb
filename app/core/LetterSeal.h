#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace gd {

namespace crypto {
class Ed25519Key;
}

// What a letter's QR seal says: which letter, which keys, which school, when. Never the secret.
struct LetterSealData {
    QString letterId;
    QStringList keyIds;     // one per guardian-student link on the letter
    QString schoolCode;
    QDateTime issuedAt;     // UTC, whole seconds
    bool operator==(const LetterSealData&) const = default;
};

// The seal printed on a sealed access-key letter as a QR code. Scanning it proves the letter was
// made by a GuardianDesk device of the district; the key ids then tell whether each key is
// still active, revoked or expired.
//
// Text format, ASCII, dot-separated, small enough for a version 8-12 QR code:
//
//   GDS1.<letter>.<keys>.<school>.<issued>.<device>.<signature>
//
//   letter    an id: "u" + base64url(16 bytes) for a lower-case UUID, else "t" + base64url(UTF-8)
//   keys      ids in the same encoding, joined by "~" (1 to 16)
//   school    base64url(UTF-8 school code)
//   issued    Unix seconds, decimal
//   device    base64url of the first 8 bytes of SHA-256(device public key): which key signed
//   signature base64url(Ed25519 over "GuardianDesk letter seal v1\n" + everything before ".<signature>")
//
// base64url has no padding. Every field has exactly one encoding (open() re-encodes and
// compares), so the signed text is canonical.
class LetterSeal {
public:
    static constexpr QByteArrayView kPrefix = "GDS1";
    static constexpr int kMaxKeys = 16;
    static constexpr int kMaxIdLength = 64;
    static constexpr int kMaxSchoolCodeLength = 32;

    // The seal text for `data`, signed with the device key. Bad data gives BadInput.
    static Result<QByteArray> seal(const LetterSealData& data, const crypto::Ed25519Key& deviceKey);

    // Checks the format and the signature under `devicePublicKey` (raw 32 bytes) and returns
    // what the seal says. A damaged seal gives BadInput; a seal of another device or a changed
    // field gives Failed. Only a genuine seal returns data.
    static Result<LetterSealData> open(const QByteArray& payload, QByteArrayView devicePublicKey);

    // Which device key signed the seal (8 bytes), read without verifying, so a verifier holding
    // several device keys can pick the right one.
    static Result<QByteArray> signerKeyId(const QByteArray& payload);
    // The 8-byte key id of a raw 32-byte Ed25519 public key.
    static QByteArray keyIdOf(QByteArrayView devicePublicKey);

    // The bytes signed for `data` (without the signature); empty when data is not valid.
    static QByteArray signedBytes(const LetterSealData& data, QByteArrayView devicePublicKey);

    // True when `payload` looks like a seal of some version (starts "GDS<digits>.").
    static bool looksLikeSeal(QByteArrayView payload);
};

} // namespace gd
