#include "core/crypto/Aead.h"
#include "core/crypto/Ed25519.h"
#include "core/crypto/Hash.h"
#include "core/crypto/PasswordHasher.h"
#include "core/crypto/Random.h"
#include "core/crypto/RsaOaep.h"
#include "core/crypto/SecureWipe.h"

#include <QHash>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;
using namespace gd::crypto;

class TestCrypto : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secureWipe();
    void secretBytesMoveOnly();

    void randomBytes();
    void randomStringAlphabetAndLength();
    void randomStringIsUniform();
    void randomStringRejectsBadInput_data();
    void randomStringRejectsBadInput();

    void sha256_data();
    void sha256();
    void constantTimeEquals_data();
    void constantTimeEquals();

    void scryptVectors_data();
    void scryptVectors();
    void scryptRejectsBadParameters();
    void passwordRoundTrip();
    void passwordHashIsSaltedAndFormatted();
    void passwordWithOtherCostsVerifies();
    void malformedPasswordEncodings_data();
    void malformedPasswordEncodings();

    void ed25519Vectors_data();
    void ed25519Vectors();
    void ed25519GenerateRoundTrip();
    void ed25519RejectsBadSizes();

    void aesGcmVectors_data();
    void aesGcmVectors();
    void aesGcmRoundTrip_data();
    void aesGcmRoundTrip();
    void aesGcmTamper();

    void rsaOaepRoundTrip();
    void rsaOaepRejects();
};

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

// A well-formed encoding with one '$'-separated field replaced.
QString withField(const QString& encoded, int index, const QString& value)
{
    QStringList parts = encoded.split(u'$');
    parts[index] = value;
    return parts.join(u'$');
}

} // namespace

// ---- SecureWipe --------------------------------------------------------------------------

void TestCrypto::secureWipe()
{
    QByteArray secret("correct horse battery staple");
    const QByteArray sharedCopy = secret;
    wipe(secret);
    QVERIFY(secret.isEmpty());
    // A copy that shared the buffer detached before the overwrite and still holds its bytes.
    QCOMPARE(sharedCopy, QByteArray("correct horse battery staple"));

    QByteArray empty;
    wipe(empty);
    QVERIFY(empty.isEmpty());
}

void TestCrypto::secretBytesMoveOnly()
{
    static_assert(!std::is_copy_constructible_v<SecretBytes>);
    static_assert(!std::is_copy_assignable_v<SecretBytes>);
    static_assert(std::is_nothrow_move_constructible_v<SecretBytes>);

    SecretBytes a = SecretBytes::fromUtf8(u"pässword"_s);
    QCOMPARE(a.bytes(), u"pässword"_s.toUtf8());
    SecretBytes b(std::move(a));
    QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
    QCOMPARE(b.size(), qsizetype(9));

    SecretBytes c = SecretBytes::zeroed(4);
    QCOMPARE(c.bytes(), QByteArray(4, '\0'));
    c = std::move(b);
    QCOMPARE(c.view(), QByteArrayView(u"pässword"_s.toUtf8()));
    QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
    c.clear();
    QVERIFY(c.isEmpty());
}

// ---- Random ------------------------------------------------------------------------------

void TestCrypto::randomBytes()
{
    const auto a = crypto::randomBytes(32);
    const auto b = crypto::randomBytes(32);
    QVERIFY2(a.ok() && b.ok(), qPrintable(a.message() + b.message()));
    QCOMPARE(a->size(), 32);
    QVERIFY(*a != *b);
    QVERIFY(crypto::randomBytes(0).ok());
    QVERIFY(crypto::randomBytes(0)->isEmpty());
    const auto negative = crypto::randomBytes(-1);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().kind, ErrorKind::BadInput);
}

void TestCrypto::randomStringAlphabetAndLength()
{
    QCOMPARE(kUnambiguousAlphabet.size(), 23);
    for (QChar c : u"O0I1LUV5S2Z8B"_s)
        QVERIFY2(!kUnambiguousAlphabet.contains(c), qPrintable(QString(c)));

    for (int length : {0, 1, 8, 64, 1000}) {
        const auto s = randomString(length, kUnambiguousAlphabet);
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(s->size(), length);
        for (QChar c : *s)
            QVERIFY(kUnambiguousAlphabet.contains(c));
    }
    const auto pin = randomString(6, kDigits);
    QVERIFY(pin.ok());
    QCOMPARE(pin->size(), 6);
    for (QChar c : *pin)
        QVERIFY(c.isDigit());
    const auto single = randomString(5, u"x");
    QVERIFY(single.ok());
    QCOMPARE(*single, u"xxxxx"_s);
}

