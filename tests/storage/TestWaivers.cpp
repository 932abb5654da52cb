#include "StorageTestUtil.h"

#include "storage/WaiverService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestWaivers : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void issueAndReceiveBringTheCaseBack();
    void badInputChangesNothing();
    void payloads_data();
    void payloads();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

void TestWaivers::initTestCase()
{
    m_db = test::openOrFail(m_dir.filePath(u"w.db"_s));
    QVERIFY(m_db && test::seedFamily(*m_db));
}

void TestWaivers::issueAndReceiveBringTheCaseBack()
{
    WaiverService waivers(*m_db);
    auto w = waivers.issue(m_desk, WaiverForm::MailEmailWaiver, u"S1"_s, u"G-M"_s, u"es"_s);
    QVERIFY2(w, qPrintable(w.message()));
    QCOMPARE(w->state, u"issued"_s);
    // The code on the returned form finds the case.
    auto id = WaiverService::waiverIdFromPayload(WaiverService::casePayload(w->waiverId));
    QVERIFY(id);
    auto received = waivers.receive(m_desk, *id);
    QVERIFY2(received, qPrintable(received.message()));
    QCOMPARE(received->state, u"received"_s);
    QCOMPARE(received->guardianId, u"G-M"_s);
    QVERIFY(!waivers.receive(m_desk, *id));   // once
    auto q = m_db->exec(u"SELECT type, data FROM outbox WHERE type LIKE 'waiver.%' ORDER BY seq"_s);
    QVERIFY(q);
    QStringList types;
    while (q->next()) {
        types.append(q->value(0).toString());
        const QJsonObject d = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
        QCOMPARE(d.value(u"waiver_id"_s).toString(), w->waiverId);
        QCOMPARE(d.value(u"form"_s).toString(), u"mail_email_waiver"_s);
    }
    QCOMPARE(types, (QStringList{u"waiver.issued"_s, u"waiver.received"_s}));
    // A Parent Access Request form for an adult not on record.
    auto par = waivers.issue(m_desk, WaiverForm::ParentAccessRequest, u"S1"_s, QString(), u"hy"_s);
    QVERIFY2(par, qPrintable(par.message()));
    QVERIFY(par->guardianId.isEmpty());
}

void TestWaivers::badInputChangesNothing()
{
    WaiverService waivers(*m_db);
    auto before = m_db->exec(u"SELECT count(*) FROM waivers"_s);
    QVERIFY(before && before->next());
    const int n = before->value(0).toInt();
    before->finish();
    QVERIFY(!waivers.issue(m_desk, WaiverForm::MailEmailWaiver, u"S1"_s, QString(), u"es"_s));
    QVERIFY(!waivers.issue(m_desk, WaiverForm::MailEmailWaiver, u"S1"_s, u"G-NOPE"_s, u"es"_s));
    QVERIFY(!waivers.issue(m_desk, WaiverForm::MailEmailWaiver, u"S1"_s, u"G-M"_s, u"<script>"_s));
    QCOMPARE(waivers.issue(Actor{u"a"_s, {}, Roles(Role::Administrator)}, WaiverForm::ParentAccessRequest, {}, {}, u"en"_s)
                 .error().kind, ErrorKind::Denied);
    auto after = m_db->exec(u"SELECT count(*) FROM waivers"_s);
    QVERIFY(after && after->next());
    QCOMPARE(after->value(0).toInt(), n);
}

void TestWaivers::payloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << QByteArray("GDW1:6f1c2b3a-1d2e-4f5a-8b9c-0d1e2f3a4b5c") << true;
    QTest::newRow("another scheme") << QByteArray("GDS1.abc") << false;
    QTest::newRow("sql") << QByteArray("GDW1:' OR 1=1 --") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestWaivers::payloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(bool, ok);
    QCOMPARE(WaiverService::waiverIdFromPayload(payload).ok(), ok);
}

QTEST_GUILESS_MAIN(TestWaivers)
#include "TestWaivers.moc"
