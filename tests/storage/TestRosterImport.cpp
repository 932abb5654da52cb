#include "StorageTestUtil.h"

#include "core/DemoRosterGenerator.h"
#include "storage/AuditLog.h"
#include "storage/RosterImport.h"
#include "storage/StudentDirectory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestRosterImport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void importsPagesAndIndexesThem();
    void badRecordImportsNothingAndIsNamed_data();
    void badRecordImportsNothingAndIsNamed();
    void linkToUnknownStudentIsNamed();
    void upsertsAndRemovesLinks();
    void onlyAdministratorsImport();
    void seedIsDeterministicAndCancellable();
    void diskFullDuringImportChangesNothing();
    void hostileTextRejectsThePageAndIsNamed_data();
    void hostileTextRejectsThePageAndIsNamed();
    void hostileTextInPagesMadeInCodeIsRejected();
    void joinersInPersianAndIndicNamesAreKept();

private:
    QString writeFile(const QByteArray& bytes);
    int count(Database& db, const QString& table);

    QTemporaryDir m_dir;
    QString m_path;
    int m_n = 0;
};

void TestRosterImport::init()
{
    m_path = m_dir.filePath(u"roster-%1.db"_s.arg(++m_n));
}

QString TestRosterImport::writeFile(const QByteArray& bytes)
{
    const QString p = m_dir.filePath(u"roster-%1.json"_s.arg(m_n));
    QFile f(p);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    f.write(bytes);
    return p;
}

int TestRosterImport::count(Database& db, const QString& table)
{
    auto q = db.exec(u"SELECT count(*) FROM "_s + table);
    return q && q->next() ? q->value(0).toInt() : -1;
}

void TestRosterImport::importsPagesAndIndexesThem()
{
    const RosterPage all = DemoRosterGenerator::generate(3, 120);
    // Split into two pages the way the district server pages them.
    RosterPage a, b;
    a.students = all.students.mid(0, 60);
    b.students = all.students.mid(60);
    a.guardians = all.guardians;
    a.relationships = all.relationships;
    const QJsonArray pages{toJson(a), toJson(b)};
    const QString file = writeFile(QJsonDocument(pages).toJson());
    auto db = test::openOrFail(m_path);
    auto counts = RosterImport(*db).importFile(test::admin(), file);
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(counts->students, 120);
    QCOMPARE(count(*db, u"students"_s), 120);
    QCOMPARE(count(*db, u"relationships"_s), all.relationships.size());
    QCOMPARE(count(*db, u"student_search"_s), 120);
    // One audit entry for the import, and no outbox event (the roster came from the district).
    QCOMPARE(count(*db, u"audit_log WHERE action = 'roster.imported'"_s), 1);
    QCOMPARE(count(*db, u"outbox"_s), 0);
    // Every student is found by their own name.
    StudentDirectory dir(*db);
    for (const Student& s : all.students.mid(0, 30)) {
        auto hits = dir.search(s.lastName + u' ' + s.firstName, 200);
        QVERIFY(hits);
        QVERIFY2(std::any_of(hits->begin(), hits->end(), [&](const StudentHit& h) { return h.studentId == s.studentId; }),
                 qPrintable(s.firstName + u' ' + s.lastName));
    }
}

void TestRosterImport::badRecordImportsNothingAndIsNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    const QByteArray good = R"({"student_id":"2001","first_name":"Ana","last_name":"Lopez","date_of_birth":"2015-02-03","grade":"4","school_code":"1234"})";
    QTest::newRow("bad date on the 2nd student")
        << QByteArray(R"({"students":[)" + good + R"(,{"student_id":"2002","first_name":"Luis","last_name":"Lopez","date_of_birth":"2015-02-30","grade":"4","school_code":"1234"}]})")
        << u"students[1] (student_id 2002): date_of_birth"_s;
    QTest::newRow("not json") << QByteArray("{\"students\": [") << u"not JSON"_s;
    QTest::newRow("page 2 bad") << QByteArray("[{\"students\":[" + good + "]}, {\"guardians\":[{\"guardian_id\":\"G 1\",\"first_name\":\"A\",\"last_name\":\"B\"}]}]")
                                << u"page 2: guardians[0] (guardian_id G 1): guardian_id: not a valid id"_s;
    QTest::newRow("empty") << QByteArray("[]") << u"no roster pages"_s;
}