void TestCrypto::randomStringIsUniform()
{
    // 23 symbols, 10,000 expected each. Plain "byte % 23" would favour 3 symbols by 1/11 and
    // push chi-square to about 210; a fair draw averages 22 (df = 22) and passes 60 by chance
    // less than once in 30,000 runs.
    const int perSymbol = 10000;
    const int symbols = int(kUnambiguousAlphabet.size());
    const auto s = randomString(perSymbol * symbols, kUnambiguousAlphabet);
    QVERIFY(s.ok());
    QHash<QChar, int> counts;
    for (QChar c : *s)
        ++counts[c];
    QCOMPARE(counts.size(), symbols);
    double chiSquare = 0;
    for (QChar c : kUnambiguousAlphabet) {
        const double d = counts.value(c) - perSymbol;
        chiSquare += d * d / perSymbol;
    }
    QVERIFY2(chiSquare < 60, qPrintable(u"chi-square %1"_s.arg(chiSquare)));
}

void TestCrypto::randomStringRejectsBadInput_data()
{
    QTest::addColumn<int>("length");
    QTest::addColumn<QString>("alphabet");
    QTest::newRow("negative length") << -1 << u"AB"_s;
    QTest::newRow("empty alphabet") << 4 << QString();
    QTest::newRow("repeated symbol") << 4 << u"ABCA"_s;
    QTest::newRow("over 256 symbols") << 4 << QString(257, u'A');
    QTest::newRow("surrogate") << 4 << u"A\U0001F600"_s;
}

void TestCrypto::randomStringRejectsBadInput()
{
    QFETCH(int, length);
    QFETCH(QString, alphabet);
    const auto s = randomString(length, alphabet);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().kind, ErrorKind::BadInput);
    QVERIFY(!s.message().isEmpty());
}

// ---- Hash --------------------------------------------------------------------------------

void TestCrypto::sha256_data()
{
    // FIPS 180-2, appendix B.1 and B.2; the empty string from NIST's example values.
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("digest");
    QTest::newRow("empty") << QByteArray()
                           << hex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("abc") << QByteArray("abc")
                         << hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << hex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestCrypto::sha256()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, digest);
    QCOMPARE(crypto::sha256(input), digest);
}

void TestCrypto::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("a");
    QTest::addColumn<QByteArray>("b");
    QTest::addColumn<bool>("equal");
    QTest::newRow("both empty") << QByteArray() << QByteArray("") << true;
    QTest::newRow("same") << QByteArray("tag-1234") << QByteArray("tag-1234") << true;
    QTest::newRow("last byte differs") << QByteArray("tag-1234") << QByteArray("tag-1235") << false;
    QTest::newRow("first byte differs") << QByteArray("Tag-1234") << QByteArray("tag-1234") << false;
    QTest::newRow("prefix") << QByteArray("tag-123") << QByteArray("tag-1234") << false;
    QTest::newRow("one empty") << QByteArray() << QByteArray("x") << false;
    QTest::newRow("embedded zero") << QByteArray("a\0b", 3) << QByteArray("a\0c", 3) << false;
}

void TestCrypto::constantTimeEquals()
{
    QFETCH(QByteArray, a);
    QFETCH(QByteArray, b);
    QFETCH(bool, equal);
    QCOMPARE(crypto::constantTimeEquals(a, b), equal);
    QCOMPARE(crypto::constantTimeEquals(b, a), equal);
}

// ---- scrypt and passwords ----------------------------------------------------------------

