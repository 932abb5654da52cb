#include "StorageTestUtil.h"

#include "storage/AccessKeyIssuer.h"
#include "storage/AuditLog.h"
#include "storage/LetterQueue.h"
#include "storage/VerificationService.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestLetterQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void aQueuedLetterHoldsNoKey();
    void printingRecordsKeysEventsAndPrintedTogether();
    void aFailedDrawingLeavesTheLetterQueuedWithNoKey();
    void voidingAQueuedLetterRevokesNothing();
    void voidingAPrintedLetterIsAnAdministratorsRevocation();
    void rolesAreEnforced();

private:
    QString issueQueued();
    PrintRecord recordFor(const QString& letterId);
    Status printWith(const Actor& actor, const QString& letterId, const std::function<Status()>& draw = {});
    int count(const QString& sql);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    int m_n = 0;
    const Actor m_desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
    const Actor m_printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
};

void TestLetterQueue::init()
{
    m_db.reset();
    QDir(m_dir.path()).mkdir(QString::number(++m_n));
    m_db = test::openOrFail(m_dir.filePath(u"%1/q.db"_s.arg(m_n)), &m_clock);
    QVERIFY(m_db);
    QVERIFY(test::seedFamily(*m_db));
    QVERIFY(!test::configureDistrictKey(*m_db, m_dir.filePath(u"%1/district.pem"_s.arg(m_n))).isEmpty());
}

int TestLetterQueue::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

QString TestLetterQueue::issueQueued()
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id.type = IdType::Passport;
    r.id.issuer = u"Mexico"_s;
    r.id.numberLast4 = u"A123"_s;
    r.id.expiresOn = QDate(2031, 5, 1);
    r.id.givenNames = u"MARIA JOSE"_s;
    r.id.familyNames = u"LOPEZ"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    if (!v || !v->verified())
        return {};
    auto issued = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {});
    return issued ? issued->letterId : QString();
}

// What the print service hands over after it made the keys (here: ids and placeholder seals).
PrintRecord TestLetterQueue::recordFor(const QString& letterId)
{
    PrintRecord record;
    auto letter = LetterQueue(*m_db).open(m_printer, letterId);
    if (!letter)
        return record;
    for (const LetterLinkToPrint& link : std::as_const(letter->links))
        record.keys.append({link.studentId, QUuid::createUuid().toString(QUuid::WithoutBraces), KeyKind::CreationCode,
                            QDate(2026, 10, 14), u"c2VhbGVk"_s});
    return record;
}

Status TestLetterQueue::printWith(const Actor& actor, const QString& letterId, const std::function<Status()>& draw)
{
    return LetterQueue(*m_db).recordPrinted(actor, letterId, LetterQueue::Purpose::Queue, recordFor(letterId), draw);
}

void TestLetterQueue::aQueuedLetterHoldsNoKey()
{
    const QString id = issueQueued();
    QVERIFY(!id.isEmpty());
    LetterQueue queue(*m_db);
    auto list = queue.list(m_printer);
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    const QueuedLetter& l = list->first();
    QCOMPARE(l.guardianName, u"María José López"_s);
    QCOMPARE(l.studentNames, (QStringList{u"Ana García López"_s, u"Luis García López"_s}));
    QVERIFY(l.printable());
    QCOMPARE(l.links, 2);
    QCOMPARE(l.staffId, m_desk.staffId);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type LIKE 'access_key.%'"_s), 0);
    // No table could hold a secret: the schema has no such column anywhere.
    auto columns = m_db->exec(u"SELECT group_concat(name) FROM pragma_table_info('letter_links')"_s);
    QVERIFY(columns && columns->next());
    QVERIFY(!columns->value(0).toString().contains(u"secret"_s));
    QCOMPARE(count(u"SELECT count(*) FROM sqlite_schema WHERE name = 'letter_secrets'"_s), 0);

    auto toPrint = queue.open(m_printer, id);
    QVERIFY2(toPrint, qPrintable(toPrint.message()));
    QCOMPARE(toPrint->links.size(), 2);
    QCOMPARE(toPrint->links[0].studentId, u"S1"_s);
    QVERIFY(toPrint->links[0].relationship.has_value());
    QCOMPARE(toPrint->guardian.address.postalCode, u"90012"_s);
}