void TestRosterImport::badRecordImportsNothingAndIsNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const QString file = writeFile(json);
    auto db = test::openOrFail(m_path);
    const QByteArray before = test::fileDigest(m_path);
    auto counts = RosterImport(*db).importFile(test::admin(), file);
    QVERIFY(!counts);
    QCOMPARE(counts.error().kind, ErrorKind::BadInput);
    QVERIFY2(counts.message().contains(QFileInfo(file).fileName()), qPrintable(counts.message()));
    QVERIFY2(counts.message().contains(expected), qPrintable(counts.message()));
    QCOMPARE(count(*db, u"students"_s), 0);
    QCOMPARE(count(*db, u"audit_log WHERE action = 'roster.imported'"_s), 0);
    QCOMPARE(test::fileDigest(m_path), before);
}

void TestRosterImport::linkToUnknownStudentIsNamed()
{
    const QString file = writeFile(R"({"guardians":[{"guardian_id":"G-1","first_name":"Maria","last_name":"Lopez"}],
        "relationships":[{"student_id":"999","guardian_id":"G-1","relationship":"mother"}]})");
    auto db = test::openOrFail(m_path);
    auto counts = RosterImport(*db).importFile(test::admin(), file);
    QVERIFY(!counts);
    QVERIFY2(counts.message().contains(u"relationships[0] (999/G-1): no student 999"_s), qPrintable(counts.message()));
    QCOMPARE(count(*db, u"guardians"_s), 0);
}

void TestRosterImport::upsertsAndRemovesLinks()
{
    auto db = test::openOrFail(m_path);
    RosterImport import(*db);
    RosterPage page = DemoRosterGenerator::generate(5, 10);
    QVERIFY(import.importPages(test::admin(), {page}, u"first"_s));
    // The district renames an adult and removes one link.
    RosterPage change;
    Guardian renamed = page.guardians.first();
    renamed.firstName = u"Xiomara"_s;
    renamed.lastName = u"Quintanilla-Öztürk"_s;
    change.guardians = {renamed};
    Relationship removed = page.relationships.last();
    removed.deleted = true;
    change.relationships = {removed};
    auto counts = import.importPages(test::admin(), {change}, u"second"_s);
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(counts->removed, 1);
    QCOMPARE(count(*db, u"students"_s), 10);
    QCOMPARE(count(*db, u"relationships"_s), page.relationships.size() - 1);
    // The renamed adult's children are found by the new name, accent-free.
    StudentDirectory dir(*db);
    auto hits = dir.search(u"xiomara quintanilla ozturk"_s);
    QVERIFY(hits);
    QVERIFY(!hits->isEmpty());
    QCOMPARE(hits->first().matchedGuardian, u"Xiomara Quintanilla-Öztürk"_s);
    auto verdict = AuditLog::verify(*db);
    QVERIFY(verdict && verdict->holds() && verdict->entries == 3);   // device key, two imports
}

void TestRosterImport::onlyAdministratorsImport()
{
    auto db = test::openOrFail(m_path);
    const Actor frontDesk{u"fd"_s, {}, Roles(Role::FrontDesk)};
    auto counts = RosterImport(*db).importPages(frontDesk, {DemoRosterGenerator::generate(1, 3)}, u"x"_s);
    QVERIFY(!counts);
    QCOMPARE(counts.error().kind, ErrorKind::Denied);
    QCOMPARE(count(*db, u"students"_s), 0);
}

