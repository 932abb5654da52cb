#include "StorageTestUtil.h"

#include "storage/AccessKeyIssuer.h"
#include "storage/AuditLog.h"
#include "storage/LetterQueue.h"
#include "storage/VerificationService.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestLetterQueue : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void queuedLetterPrintsOnce();
    void voidRevokesTheKeys();
    void reissueLeavesTheOldLetterUnprintable();
    void rolesAreEnforced();

private:
    QString issueQueued();
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
    IssueOptions o;
    o.queueForPrinter = true;
    auto issued = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, o);
    return issued ? issued->letterId : QString();
}

void TestLetterQueue::queuedLetterPrintsOnce()
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
    QVERIFY(l.secretsHeld);
    QCOMPARE(l.keys, 2);

    auto toPrint = queue.open(m_printer, id);
    QVERIFY2(toPrint, qPrintable(toPrint.message()));
    QCOMPARE(toPrint->keys.size(), std::size_t(2));
    QCOMPARE(toPrint->guardian.address.postalCode, u"90012"_s);
    QCOMPARE(toPrint->keys[0].second.secret.size(), 12);
    QVERIFY(queue.markPrinted(m_printer, id));
    QCOMPARE(count(u"SELECT count(*) FROM letter_secrets"_s), 0);   // forgotten
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'letter.printed'"_s), 2);
    auto e = m_db->exec(u"SELECT data FROM outbox WHERE type = 'letter.printed' LIMIT 1"_s);
    QVERIFY(e && e->next());
    const QJsonObject d = QJsonDocument::fromJson(e->value(0).toString().toUtf8()).object();
    QCOMPARE(d.value(u"letter_id"_s).toString(), id);
    QCOMPARE(d.value(u"language"_s).toString(), u"es"_s);
    QCOMPARE(d.value(u"reprint"_s).toBool(true), false);
    QVERIFY(!d.value(u"key_id"_s).toString().isEmpty());
    // Printing is once only.
    auto again = queue.open(m_printer, id);
    QVERIFY(!again);
    QVERIFY(again.message().contains(u"reprint is a reissue"_s));
    QVERIFY(!queue.markPrinted(m_printer, id));
    QCOMPARE(queue.list(m_printer)->size(), 0);
    QCOMPARE(queue.list(m_printer, u"printed"_s)->size(), 1);
}

void TestLetterQueue::voidRevokesTheKeys()
{
    const QString id = issueQueued();
    LetterQueue queue(*m_db);
    QVERIFY(!queue.voidLetter(m_printer, id, u"jam"_s));   // a reason is a sentence
    QVERIFY(queue.voidLetter(m_printer, id, u"Printer jammed and tore the page"_s));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys WHERE status = 'revoked' AND revoke_reason = 'staff_error'"_s), 2);
    QCOMPARE(count(u"SELECT count(*) FROM letter_secrets"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox WHERE type = 'access_key.revoked'"_s), 2);
    // Each revoked key has its own audit entry, as for any other revocation.
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'access_key.revoked' "
                   "AND json_extract(details, '$.reason') = 'staff_error'"_s), 2);
    QVERIFY(!queue.open(m_printer, id));
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestLetterQueue::reissueLeavesTheOldLetterUnprintable()
{
    const QString first = issueQueued();
    m_clock.advanceSeconds(300);
    const QString second = issueQueued();
    LetterQueue queue(*m_db);
    auto list = queue.list(m_printer);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QVERIFY(!list->at(0).secretsHeld);   // its keys were revoked by the reissue
    auto old = queue.open(m_printer, first);
    QVERIFY(!old);
    QVERIFY(old.message().contains(u"void it"_s));
    QVERIFY(queue.open(m_printer, second));
}

void TestLetterQueue::rolesAreEnforced()
{
    const QString id = issueQueued();
    LetterQueue queue(*m_db);
    const Actor admin{u"admin"_s, {}, Roles(Role::Administrator)};
    QCOMPARE(queue.open(admin, id).error().kind, ErrorKind::Denied);   // administrators do not print keys
    QCOMPARE(queue.markPrinted(admin, id).error().kind, ErrorKind::Denied);
    QVERIFY(queue.list(admin));
    const Actor nobody{u"nobody"_s, {}, Roles()};
    QCOMPARE(queue.list(nobody).error().kind, ErrorKind::Denied);
}

QTEST_GUILESS_MAIN(TestLetterQueue)
#include "TestLetterQueue.moc"