void TestCrypto::scryptVectors_data()
{
    // RFC 7914, section 12 (test vectors for scrypt), all with dkLen = 64.
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint64>("N");
    QTest::addColumn<quint32>("r");
    QTest::addColumn<quint32>("p");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("RFC 7914 #1: empty, N=16 r=1 p=1")
        << QByteArray() << QByteArray() << quint64(16) << quint32(1) << quint32(1)
        << hex("77d6576238657b203b19ca42c18a0497f16b4844e3074ae8dfdffa3fede21442"
               "fcd0069ded0948f8326a753a0fc81f17e8d3e0fb2e0d3628cf35e20c38d18906");
    QTest::newRow("RFC 7914 #2: password/NaCl, N=1024 r=8 p=16")
        << QByteArray("password") << QByteArray("NaCl") << quint64(1024) << quint32(8)
        << quint32(16)
        << hex("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"
               "2eaf30d92e22a3886ff109279d9830dac727afb94a83ee6d8360cbdfa2cc0640");
    // About 50 ms here (16 MiB); the N=2^20 vector (1 GiB) is left out.
    QTest::newRow("RFC 7914 #3: pleaseletmein/SodiumChloride, N=16384 r=8 p=1")
        << QByteArray("pleaseletmein") << QByteArray("SodiumChloride") << quint64(16384)
        << quint32(8) << quint32(1)
        << hex("7023bdcb3afd7348461c06cd81fd38ebfda8fbba904f8e3ea9b543f6545da1f2"
               "d5432955613f0fcf62d49705242a9af9e61e85dc0d651e40dfcf017b45575887");
}

void TestCrypto::scryptVectors()
{
    QFETCH(QByteArray, password);
    QFETCH(QByteArray, salt);
    QFETCH(quint64, N);
    QFETCH(quint32, r);
    QFETCH(quint32, p);
    QFETCH(QByteArray, expected);
    const auto key = scrypt(password, salt, N, r, p, 64);
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->toHex(), expected.toHex());
}

void TestCrypto::scryptRejectsBadParameters()
{
    QVERIFY(!scrypt("pw", "salt", 1000, 8, 1, 32).ok()); // not a power of two
    QVERIFY(!scrypt("pw", "salt", 1, 8, 1, 32).ok());
    QVERIFY(!scrypt("pw", "salt", 16, 0, 1, 32).ok());
    QVERIFY(!scrypt("pw", "salt", 16, 1, 0, 32).ok());
    QVERIFY(!scrypt("pw", "salt", 16, 1, 1, 0).ok());
    const auto huge = scrypt("pw", "salt", quint64(1) << 40, 8, 1, 32);
    QVERIFY(!huge.ok());
    QCOMPARE(huge.error().kind, ErrorKind::BadInput);
    QVERIFY(huge.message().contains(u"memory"_s));
}

void TestCrypto::passwordRoundTrip()
{
    const QString password = u"Front-Desk 2024 ñ 王"_s;
    const auto encoded = hashPassword(password);
    QVERIFY2(encoded.ok(), qPrintable(encoded.message()));
    QVERIFY(verifyPassword(password, *encoded));
    QVERIFY(!verifyPassword(u"Front-Desk 2024 ñ 玉"_s, *encoded));
    QVERIFY(!verifyPassword(u"front-desk 2024 ñ 王"_s, *encoded));
    QVERIFY(!verifyPassword(QString(), *encoded));

    const auto empty = hashPassword(QString());
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, ErrorKind::BadInput);
}

void TestCrypto::passwordHashIsSaltedAndFormatted()
{
    const auto a = hashPassword(u"same password"_s);
    const auto b = hashPassword(u"same password"_s);
    QVERIFY(a.ok() && b.ok());
    QVERIFY(*a != *b);
    const QStringList parts = a->split(u'$');
    QCOMPARE(parts.size(), 6);
    QCOMPARE(parts[0], u"scrypt"_s);
    QCOMPARE(parts[1], u"15"_s);
    QCOMPARE(parts[2], u"8"_s);
    QCOMPARE(parts[3], u"1"_s);
    QCOMPARE(QByteArray::fromBase64(parts[4].toLatin1()).size(), 16);
    QCOMPARE(QByteArray::fromBase64(parts[5].toLatin1()).size(), 32);
    QVERIFY(!a->contains(u"same password"_s));
}

void TestCrypto::passwordWithOtherCostsVerifies()
{
    // The cost is read from the stored string, so raising the default later keeps old rows valid.
    const QByteArray salt("0123456789abcdef");
    const auto hash = scrypt("secret", salt, 1024, 4, 2, 32);
    QVERIFY(hash.ok());
    const QString encoded = u"scrypt$10$4$2$"_s + QString::fromLatin1(salt.toBase64()) + u'$'
        + QString::fromLatin1(hash->toBase64());
    QVERIFY(verifyPassword(u"secret"_s, encoded));
    QVERIFY(!verifyPassword(u"Secret"_s, encoded));
    QVERIFY(!verifyPassword(u"secret"_s, withField(encoded, 1, u"11"_s)));
    QVERIFY(!verifyPassword(u"secret"_s, withField(encoded, 2, u"8"_s)));
    QVERIFY(!verifyPassword(u"secret"_s, withField(encoded, 3, u"1"_s)));
}