void TestRosterImport::seedIsDeterministicAndCancellable()
{
    auto db = test::openOrFail(m_path);
    auto counts = RosterImport(*db).seedDemo(test::admin(), 500, 9);
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(count(*db, u"students"_s), 500);
    QCOMPARE(count(*db, u"student_search"_s), 500);
    const RosterPage expected = DemoRosterGenerator::generate(9, 500);
    StudentDirectory dir(*db);
    auto card = dir.card(expected.students[123].studentId);
    QVERIFY(card);
    QCOMPARE(card->student, expected.students[123]);
    // Foreign keys are back on after the bulk load.
    auto fk = db->exec(u"PRAGMA foreign_keys"_s);
    QVERIFY(fk && fk->next());
    QCOMPARE(fk->value(0).toInt(), 1);
    // Every rotation of every name made it into the index (one statement per student).
    auto keys = db->exec(u"SELECT count(*) FROM student_name_keys"_s);
    QVERIFY(keys && keys->next());
    qint64 expectedKeys = 0;
    for (const Student& s : expected.students)
        expectedKeys += RosterStore::searchRow(s, {}).keys.size();
    QCOMPARE(keys->value(0).toLongLong(), expectedKeys);

    // Cancel at once: nothing is written.
    QString other = m_dir.filePath(u"cancel.db"_s);
    auto db2 = test::openOrFail(other);
    auto cancelled = RosterImport(*db2).seedDemo(test::admin(), 500, 9, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QVERIFY(cancelled.message().contains(u"cancelled"_s));
    QCOMPARE(count(*db2, u"students"_s), 0);
}

void TestRosterImport::diskFullDuringImportChangesNothing()
{
    auto db = test::openOrFail(m_path);
    const RosterPage page = DemoRosterGenerator::generate(2, 40);
    // Fail at several depths of the write; each time nothing at all is kept.
    for (int n : {1, 2, 10, 60, 150}) {
        db->failNthCall(n);
        auto counts = RosterImport(*db).importPages(test::admin(), {page}, u"x"_s);
        db->failNthCall(0);
        QVERIFY2(!counts, qPrintable(QString::number(n)));
        QCOMPARE(count(*db, u"students"_s), 0);
        QCOMPARE(count(*db, u"student_name_keys"_s), 0);
        QCOMPARE(count(*db, u"audit_log WHERE action = 'roster.imported'"_s), 0);
    }
    QVERIFY(RosterImport(*db).importPages(test::admin(), {page}, u"x"_s));
    QCOMPARE(count(*db, u"students"_s), 40);
}

namespace {

// One student and one adult linked, in the district-api shape, with `field` of the record
// `record` ("student" or "guardian") set to `value`.
QByteArray pageWith(const QString& record, const QString& field, const QString& value)
{
    QJsonObject student{{u"student_id"_s, u"3001"_s}, {u"first_name"_s, u"Ana"_s}, {u"last_name"_s, u"Lopez"_s},
                        {u"date_of_birth"_s, u"2015-02-03"_s}, {u"grade"_s, u"4"_s}, {u"school_code"_s, u"1234"_s}};
    QJsonObject address{{u"line1"_s, u"1 Main St"_s}, {u"city"_s, u"Los Angeles"_s}, {u"state"_s, u"CA"_s},
                        {u"postal_code"_s, u"90012"_s}};
    QJsonObject guardian{{u"guardian_id"_s, u"G-3001"_s}, {u"first_name"_s, u"Maria"_s}, {u"last_name"_s, u"Lopez"_s}};
    if (record == u"student")
        student.insert(field, value);
    else if (field.startsWith(u"address."_s))
        address.insert(field.mid(8), value);
    else
        guardian.insert(field, value);
    guardian.insert(u"address"_s, address);
    const QJsonObject link{{u"student_id"_s, u"3001"_s}, {u"guardian_id"_s, u"G-3001"_s}, {u"relationship"_s, u"mother"_s},
                           {u"custodial"_s, true}, {u"educational_rights"_s, true}, {u"portal_eligible"_s, true}};
    const QJsonObject page{{u"students"_s, QJsonArray{student}}, {u"guardians"_s, QJsonArray{guardian}},
                           {u"relationships"_s, QJsonArray{link}}};
    return QJsonDocument(page).toJson();
}

} // namespace

void TestRosterImport::hostileTextRejectsThePageAndIsNamed_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("RLO in a student's name")
        << u"student"_s << u"last_name"_s << u"Lo\u202Epez"_s
        << u"students[0] (student_id 3001): last_name: contains an invisible text-direction control (U+202E) at character 3"_s;
    QTest::newRow("LRI in an adult's name")
        << u"guardian"_s << u"first_name"_s << u"\u2066Maria"_s
        << u"guardians[0] (guardian_id G-3001): first_name: contains an invisible text-direction control (U+2066)"_s;
    QTest::newRow("U+2028 in an address")
        << u"guardian"_s << u"address.line1"_s << u"1 Main St\u2028Apt 4"_s
        << u"guardians[0] (guardian_id G-3001): address.line1: contains a line or paragraph separator (U+2028)"_s;
    QTest::newRow("PDF in a city") << u"guardian"_s << u"address.city"_s << u"Los Angeles\u202C"_s
                                   << u"guardians[0] (guardian_id G-3001): address.city: contains an invisible text-direction control (U+202C)"_s;
    QTest::newRow("zero-width space in a name")
        << u"student"_s << u"first_name"_s << u"A\u200Bna"_s
        << u"students[0] (student_id 3001): first_name: contains an invisible formatting character (U+200B)"_s;
    QTest::newRow("escape sequence in a phone number")
        << u"guardian"_s << u"phone"_s << u"\u001B]0;owned\u0007"_s
        << u"guardians[0] (guardian_id G-3001): phone: contains a control character (U+001B)"_s;
}

