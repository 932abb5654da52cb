// Settings that are printed on letters or shown on screens follow the same text rule as names
// and addresses (core/rules/TextChecks): a refused value names the setting and the character,
// and changes nothing.

#include "StorageTestUtil.h"

#include "storage/Settings.h"

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestSettingsChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void hostileTextIsRefused_data();
    void hostileTextIsRefused();
    void namesInEveryScriptAreKept_data();
    void namesInEveryScriptAreKept();

private:
    int auditedChanges();

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_n = 0;
};

void TestSettingsChecks::init()
{
    m_db.reset();
    m_db = test::openOrFail(m_dir.filePath(u"settings-%1.db"_s.arg(++m_n)));
    QVERIFY(m_db);
}

int TestSettingsChecks::auditedChanges()
{
    auto q = m_db->exec(u"SELECT count(*) FROM audit_log WHERE action = 'setting.changed'"_s);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestSettingsChecks::hostileTextIsRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("codePoint");
    QTest::newRow("school name with RLO") << Settings::SchoolName << u"Lincoln \u202Eloohcs"_s << u"U+202E"_s;
    QTest::newRow("district name with LRI") << Settings::DistrictName << u"\u2066Unified"_s << u"U+2066"_s;
    QTest::newRow("return address with U+2028") << Settings::SchoolAddressLine1 << u"100 School St\u2028Room 9"_s
                                                << u"U+2028"_s;
    QTest::newRow("phone with a zero-width space") << Settings::SchoolPhone << u"(213) 555\u200B-0100"_s << u"U+200B"_s;
    QTest::newRow("city with a control") << Settings::SchoolCity << u"Los\u0007Angeles"_s << u"U+0007"_s;
    QTest::newRow("key file path with PDI") << Settings::DistrictPublicKeyFile << u"/etc/guardiandesk/\u2069key.pem"_s
                                            << u"U+2069"_s;
    QTest::newRow("portal address with RLO") << Settings::PortalUrl << u"https://portal.example.org/\u202Egpj.exe"_s
                                             << u"U+202E"_s;
}

void TestSettingsChecks::hostileTextIsRefused()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QFETCH(QString, codePoint);
    Settings settings(*m_db);
    const QString before = settings.value(key);
    const Status set = settings.set(test::admin(), key, value);
    QVERIFY(!set);
    QCOMPARE(set.error().kind, ErrorKind::BadInput);
    QVERIFY2(set.message().startsWith(key + u" must be"_s), qPrintable(set.message()));
    QVERIFY2(set.message().contains(codePoint), qPrintable(set.message()));
    QCOMPARE(settings.value(key), before);
    QCOMPARE(auditedChanges(), 0);
}

void TestSettingsChecks::namesInEveryScriptAreKept_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");
    // ZWNJ inside a Persian word, ZWJ inside a Bengali one: spelling, not hazards.
    QTest::newRow("Persian school name with ZWNJ")
        << Settings::SchoolName << u"\u062F\u0628\u0633\u062A\u0627\u0646 \u0645\u06CC\u200C\u0646\u0627"_s;
    QTest::newRow("Bengali district name with ZWJ") << Settings::DistrictName << u"\u09B0\u200D\u09CD\u09AF\u09BE\u09AC"_s;
    QTest::newRow("Spanish city") << Settings::SchoolCity << u"San José"_s;
}

void TestSettingsChecks::namesInEveryScriptAreKept()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    Settings settings(*m_db);
    const Status set = settings.set(test::admin(), key, value);
    QVERIFY2(set, qPrintable(set.message()));
    QCOMPARE(settings.value(key), value);
    QCOMPARE(auditedChanges(), 1);
}

QTEST_GUILESS_MAIN(TestSettingsChecks)
#include "TestSettingsChecks.moc"
