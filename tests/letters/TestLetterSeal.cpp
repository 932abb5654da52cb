#include "core/LetterSeal.h"
#include "core/crypto/Ed25519.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

crypto::Ed25519Key deviceKey(char seed = 7)
{
    auto key = crypto::Ed25519Key::fromPrivateKey(QByteArray(32, seed));
    Q_ASSERT(key);
    return std::move(key).value();
}

LetterSealContent printed()
{
    return {u"(213) 555-0100"_s, u"https://portal.example.org"_s, u"María López"_s, {u"Ana López"_s, u"Luis López"_s}};
}

LetterSealData sample()
{
    LetterSealData d;
    d.letterId = u"6f1c2b9e-3a4d-4f5e-8a9b-0c1d2e3f4a5b"_s;
    d.serial = 42;
    d.contentDigest = LetterSeal::contentDigest(printed());
    d.keyIds = {u"9a8b7c6d-1e2f-4a3b-9c4d-5e6f7a8b9c0d"_s, u"KEY-0002"_s};
    d.schoolCode = u"1234"_s;
    d.issuedAt = QDateTime(QDate(2026, 9, 1), QTime(15, 4, 5), Qt::UTC);
    return d;
}

// Replaces field `index` (0 = "GDS2") of a seal.
QByteArray withField(const QByteArray& seal, int index, const QByteArray& value)
{
    QByteArrayList f = seal.split('.');
    f[index] = value;
    return f.join('.');
}

} // namespace

class TestLetterSeal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void compactAndPrintable();
    void deterministicAndCanonical();
    void wrongKeyFails();
    void tamperedFieldsFail_data();
    void tamperedFieldsFail();
    void damagedSealsAreBadInput_data();
    void damagedSealsAreBadInput();
    void refusesBadData_data();
    void refusesBadData();
    void signerKeyIdPicksTheKey();
    void neverHoldsASecret();
    void digestBindsWhatTheParentReads();
    void oldSealsStillOpenAsVersionOne();
    void opensASealMadeByAnIndependentImplementation();
};

void TestLetterSeal::roundTrip()
{
    const auto key = deviceKey();
    auto seal = LetterSeal::seal(sample(), key);
    QVERIFY2(seal, qPrintable(seal.message()));
    QVERIFY(seal->startsWith("GDS2."));
    auto opened = LetterSeal::open(*seal, key.publicKey());
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(*opened, sample());
    QCOMPARE(opened->issuedAt.timeSpec(), Qt::UTC);
    // A line end added by a scanner does not matter.
    QVERIFY(LetterSeal::open(*seal + "\r\n", key.publicKey()));
}

void TestLetterSeal::compactAndPrintable()
{
    auto seal = LetterSeal::seal(sample(), deviceKey());
    QVERIFY(seal);
    // UUIDs travel as 16 bytes: the whole seal fits a small QR code.
    QVERIFY2(seal->size() < 240, seal->constData());
    for (char c : *seal)
        QVERIFY(QByteArrayView("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~").contains(c));
    QCOMPARE(seal->count('.'), 8);
}

void TestLetterSeal::deterministicAndCanonical()
{
    const auto key = deviceKey();
    auto a = LetterSeal::seal(sample(), key);
    auto b = LetterSeal::seal(sample(), key);
    QVERIFY(a && b);
    QCOMPARE(*a, *b);
    QCOMPARE(a->left(a->lastIndexOf('.')), LetterSeal::signedBytes(sample(), key.publicKey()));
    // Sub-second parts are not sealed.
    LetterSealData d = sample();
    d.issuedAt = d.issuedAt.addMSecs(250);
    QCOMPARE(*LetterSeal::seal(d, key), *a);
}

void TestLetterSeal::wrongKeyFails()
{
    auto seal = LetterSeal::seal(sample(), deviceKey(7));
    QVERIFY(seal);
    auto opened = LetterSeal::open(*seal, deviceKey(8).publicKey());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    QVERIFY2(opened.message().contains(u"another device key"_s), qPrintable(opened.message()));
    QVERIFY(!LetterSeal::open(*seal, QByteArray(5, 'x')));
}