void TestCrypto::malformedPasswordEncodings_data()
{
    QTest::addColumn<QString>("encoded");

    // A valid cheap encoding of "pw" (log2N=4), then each field broken in turn.
    const QByteArray salt("saltsaltsaltsalt");
    const auto hash = scrypt("pw", salt, 16, 1, 1, 32);
    QVERIFY(hash.ok());
    const QString good = u"scrypt$4$1$1$"_s + QString::fromLatin1(salt.toBase64()) + u'$'
        + QString::fromLatin1(hash->toBase64());
    QVERIFY(verifyPassword(u"pw"_s, good));
    QString flipped = good;
    flipped[flipped.size() - 3] = flipped[flipped.size() - 3] == u'A' ? u'B' : u'A';

    QTest::newRow("empty") << QString();
    QTest::newRow("just the scheme") << u"scrypt"_s;
    QTest::newRow("field missing") << good.section(u'$', 0, 4);
    QTest::newRow("extra field") << good + u"$x"_s;
    QTest::newRow("other scheme") << withField(good, 0, u"bcrypt"_s);
    QTest::newRow("scheme case") << withField(good, 0, u"SCRYPT"_s);
    QTest::newRow("log2N zero") << withField(good, 1, u"0"_s);
    QTest::newRow("log2N 21 (a minutes-long login)") << withField(good, 1, u"21"_s);
    QTest::newRow("log2N 63") << withField(good, 1, u"63"_s);
    QTest::newRow("log2N huge") << withField(good, 1, u"99999999999999999999"_s);
    QTest::newRow("log2N negative") << withField(good, 1, u"-4"_s);
    QTest::newRow("log2N with sign") << withField(good, 1, u"+4"_s);
    QTest::newRow("log2N with space") << withField(good, 1, u" 4"_s);
    QTest::newRow("log2N leading zero") << withField(good, 1, u"04"_s);
    QTest::newRow("log2N not a number") << withField(good, 1, u"four"_s);
    QTest::newRow("log2N empty") << withField(good, 1, QString());
    QTest::newRow("r zero") << withField(good, 2, u"0"_s);
    QTest::newRow("r absurd") << withField(good, 2, u"999"_s);
    QTest::newRow("p zero") << withField(good, 3, u"0"_s);
    QTest::newRow("p absurd") << withField(good, 3, u"999"_s);
    QTest::newRow("work too large") << withField(withField(good, 1, u"20"_s), 2, u"32"_s);
    QTest::newRow("salt not base64") << withField(good, 4, u"!!!not base64!!!"_s);
    QTest::newRow("salt empty") << withField(good, 4, QString());
    QTest::newRow("salt too short") << withField(good, 4, u"YWJj"_s);
    QTest::newRow("hash not base64") << withField(good, 5, u"@@@@"_s);
    QTest::newRow("hash empty") << withField(good, 5, QString());
    QTest::newRow("hash truncated") << withField(good, 5, good.section(u'$', 5).left(20));
    QTest::newRow("hash tampered") << flipped;
    QTest::newRow("non-Latin-1 text") << withField(good, 4, u"王王王王"_s);
    QTest::newRow("very long") << good + QString(100000, u'A');
}

void TestCrypto::malformedPasswordEncodings()
{
    QFETCH(QString, encoded);
    QVERIFY(!verifyPassword(u"pw"_s, encoded));
}

// ---- Ed25519 -----------------------------------------------------------------------------

void TestCrypto::ed25519Vectors_data()
{
    // RFC 8032, section 7.1 (test vectors for Ed25519), TEST 1 to TEST 3.
    QTest::addColumn<QByteArray>("secretKey");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");
    QTest::newRow("RFC 8032 TEST 1 (empty message)")
        << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
        << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e"
               "39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("RFC 8032 TEST 2 (one byte)")
        << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << hex("72")
        << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f"
               "3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("RFC 8032 TEST 3 (two bytes)")
        << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025") << hex("af82")
        << hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67"
               "f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
}

