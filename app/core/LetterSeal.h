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

// What a letter's QR seal says: which letter (id and printed serial), which keys, which school,
// when, and a digest of what the parent relies on. Never the secret, never a name in the clear.
struct LetterSealData {
    int version = 2;        // 1: a seal printed before serials and details were bound (read only)
    QString letterId;
    qint64 serial = 0;      // the letter's serial number (version 2)
    QStringList keyIds;     // one per guardian-student link on the letter
    QString schoolCode;
    QDateTime issuedAt;     // UTC, whole seconds
    QByteArray contentDigest;   // LetterSeal::contentDigest() of the printed details (version 2)
    bool operator==(const LetterSealData&) const = default;
};

// What the parent relies on, as printed: the number to call, where to go, and whom the letter
// is for. A genuine seal moved onto a letter with another phone or portal no longer matches.
struct LetterSealContent {
    QString schoolPhone;
    QString portalUrl;
    QString guardianName;
    QStringList studentNames;   // in the order the letter prints them
};

// The seal printed on a sealed access-key letter as a QR code. Scanning it proves the letter was
// made by a GuardianDesk device of the district; the key ids then tell whether each key is
// still active, revoked or expired.
//
// Text format, ASCII, dot-separated, small enough for a version 8-12 QR code:
//
//   GDS2.<letter>.<serial>.<keys>.<school>.<issued>.<digest>.<device>.<signature>
//
//   letter    an id: "u" + base64url(16 bytes) for a lower-case UUID, else "t" + base64url(UTF-8)
//   serial    the letter's serial number, decimal (1 or more)
//   keys      ids in the same encoding, joined by "~" (1 to 16)
//   school    base64url(UTF-8 school code)
//   issued    Unix seconds, decimal
//   digest    base64url of contentDigest() (16 bytes)
//   device    base64url of the first 8 bytes of SHA-256(device public key): which key signed
//   signature base64url(Ed25519 over "GuardianDesk letter seal v2\n" + everything before ".<signature>")
//
// Version 1 ("GDS1.<letter>.<keys>.<school>.<issued>.<device>.<signature>", domain "... v1")
// is still opened, with version = 1, no serial and no digest: its signature is checked the same
// way, and verify-letter reports it as an old seal that binds neither.
//
// base64url has no padding. Every field has exactly one encoding (open() re-encodes and
// compares), so the signed text is canonical.
class LetterSeal {
public:
    static constexpr QByteArrayView kPrefix = "GDS2";
    static constexpr QByteArrayView kLegacyPrefix = "GDS1";
    static constexpr int kMaxKeys = 16;
    static constexpr int kMaxIdLength = 64;
    static constexpr int kMaxSchoolCodeLength = 32;
    static constexpr int kDigestBytes = 16;

    // The digest of what the parent relies on (NFC, fields separated so none can run into the
    // next).
    static QByteArray contentDigest(const LetterSealContent& content);

    // The seal text for `data` (version 2), signed with the device key. Bad data gives BadInput.
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