void TestLetterSeal::tamperedFieldsFail_data()
{
    QTest::addColumn<int>("field");
    QTest::addColumn<QByteArray>("value");
    const auto key = deviceKey();
    LetterSealData other = sample();
    other.letterId = u"6f1c2b9e-3a4d-4f5e-8a9b-0c1d2e3f4a5c"_s;
    const QByteArrayList forged = LetterSeal::signedBytes(other, key.publicKey()).split('.');
    LetterSealContent phishing = printed();
    phishing.schoolPhone = u"(213) 555-0199"_s;
    QTest::newRow("letter id") << 1 << forged[1];
    QTest::newRow("lifted onto another serial") << 2 << QByteArray("43");
    QTest::newRow("one key dropped") << 3 << QByteArray("t" + sample().keyIds.at(1).toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QTest::newRow("school") << 4 << QByteArray("NDMyMQ");                // "4321"
    QTest::newRow("issue time") << 5 << QByteArray("1788274000");
    QTest::newRow("another phone number") << 6 << LetterSeal::contentDigest(phishing).toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

void TestLetterSeal::tamperedFieldsFail()
{
    QFETCH(int, field);
    QFETCH(QByteArray, value);
    const auto key = deviceKey();
    auto seal = LetterSeal::seal(sample(), key);
    QVERIFY(seal);
    const QByteArray tampered = withField(*seal, field, value);
    QVERIFY(tampered != *seal);
    auto opened = LetterSeal::open(tampered, key.publicKey());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::Failed);
    QVERIFY2(opened.message().contains(u"not genuine"_s), qPrintable(opened.message()));
}

void TestLetterSeal::damagedSealsAreBadInput_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("says");
    const auto seal = *LetterSeal::seal(sample(), deviceKey());
    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("a URL") << QByteArray("https://example.org/") << u"not a GuardianDesk"_s;
    QTest::newRow("newer version") << QByteArray(seal).replace("GDS2.", "GDS3.") << u"GDS3"_s;
    QTest::newRow("cut short") << seal.left(seal.lastIndexOf('.')) << u"incomplete"_s;
    QTest::newRow("extra part") << seal + ".x" << u"incomplete"_s;
    QTest::newRow("bad base64") << withField(seal, 4, "MT!zNA") << u"school code"_s;
    QTest::newRow("padding") << withField(seal, 4, "MTIzNA==") << u"school code"_s;
    QTest::newRow("serial with a sign") << withField(seal, 2, "+42") << u"serial number"_s;
    QTest::newRow("serial zero") << withField(seal, 2, "0") << u"serial number"_s;
    QTest::newRow("short digest") << withField(seal, 6, "AAAA") << u"digest"_s;
    QTest::newRow("unknown id tag") << withField(seal, 1, "xAAAA") << u"letter id"_s;
    QTest::newRow("uuid as text") << withField(seal, 1, "t" + sample().letterId.toUtf8().toBase64(
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)) << u"letter id"_s;
    QTest::newRow("time with a sign") << withField(seal, 5, "+1788274000") << u"issue time"_s;
    QTest::newRow("time in year 1970") << withField(seal, 5, "5") << u"between 2000"_s;
    QTest::newRow("short signature") << withField(seal, 8, "AAAA") << u"signature"_s;
}

void TestLetterSeal::damagedSealsAreBadInput()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, says);
    auto opened = LetterSeal::open(payload, deviceKey().publicKey());
    QVERIFY(!opened);
    QCOMPARE(opened.error().kind, ErrorKind::BadInput);
    QVERIFY2(opened.message().contains(says), qPrintable(opened.message()));
}

void TestLetterSeal::refusesBadData_data()
{
    QTest::addColumn<int>("what");
    for (int i = 0; i < 10; ++i)
        QTest::addRow("case %d", i) << i;
}

void TestLetterSeal::refusesBadData()
{
    QFETCH(int, what);
    LetterSealData d = sample();
    switch (what) {
    case 0: d.letterId.clear(); break;
    case 1: d.keyIds.clear(); break;
    case 2: d.keyIds.append(QString()); break;
    case 3: d.schoolCode = QString(40, u'1'); break;
    case 4: d.issuedAt = {}; break;
    case 5: d.letterId = u"has space"_s; break;
    case 6: for (int i = 0; i < 17; ++i) d.keyIds.append(u"k%1"_s.arg(i)); break;
    case 7: d.serial = 0; break;
    case 8: d.contentDigest.clear(); break;
    case 9: d.version = 1; d.serial = 0; d.contentDigest.clear(); break;   // old seals are only read
    }
    auto seal = LetterSeal::seal(d, deviceKey());
    QVERIFY(!seal);
    QCOMPARE(seal.error().kind, ErrorKind::BadInput);
}

void TestLetterSeal::signerKeyIdPicksTheKey()
{
    const auto a = deviceKey(1);
    const auto b = deviceKey(2);
    auto seal = LetterSeal::seal(sample(), b);
    QVERIFY(seal);
    auto id = LetterSeal::signerKeyId(*seal);
    QVERIFY(id);
    QCOMPARE(*id, LetterSeal::keyIdOf(b.publicKey()));
    QVERIFY(*id != LetterSeal::keyIdOf(a.publicKey()));
    QVERIFY(!LetterSeal::signerKeyId("nonsense"));
}

void TestLetterSeal::neverHoldsASecret()
{
    // The seal is built from ids only: nothing else can reach it. A key id that happens to
    // look like a secret is carried as given, which is why ids must never be secrets.
    const auto key = deviceKey();
    auto seal = LetterSeal::seal(sample(), key);
    QVERIFY(seal);
    for (const QString& secretLike : {u"4729-1836"_s, u"XK7QMDTP"_s})
        QVERIFY(!seal->contains(secretLike.toUtf8()));
    QVERIFY(LetterSeal::looksLikeSeal(*seal));
    QVERIFY(!LetterSeal::looksLikeSeal("GDS.x"));
}