// A hostile record on a roster page rejects the page: the message names the record and the
// field, and the database file is byte for byte what it was.
void TestRosterImport::hostileTextRejectsThePageAndIsNamed()
{
    QFETCH(QString, record);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    const QString file = writeFile(pageWith(record, field, value));
    auto db = test::openOrFail(m_path);
    const QByteArray before = test::fileDigest(m_path);
    auto counts = RosterImport(*db).importFile(test::admin(), file);
    QVERIFY(!counts);
    QCOMPARE(counts.error().kind, ErrorKind::BadInput);
    QVERIFY2(counts.message().contains(expected), qPrintable(counts.message()));
    QVERIFY2(!counts.message().contains(value), "the message quotes the hostile text");
    QCOMPARE(count(*db, u"students"_s), 0);
    QCOMPARE(count(*db, u"guardians"_s), 0);
    QCOMPARE(count(*db, u"audit_log WHERE action = 'roster.imported'"_s), 0);
    QCOMPARE(test::fileDigest(m_path), before);
    // The same page without the hostile character imports.
    const QString clean = writeFile(pageWith(record, field, u"Clean"_s));
    QVERIFY(RosterImport(*db).importFile(test::admin(), clean));
    QCOMPARE(count(*db, u"students"_s), 1);
}

// Pages built in code (the sync engine, tests) go through the same check: the second page's
// hostile adult stops the whole import, and the first page is not written either.
void TestRosterImport::hostileTextInPagesMadeInCodeIsRejected()
{
    auto db = test::openOrFail(m_path);
    RosterPage good = DemoRosterGenerator::generate(4, 10);
    RosterPage bad;
    Guardian g;
    g.guardianId = u"G-HOSTILE"_s;
    g.firstName = u"Maria"_s;
    g.lastName = u"Lopez"_s;
    g.address.line1 = u"1 Main St \u202E4 tpA"_s;
    g.address.city = u"Los Angeles"_s;
    g.address.postalCode = u"90012"_s;
    bad.guardians << g;
    auto counts = RosterImport(*db).importPages(test::admin(), {good, bad}, u"sync"_s);
    QVERIFY(!counts);
    QCOMPARE(counts.error().kind, ErrorKind::BadInput);
    QVERIFY2(counts.message().contains(u"sync: page 2: guardians[0] (guardian_id G-HOSTILE): address.line1: contains "
                                       "an invisible text-direction control (U+202E)"_s),
             qPrintable(counts.message()));
    QCOMPARE(count(*db, u"students"_s), 0);
    QCOMPARE(count(*db, u"guardians"_s), 0);
}

void TestRosterImport::joinersInPersianAndIndicNamesAreKept()
{
    auto db = test::openOrFail(m_path);
    RosterPage page;
    Student persian;
    persian.studentId = u"4001"_s;
    persian.firstName = u"\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627"_s;   // Mohammad-Reza, with ZWNJ
    persian.lastName = u"\u06A9\u0631\u06CC\u0645\u06CC"_s;
    persian.dateOfBirth = QDate(2016, 5, 6);
    persian.grade = u"3"_s;
    persian.schoolCode = u"1234"_s;
    Student hindi = persian;
    hindi.studentId = u"4002"_s;
    hindi.firstName = u"\u0915\u094D\u200D\u0937\u093F\u0924\u093F\u091C"_s;      // Kshitij, with ZWJ
    hindi.lastName = u"\u0936\u0930\u094D\u092E\u093E"_s;
    Student bengali = persian;
    bengali.studentId = u"4003"_s;
    bengali.firstName = u"\u09B0\u200D\u09CD\u09AF\u09BE\u09A8"_s;                 // with ZWJ (ra-phala)
    bengali.lastName = u"\u09A6\u09BE\u09B8"_s;
    page.students << persian << hindi << bengali;
    Guardian mother;
    mother.guardianId = u"G-4001"_s;
    mother.firstName = u"\u0645\u06CC\u200C\u0646\u0627"_s;
    mother.lastName = persian.lastName;
    mother.address.line1 = u"\u062E\u06CC\u0627\u0628\u0627\u0646 \u0622\u0632\u0627\u062F\u06CC\u200C\u0647\u0627 12"_s;
    page.guardians << mother;
    const QString file = writeFile(QJsonDocument(toJson(page)).toJson());
    auto counts = RosterImport(*db).importFile(test::admin(), file);
    QVERIFY2(counts, qPrintable(counts.message()));
    QCOMPARE(count(*db, u"students"_s), 3);
    StudentDirectory dir(*db);
    for (const Student& s : page.students) {
        auto card = dir.card(s.studentId);
        QVERIFY2(card, qPrintable(card.message()));
        QCOMPARE(card->student.firstName, s.firstName);   // the joiner is kept, not stripped
    }
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "TestRosterImport.moc"