void TestLetterQueue::printingRecordsKeysEventsAndPrintedTogether()
{
    const QString id = issueQueued();
    bool drawn = false;
    QVERIFY(printWith(m_printer, id, [&] {
        drawn = true;
        return Status{};
    }));
    QVERIFY(drawn);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'access_key.issued'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE state = 'issued' AND key_id IS NOT NULL"_s), 2);
    auto e = m_db->exec(u"SELECT data FROM outbox WHERE type = 'letter.printed'"_s);
    QVERIFY(e && e->next());
    const QJsonObject d = QJsonDocument::fromJson(e->value(0).toString().toUtf8()).object();
    QCOMPARE(d.value(u"letter_id"_s).toString(), id);
    QCOMPARE(d.value(u"language"_s).toString(), u"es"_s);
    QCOMPARE(d.value(u"reprint"_s).toBool(true), false);
    e->finish();

    // Printed once: a second print is refused, and the queue is empty.
    LetterQueue queue(*m_db);
    auto again = queue.open(m_printer, id);
    QVERIFY(!again);
    QVERIFY(again.message().contains(u"reprint is a reissue"_s));
    QVERIFY(!printWith(m_printer, id));
    QCOMPARE(queue.list(m_printer)->size(), 0);
    auto printed = queue.list(m_printer, u"printed"_s);
    QCOMPARE(printed->size(), 1);
    QCOMPARE(printed->first().links, 2);
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestLetterQueue::aFailedDrawingLeavesTheLetterQueuedWithNoKey()
{
    const QString id = issueQueued();
    const int eventsBefore = count(u"SELECT count(*) FROM outbox"_s);
    const int auditBefore = count(u"SELECT count(*) FROM audit_log"_s);
    auto failed = printWith(m_printer, id, [] { return Status(Error::io(u"the printer went away"_s)); });
    QVERIFY(!failed);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), eventsBefore);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
    // A failing database half-way through the change: the same.
    m_db->failNthCall(6);
    QVERIFY(!printWith(m_printer, id));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE state = 'pending'"_s), 2);
    // And it simply prints on the next try.
    QVERIFY(printWith(m_printer, id));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 2);
}

void TestLetterQueue::voidingAQueuedLetterRevokesNothing()
{
    const QString id = issueQueued();
    LetterQueue queue(*m_db);
    QVERIFY(!queue.voidLetter(m_printer, id, u"jam"_s));   // a reason is a sentence
    QVERIFY(queue.voidLetter(m_printer, id, u"Printer jammed and tore the page"_s));
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'access_key.revoked'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'voided'"_s), 1);
    QVERIFY(!queue.open(m_printer, id));
    auto voided = queue.list(m_printer, u"voided"_s);
    QVERIFY(voided && voided->size() == 1);
    QCOMPARE(voided->first().studentNames.size(), 2);
}

void TestLetterQueue::voidingAPrintedLetterIsAnAdministratorsRevocation()
{
    const QString id = issueQueued();
    QVERIFY(printWith(m_printer, id));
    LetterQueue queue(*m_db);
    const QString why = u"The envelope was sent to a wrong address"_s;
    auto denied = queue.voidLetter(m_printer, id, why);
    QVERIFY(!denied);
    QCOMPARE(denied.error().kind, ErrorKind::Denied);
    QCOMPARE(queue.voidLetter(m_desk, id, why).error().kind, ErrorKind::Denied);
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'active'"_s), 2);
    QVERIFY(queue.voidLetter(test::admin(), id, why));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'revoked' AND revoke_reason = 'staff_error'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'access_key.revoked'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'access_key.revoked' "
                   "AND json_extract(details, '$.reason') = 'staff_error'"_s), 2);
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestLetterQueue::rolesAreEnforced()
{
    const QString id = issueQueued();
    LetterQueue queue(*m_db);
    const Actor admin = test::admin();
    QCOMPARE(queue.open(admin, id).error().kind, ErrorKind::Denied);      // administrators do not print keys
    QCOMPARE(queue.open(m_desk, id).error().kind, ErrorKind::Denied);     // front desk: not from the queue
    QCOMPARE(printWith(m_desk, id).error().kind, ErrorKind::Denied);
    QVERIFY(queue.list(admin));
    QVERIFY(queue.list(m_desk));
    const Actor nobody{u"x"_s, {}, Roles()};
    QCOMPARE(queue.list(nobody).error().kind, ErrorKind::Denied);

    // At the counter: only the staff member who queued it, while the verification is fresh.
    QVERIFY(queue.open(m_desk, id, LetterQueue::Purpose::Counter));
    const Actor otherDesk{u"desk2"_s, {}, Roles(Role::FrontDesk)};
    QCOMPARE(queue.open(otherDesk, id, LetterQueue::Purpose::Counter).error().kind, ErrorKind::Denied);
    QCOMPARE(queue.open(m_printer, id, LetterQueue::Purpose::Counter).error().kind, ErrorKind::Denied);
    m_clock.advanceSeconds(31 * 60);
    QCOMPARE(queue.open(m_desk, id, LetterQueue::Purpose::Counter).error().kind, ErrorKind::Denied);
    QVERIFY(queue.open(m_printer, id));   // the letter printer takes it from there
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
}

QTEST_GUILESS_MAIN(TestLetterQueue)
#include "TestLetterQueue.moc"