void TestLetterSeal::digestBindsWhatTheParentReads()
{
    const QByteArray base = LetterSeal::contentDigest(printed());
    QCOMPARE(base.size(), LetterSeal::kDigestBytes);
    LetterSealContent c = printed();
    c.portalUrl = u"https://portal.example.org.phish.example"_s;
    QVERIFY(LetterSeal::contentDigest(c) != base);
    c = printed();
    c.guardianName = u"Maria Lopez"_s;
    QVERIFY(LetterSeal::contentDigest(c) != base);
    c = printed();
    std::swap(c.studentNames[0], c.studentNames[1]);
    QVERIFY(LetterSeal::contentDigest(c) != base);
    c = printed();   // fields cannot run into each other
    c.schoolPhone += c.portalUrl.left(5);
    c.portalUrl = c.portalUrl.mid(5);
    QVERIFY(LetterSeal::contentDigest(c) != base);
    c = printed();   // the same name, composed or decomposed, is the same name
    c.guardianName = u"Mari\u0301a Lo\u0301pez"_s;
    QCOMPARE(LetterSeal::contentDigest(c), base);
}

void TestLetterSeal::oldSealsStillOpenAsVersionOne()
{
    // A seal printed before version 2 (the fuzzer's seed, signed with bytes 1..32 as the key).
    const QByteArray v1 = "GDS1.uD4-tW9nLRp-hZXCGdyiVDg.tSy0xMDAx~tSy0xMDAy.MTIzNA.1764000000.ZbYGc9btiEs."
                          "HX6AuMovNjyMjIkeFbGjxik2JAaXVriPi_UcFF_b3mFi4bfoxbEvxhgA0Us2rJpA9_fckQlTfu3cmohGdi9BDA";
    QByteArray raw(32, '\0');
    for (int i = 0; i < raw.size(); ++i)
        raw[i] = char(i + 1);
    auto key = crypto::Ed25519Key::fromPrivateKey(raw);
    QVERIFY(key);
    auto opened = LetterSeal::open(v1, key->publicKey());
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(opened->version, 1);
    QCOMPARE(opened->serial, 0);
    QVERIFY(opened->contentDigest.isEmpty());
    QCOMPARE(opened->keyIds.size(), 2);
    QCOMPARE(*LetterSeal::signerKeyId(v1), LetterSeal::keyIdOf(key->publicKey()));
    QCOMPARE(LetterSeal::signedBytes(*opened, key->publicKey()), v1.left(v1.lastIndexOf('.')));
    // Its signature still binds it: an edited old seal fails like a new one.
    auto edited = LetterSeal::open(withField(v1, 3, "NDMyMQ"), key->publicKey());
    QVERIFY(!edited);
    QCOMPARE(edited.error().kind, ErrorKind::Failed);
    // A version-2 body under the version-1 domain is not a seal of either version.
    QVERIFY(!LetterSeal::open(QByteArray(v1).replace("GDS1.", "GDS2."), key->publicKey()));
}

void TestLetterSeal::opensASealMadeByAnIndependentImplementation()
{
    // Made from the format description above with Python's "cryptography" package (also the
    // fuzzer's seed genuine-v2-two-keys), key bytes 1..32.
    const QByteArray v2 = "GDS2.uDz4-tW9nTRp-hZXCgZ3FTg.42.tMS0xMDAx~tMS0xMDAy.MTIzNA.1764000000.Cnp8M79r8mh1M0jvdDzG7g."
                          "ZbYGc9btiEs.XcfQ73ZEy18hHDquLuIZbYY2O3jJkH9gXaIDkoZvy9z2HZjstHzXJLhNAgcw2yBTtgnR5eUfuLaBOEeAggtUDQ";
    QByteArray raw(32, '\0');
    for (int i = 0; i < raw.size(); ++i)
        raw[i] = char(i + 1);
    auto key = crypto::Ed25519Key::fromPrivateKey(raw);
    QVERIFY(key);
    auto opened = LetterSeal::open(v2, key->publicKey());
    QVERIFY2(opened, qPrintable(opened.message()));
    QCOMPARE(opened->version, 2);
    QCOMPARE(opened->serial, 42);
    QCOMPARE(opened->letterId, u"0f3e3eb5-6f67-4d1a-7e85-95c2819dc54e"_s);
    QCOMPARE(opened->keyIds, QStringList({u"1-1001"_s, u"1-1002"_s}));
    QCOMPARE(opened->contentDigest, LetterSeal::contentDigest(printed()));
    QCOMPARE(*LetterSeal::seal(*opened, *key), v2);
}

QTEST_GUILESS_MAIN(TestLetterSeal)
#include "TestLetterSeal.moc"