void TestCrypto::ed25519Vectors()
{
    QFETCH(QByteArray, secretKey);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);
    QCOMPARE(secretKey.size(), 32);
    QCOMPARE(signature.size(), 64);

    const auto key = Ed25519Key::fromPrivateKey(secretKey);
    QVERIFY2(key.ok(), qPrintable(key.message()));
    QCOMPARE(key->publicKey().toHex(), publicKey.toHex());
    QCOMPARE(key->privateKey().bytes(), secretKey);
    const auto sig = key->sign(message);
    QVERIFY2(sig.ok(), qPrintable(sig.message()));
    QCOMPARE(sig->toHex(), signature.toHex());

    QVERIFY(ed25519Verify(publicKey, message, signature));

    QByteArray otherMessage = message + 'x';
    QVERIFY(!ed25519Verify(publicKey, otherMessage, signature));
    if (!message.isEmpty()) {
        otherMessage = message;
        otherMessage[0] = char(otherMessage[0] ^ 0x01);
        QVERIFY(!ed25519Verify(publicKey, otherMessage, signature));
    }
    for (int i : {0, 31, 32, 63}) {
        QByteArray badSig = signature;
        badSig[i] = char(badSig[i] ^ 0x01);
        QVERIFY2(!ed25519Verify(publicKey, message, badSig), qPrintable(QString::number(i)));
    }
    QByteArray otherKey = publicKey;
    otherKey[5] = char(otherKey[5] ^ 0x40);
    QVERIFY(!ed25519Verify(otherKey, message, signature));
}

void TestCrypto::ed25519GenerateRoundTrip()
{
    const auto key = Ed25519Key::generate();
    QVERIFY2(key.ok(), qPrintable(key.message()));
    const QByteArray pub = key->publicKey();
    QCOMPARE(pub.size(), 32);
    const SecretBytes priv = key->privateKey();
    QCOMPARE(priv.size(), 32);

    const auto reloaded = Ed25519Key::fromPrivateKey(priv.view());
    QVERIFY(reloaded.ok());
    QCOMPARE(reloaded->publicKey(), pub);

    const QByteArray message("checkpoint 42: 9f86d081884c7d65");
    const auto sig = key->sign(message);
    QVERIFY(sig.ok());
    QVERIFY(ed25519Verify(pub, message, *sig));
    QCOMPARE(*reloaded->sign(message), *sig); // deterministic signatures

    const auto other = Ed25519Key::generate();
    QVERIFY(other.ok());
    QVERIFY(other->publicKey() != pub);
    QVERIFY(!ed25519Verify(other->publicKey(), message, *sig));
}

void TestCrypto::ed25519RejectsBadSizes()
{
    for (int size : {0, 31, 33, 64}) {
        const auto key = Ed25519Key::fromPrivateKey(QByteArray(size, 'k'));
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::BadInput);
    }
    const auto key = Ed25519Key::generate();
    QVERIFY(key.ok());
    const auto sig = key->sign("m");
    QVERIFY(sig.ok());
    QVERIFY(!ed25519Verify(key->publicKey().left(31), "m", *sig));
    QVERIFY(!ed25519Verify(key->publicKey(), "m", sig->left(63)));
    QVERIFY(!ed25519Verify(key->publicKey(), "m", QByteArray(*sig + '\0')));
    QVERIFY(!ed25519Verify(QByteArray(), "m", QByteArray()));
}

// ---- AES-256-GCM -------------------------------------------------------------------------

void TestCrypto::aesGcmVectors_data()
{
    // McGrew & Viega, "The Galois/Counter Mode of Operation (GCM)", appendix B, test cases 15
    // and 16 (AES-256, 96-bit IV; 16 adds associated data), also in NIST's GCM validation set.
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("ciphertext");
    QTest::addColumn<QByteArray>("tag");
    const QByteArray key = hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");
    const QByteArray nonce = hex("cafebabefacedbaddecaf888");
    const QByteArray plaintext64 = hex(
        "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
        "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray ciphertext64 = hex(
        "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
        "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad");
    QTest::newRow("GCM test case 15") << key << nonce << plaintext64 << QByteArray()
                                      << ciphertext64 << hex("b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM test case 16 (with AAD)")
        << key << nonce << plaintext64.left(60) << hex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
        << ciphertext64.left(60) << hex("76fc6ece0f4e1768cddf8853bb2d551b");
}

