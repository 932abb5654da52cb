#include "StorageTestUtil.h"

#include "storage/AuditLog.h"
#include "storage/Retention.h"
#include "storage/Settings.h"
#include "storage/VerificationLog.h"
#include "storage/VerificationService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

// Retention (issue 14, item 6): after the district's period a verification's ID details are
// purged from the log and from the district's delivered copies of its event; type, method and
// outcome stay for counts; nothing that is not due changes; only an administrator purges.
class TestRetention : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void purgesOnlyWhatIsDueAndKeepsTheCounts();
    void anEventStillWaitingKeepsItsDetailsUntilDelivered();
    void noCopyOfAPurgedDetailStaysInTheFiles();
    void onlyAnAdministratorPurgesAndThePeriodIsChecked();

private:
    QString verifyAt(const QDateTime& at, const QString& issuer);
    QString row(const QString& verificationId, const QString& column);
    QJsonObject eventOf(const QString& verificationId);
    void deliver(const QString& verificationId);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_n = 0;
    QString m_old; // 2023-01-10, delivered
    QString m_waiting; // 2023-02-01, its event not delivered yet
    QString m_recent; // 2026-09-01
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
};

QString TestRetention::verifyAt(const QDateTime& at, const QString& issuer)
{
    m_clock.set(at);
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id.type = IdType::ConsularId;
    r.id.issuer = issuer;
    r.id.numberLast4 = u"8391"_s;
    r.id.expiresOn = at.date().addYears(4);
    r.id.givenNames = u"Maria Jose"_s;
    r.id.familyNames = u"Lopez"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    if (!v || !v->verified()) {
        qWarning("verify failed: %s", v ? "refused" : qPrintable(v.message()));
        return {};
    }
    return v->verificationId;
}

QString TestRetention::row(const QString& verificationId, const QString& column)
{
    auto q = m_db->exec(u"SELECT %1 FROM verifications WHERE verification_id = ?"_s.arg(column), {verificationId});
    return q && q->next() ? q->value(0).toString() : u"<no row>"_s;
}

QJsonObject TestRetention::eventOf(const QString& verificationId)
{
    // An event carries no verification id: it is found by its verification's time.
    auto t = m_db->exec(u"SELECT o.data FROM outbox o JOIN verifications v ON v.occurred_at = o.occurred_at "
                        u"WHERE o.type = 'guardian.verified' AND v.verification_id = ?"_s,
                        {verificationId});
    return t && t->next() ? QJsonDocument::fromJson(t->value(0).toByteArray()).object() : QJsonObject();
}

void TestRetention::deliver(const QString& verificationId)
{
    QVERIFY(m_db->exec(u"UPDATE outbox SET state = 'done', delivered_at = occurred_at WHERE type = 'guardian.verified' "
                       u"AND occurred_at = (SELECT occurred_at FROM verifications WHERE verification_id = ?)"_s,
                       {verificationId}));
}

void TestRetention::init()
{
    m_db.reset();
    m_path = m_dir.filePath(u"r%1.db"_s.arg(++m_n));
    m_db = test::openOrFail(m_path, &m_clock);
    QVERIFY(m_db && test::seedFamily(*m_db));
    m_old = verifyAt(QDateTime(QDate(2023, 1, 10), QTime(17, 0), Qt::UTC), u"Zacatecas"_s);
    m_waiting = verifyAt(QDateTime(QDate(2023, 2, 1), QTime(17, 0), Qt::UTC), u"Durango"_s);
    m_recent = verifyAt(QDateTime(QDate(2026, 9, 1), QTime(17, 0), Qt::UTC), u"Jalisco"_s);
    QVERIFY(!m_old.isEmpty() && !m_waiting.isEmpty() && !m_recent.isEmpty());
    deliver(m_old);
    deliver(m_recent);
    QCOMPARE(eventOf(m_old)[u"id_document"_s][u"issuer"_s].toString(), u"Zacatecas"_s);
    m_clock.set(QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC));
}