void TestCrypto::aesGcmVectors()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, ciphertext);
    QFETCH(QByteArray, tag);
    const QByteArray blob = nonce + ciphertext + tag;

    const auto opened = aesGcmOpen(key, blob, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(opened->toHex(), plaintext.toHex());

    QByteArray badTag = blob;
    badTag[badTag.size() - 1] = char(badTag[badTag.size() - 1] ^ 0x01);
    QVERIFY(!aesGcmOpen(key, badTag, aad).ok());
    QVERIFY(!aesGcmOpen(key, blob, QByteArray(aad + 'x')).ok());

    // Our own seal of the same plaintext opens too (its nonce is random, so compare plaintexts).
    const auto sealed = aesGcmSeal(key, plaintext, aad);
    QVERIFY(sealed.ok());
    QCOMPARE(sealed->size(), blob.size());
    QCOMPARE(*aesGcmOpen(key, *sealed, aad), plaintext);
}

void TestCrypto::aesGcmRoundTrip_data()
{
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("aad");
    QTest::newRow("empty, no aad") << QByteArray() << QByteArray();
    QTest::newRow("empty with aad") << QByteArray() << QByteArray("device-7");
    QTest::newRow("client secret") << QByteArray("s3cr3t-client-value") << QByteArray("settings:client_secret");
    QTest::newRow("one block less one") << QByteArray(15, 'a') << QByteArray();
    QTest::newRow("large") << QByteArray(100000, '\x5a') << QByteArray("x");
}

void TestCrypto::aesGcmRoundTrip()
{
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, aad);
    const auto key = crypto::randomBytes(32);
    QVERIFY(key.ok());
    const auto sealed = aesGcmSeal(*key, plaintext, aad);
    QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
    QCOMPARE(sealed->size(), plaintext.size() + 28);
    if (plaintext.size() >= 8)
        QVERIFY(!sealed->contains(plaintext));
    const auto opened = aesGcmOpen(*key, *sealed, aad);
    QVERIFY2(opened.ok(), qPrintable(opened.message()));
    QCOMPARE(*opened, plaintext);

    // A fresh nonce each time: the same input never seals to the same blob.
    const auto again = aesGcmSeal(*key, plaintext, aad);
    QVERIFY(again.ok());
    QVERIFY(again->left(12) != sealed->left(12));
}

void TestCrypto::aesGcmTamper()
{
    const auto key = crypto::randomBytes(32);
    QVERIFY(key.ok());
    const QByteArray plaintext("device private key bytes");
    const QByteArray aad("settings:device_key");
    const auto sealed = aesGcmSeal(*key, plaintext, aad);
    QVERIFY(sealed.ok());

    // Every single flipped bit (nonce, ciphertext or tag) is caught.
    for (qsizetype i = 0; i < sealed->size(); ++i) {
        QByteArray tampered = *sealed;
        tampered[i] = char(tampered[i] ^ 0x80);
        const auto opened = aesGcmOpen(*key, tampered, aad);
        QVERIFY2(!opened.ok(), qPrintable(QString::number(i)));
        QCOMPARE(opened.error().kind, ErrorKind::Failed);
        QVERIFY(opened.message().contains(u"integrity"_s));
    }

    const auto wrongAad = aesGcmOpen(*key, *sealed, "settings:client_secret");
    QVERIFY(!wrongAad.ok());
    QVERIFY(!aesGcmOpen(*key, *sealed, QByteArray()).ok());

    QByteArray otherKey = *key;
    otherKey[0] = char(otherKey[0] ^ 0x01);
    QVERIFY(!aesGcmOpen(otherKey, *sealed, aad).ok());

    for (qsizetype n : {0, 1, 12, 27}) {
        const auto shortBlob = aesGcmOpen(*key, sealed->left(n), aad);
        QVERIFY(!shortBlob.ok());
        QCOMPARE(shortBlob.error().kind, ErrorKind::BadInput);
        QVERIFY(shortBlob.message().contains(u"too short"_s));
    }
    // Truncated by a byte: long enough to parse, but the tag no longer matches.
    QVERIFY(!aesGcmOpen(*key, sealed->chopped(1), aad).ok());

    for (int size : {0, 16, 31, 33}) {
        const auto badKey = aesGcmSeal(QByteArray(size, 'k'), plaintext, aad);
        QVERIFY(!badKey.ok());
        QCOMPARE(badKey.error().kind, ErrorKind::BadInput);
        QVERIFY(!aesGcmOpen(QByteArray(size, 'k'), *sealed, aad).ok());
    }
}