void TestRetention::purgesOnlyWhatIsDueAndKeepsTheCounts()
{
    // Default period: 1,095 days, so the cut is 2023-09-15.
    auto due = Retention(*m_db).due(m_clock.now());
    QVERIFY(due);
    QCOMPARE(due->days, 1095);
    QCOMPARE(due->cutoff, u"2023-09-15T16:00:00Z"_s);
    QCOMPARE(due->verifications, 2);
    QCOMPARE(due->events, 1);
    QCOMPARE(due->eventsWaiting, 1);
    QCOMPARE(row(m_old, u"id_issuer"_s), u"Zacatecas"_s); // due() changed nothing

    auto purged = Retention(*m_db).purge(test::admin(), m_clock.now());
    QVERIFY2(purged, qPrintable(purged.message()));
    QCOMPARE(purged->verifications, 2);
    QCOMPARE(purged->events, 1);
    for (const QString& id : {m_old, m_waiting}) {
        for (const char* column : {"id_issuer", "id_last4", "id_expires_on", "id_captured_by"})
            QVERIFY2(row(id, QString::fromLatin1(column)).isEmpty(), column);
        QCOMPARE(row(id, u"id_type"_s), u"consular_id"_s);
        QCOMPARE(row(id, u"outcome"_s), u"verified"_s);
        QCOMPARE(row(id, u"method"_s), u"in_person"_s);
        QVERIFY(!row(id, u"id_details_purged_at"_s).isEmpty());
    }
    // The recent verification keeps everything.
    QCOMPARE(row(m_recent, u"id_issuer"_s), u"Jalisco"_s);
    QCOMPARE(row(m_recent, u"id_last4"_s), u"8391"_s);
    QVERIFY(row(m_recent, u"id_details_purged_at"_s).isEmpty());

    // The delivered event keeps type and method, not the details; the recent one is whole.
    const QJsonObject old = eventOf(m_old);
    QCOMPARE(old[u"method"_s].toString(), u"in_person"_s);
    QCOMPARE(old[u"id_document"_s][u"type"_s].toString(), u"consular_id"_s);
    QVERIFY(!old[u"id_document"_s].toObject().contains(u"issuer"_s));
    QVERIFY(!old[u"id_document"_s].toObject().contains(u"number_last4"_s));
    QVERIFY(!old[u"id_document"_s].toObject().contains(u"expires_on"_s));
    QCOMPARE(eventOf(m_recent)[u"id_document"_s][u"number_last4"_s].toString(), u"8391"_s);

    // Counts still add up: three verifications, all by consular ID.
    VerificationLog::Filter all;
    all.from = QDate(2023, 1, 1);
    all.to = QDate(2026, 12, 31);
    auto summary = VerificationLog::summarize(*m_db, all);
    QVERIFY(summary);
    QCOMPARE(summary->verified, 3);
    QCOMPARE(summary->byIdType.size(), 1);
    QCOMPARE(summary->byIdType[0].count, 3);

    // Audited, and the chain holds.
    auto a = m_db->exec(u"SELECT details FROM audit_log WHERE action = 'retention.id_details_purged'"_s);
    QVERIFY(a && a->next());
    const QJsonObject details = QJsonDocument::fromJson(a->value(0).toByteArray()).object();
    QCOMPARE(details[u"verifications"_s].toInt(), 2);
    QCOMPARE(details[u"events_waiting"_s].toInt(), 1);
    auto chain = AuditLog::verify(*m_db);
    QVERIFY(chain && chain->holds());

    // Nothing more is due until time passes.
    auto again = Retention(*m_db).purge(test::admin(), m_clock.now());
    QVERIFY(again);
    QCOMPARE(again->verifications, 0);
    QCOMPARE(again->events, 0);
}

void TestRetention::anEventStillWaitingKeepsItsDetailsUntilDelivered()
{
    QVERIFY(Retention(*m_db).purge(test::admin(), m_clock.now()));
    // The district has not received this one yet: it must arrive whole.
    QCOMPARE(eventOf(m_waiting)[u"id_document"_s][u"issuer"_s].toString(), u"Durango"_s);
    deliver(m_waiting);
    auto later = Retention(*m_db).purge(test::admin(), m_clock.now());
    QVERIFY(later);
    QCOMPARE(later->verifications, 0);
    QCOMPARE(later->events, 1);
    QCOMPARE(later->eventsWaiting, 0);
    QVERIFY(!eventOf(m_waiting)[u"id_document"_s].toObject().contains(u"issuer"_s));
}

void TestRetention::noCopyOfAPurgedDetailStaysInTheFiles()
{
    QVERIFY(Retention(*m_db).purge(test::admin(), m_clock.now()));
    QByteArray bytes;
    for (const QString& p : {m_path, QString(m_path + u"-wal"_s)}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    QVERIFY(!bytes.isEmpty());
    QVERIFY2(!bytes.contains("Zacatecas"), "the purged issuer is still in the database file or its WAL");
    QVERIFY(bytes.contains("Jalisco")); // the check can see what is there
}

void TestRetention::onlyAnAdministratorPurgesAndThePeriodIsChecked()
{
    const QByteArray before = test::fileDigest(m_path);
    auto denied = Retention(*m_db).purge(m_desk, m_clock.now());
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Denied);
    QCOMPARE(test::fileDigest(m_path), before);
    QCOMPARE(row(m_old, u"id_issuer"_s), u"Zacatecas"_s);

    Settings settings(*m_db);
    QVERIFY(!settings.set(test::admin(), Settings::RetentionDays, u"10"_s));
    QVERIFY(!settings.set(test::admin(), Settings::RetentionDays, u"forever"_s));
    QVERIFY(settings.set(test::admin(), Settings::RetentionDays, u"30"_s));
    auto due = Retention(*m_db).due(m_clock.now());
    QVERIFY(due);
    QCOMPARE(due->verifications, 2); // September 1 is 13 days old
    m_clock.set(QDateTime(QDate(2026, 10, 2), QTime(16, 0), Qt::UTC));
    due = Retention(*m_db).due(m_clock.now());
    QVERIFY(due);
    QCOMPARE(due->verifications, 3); // 31 days later it is due too
}

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