// ---- RSA-OAEP ----------------------------------------------------------------------------

void TestCrypto::rsaOaepRoundTrip()
{
    const auto pair = generateRsaKeyPairPem(2048);
    QVERIFY2(pair.ok(), qPrintable(pair.message()));
    const auto& [privatePem, publicPem] = *pair;
    QVERIFY(privatePem.startsWith("-----BEGIN PRIVATE KEY-----"));
    QVERIFY(publicPem.startsWith("-----BEGIN PUBLIC KEY-----"));

    for (const QByteArray& plaintext :
         {QByteArray("K7QX-RT4M-9HWC"), QByteArray(), QByteArray(190, '\xab')}) {
        const auto sealed = rsaOaepSeal(publicPem, plaintext);
        QVERIFY2(sealed.ok(), qPrintable(sealed.message()));
        QCOMPARE(sealed->size(), 256);
        const auto opened = rsaOaepOpen(privatePem, *sealed);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QCOMPARE(*opened, plaintext);
        // OAEP is randomised: sealing again gives a different ciphertext.
        QVERIFY(*rsaOaepSeal(publicPem, plaintext) != *sealed);
    }

    const auto tooLong = rsaOaepSeal(publicPem, QByteArray(191, 'x'));
    QVERIFY(!tooLong.ok());
    QCOMPARE(tooLong.error().kind, ErrorKind::BadInput);

    // Another key cannot open it, and neither can a tampered ciphertext.
    const auto sealed = rsaOaepSeal(publicPem, "client secret");
    QVERIFY(sealed.ok());
    const auto other = generateRsaKeyPairPem(2048);
    QVERIFY(other.ok());
    const auto wrongKey = rsaOaepOpen(other->first, *sealed);
    QVERIFY(!wrongKey.ok());
    QCOMPARE(wrongKey.error().kind, ErrorKind::Failed);
    QByteArray tampered = *sealed;
    tampered[100] = char(tampered[100] ^ 0x01);
    QVERIFY(!rsaOaepOpen(privatePem, tampered).ok());
}

void TestCrypto::rsaOaepRejects()
{
    // A 1024-bit RSA key and an Ed25519 key, as "PUBLIC KEY" PEM.
    const QByteArray rsa1024 =
        "-----BEGIN PUBLIC KEY-----\n"
        "MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQCVZ/UuTT4sOXIDg5PJuD4nLzXW\n"
        "kWIsVaawSjeRd2kIXyzQ2EOkp5QpbkJBkesHAONqUYtzcgzdLo7sJFQ9N2K9+A37\n"
        "VwDhKWMTSLf8HxMHFdcd/v7MsAud72FRZRC9IDJ5y1MJAR9Wv7IWOxrKlLj8h/LI\n"
        "c5lV5QjkuNmIzLZwZQIDAQAB\n"
        "-----END PUBLIC KEY-----\n";
    const QByteArray ed25519 =
        "-----BEGIN PUBLIC KEY-----\n"
        "MCowBQYDK2VwAyEAbJHCZ2aeooOqfCtvretrXWapOCKq49LUZCCeg61k+/A=\n"
        "-----END PUBLIC KEY-----\n";

    const auto weak = rsaOaepSeal(rsa1024, "x");
    QVERIFY(!weak.ok());
    QCOMPARE(weak.error().kind, ErrorKind::BadInput);
    QVERIFY2(weak.message().contains(u"1024 bits"_s), qPrintable(weak.message()));

    const auto notRsa = rsaOaepSeal(ed25519, "x");
    QVERIFY(!notRsa.ok());
    QVERIFY(notRsa.message().contains(u"not an RSA key"_s));

    QVERIFY(!rsaOaepSeal("not a key", "x").ok());
    QVERIFY(!rsaOaepSeal(QByteArray(), "x").ok());
    QVERIFY(!rsaOaepOpen("not a key", QByteArray(256, 'x')).ok());
    QVERIFY(!rsaOaepOpen(rsa1024, QByteArray(256, 'x')).ok()); // a public key cannot open

    for (int bits : {0, 512, 1024, 2047, 20000}) {
        const auto pair = generateRsaKeyPairPem(bits);
        QVERIFY(!pair.ok());
        QCOMPARE(pair.error().kind, ErrorKind::BadInput);
    }
}

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
