#include "core/DemoRosterGenerator.h"
#include "core/Roster.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestRoster : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesTheApiExample();
    void badRecordIsNamed_data();
    void badRecordIsNamed();
    void jsonRoundTrip();
    void generatorIsDeterministic();
    void generatorIsRealistic();
};

static const char* kApiExample = R"({
  "students": [{"student_id": "100234567", "first_name": "Ana", "last_name": "Lopez",
                "date_of_birth": "2014-03-09", "grade": "5", "school_code": "1234", "active": true}],
  "guardians": [{"guardian_id": "G-88231", "first_name": "Maria", "last_name": "Lopez",
                 "email": "maria@example.org", "phone": "+12135550142",
                 "address": {"line1": "1 Main St", "line2": "", "city": "Los Angeles", "state": "CA",
                             "postal_code": "90012"},
                 "preferred_language": "es", "unknown_member": 1}],
  "relationships": [{"student_id": "100234567", "guardian_id": "G-88231", "relationship": "mother",
                     "custodial": true, "educational_rights": true, "portal_eligible": true,
                     "no_contact_order": false, "deleted": false}],
  "next_cursor": "abc", "has_more": true})";

void TestRoster::parsesTheApiExample()
{
    const auto page = rosterPageFromJson(QJsonDocument::fromJson(kApiExample).object());
    QVERIFY2(page.ok(), qPrintable(page.message()));
    QCOMPARE(page->students.size(), 1);
    QCOMPARE(page->students[0].dateOfBirth, QDate(2014, 3, 9));
    QCOMPARE(page->guardians[0].address.postalCode, u"90012"_s);
    QCOMPARE(page->relationships[0].relationship, RelationshipKind::Mother);
    QVERIFY(page->relationships[0].portalEligible);
    QCOMPARE(page->nextCursor, u"abc"_s);
    QVERIFY(page->hasMore);
}

void TestRoster::badRecordIsNamed_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bad date") << QByteArray(R"({"students":[{"student_id":"1","first_name":"A","last_name":"B","date_of_birth":"2014-13-40","grade":"5","school_code":"1"}]})")
                              << u"students[0] (student_id 1): date_of_birth"_s;
    QTest::newRow("missing name") << QByteArray(R"({"guardians":[{"guardian_id":"G-1","first_name":"A"}]})")
                                  << u"guardians[0] (guardian_id G-1): \"last_name\" is missing"_s;
    QTest::newRow("bad relationship") << QByteArray(R"({"relationships":[{"student_id":"1","guardian_id":"G-1","relationship":"uncle"}]})")
                                      << u"relationships[0] (1/G-1): relationship"_s;
    QTest::newRow("not an array") << QByteArray(R"({"students":{}})") << u"\"students\" must be an array"_s;
    QTest::newRow("markup id") << QByteArray(R"({"students":[{"student_id":"<b>1</b>","first_name":"A","last_name":"B","date_of_birth":"2014-01-01","grade":"5","school_code":"1"}]})")
                               << u"student_id: not a valid id"_s;
    QTest::newRow("control char in name") << QByteArray("{\"students\":[{\"student_id\":\"1\",\"first_name\":\"A\\u0007\",\"last_name\":\"B\",\"date_of_birth\":\"2014-01-01\",\"grade\":\"5\",\"school_code\":\"1\"}]}")
                                          << u"first_name: contains a control character (U+0007) at character 2"_s;
}

void TestRoster::badRecordIsNamed()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const auto page = rosterPageFromJson(QJsonDocument::fromJson(json).object());
    QVERIFY(!page.ok());
    QCOMPARE(page.error().kind, ErrorKind::BadInput);
    QVERIFY2(page.message().contains(expected), qPrintable(page.message()));
}

void TestRoster::jsonRoundTrip()
{
    const RosterPage page = DemoRosterGenerator::generate(7, 50);
    const auto back = rosterPageFromJson(toJson(page));
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back->students, page.students);
    QCOMPARE(back->guardians, page.guardians);
    QCOMPARE(back->relationships, page.relationships);
}

void TestRoster::generatorIsDeterministic()
{
    const RosterPage a = DemoRosterGenerator::generate(42, 300);
    const RosterPage b = DemoRosterGenerator::generate(42, 300);
    const RosterPage c = DemoRosterGenerator::generate(43, 300);
    QCOMPARE(a.students.size(), 300);
    QCOMPARE(a.students, b.students);
    QCOMPARE(a.guardians, b.guardians);
    QVERIFY(a.students != c.students);
}

void TestRoster::generatorIsRealistic()
{
    const int n = 20000;
    const RosterPage page = DemoRosterGenerator::generate(1, n);
    QCOMPARE(page.students.size(), n);
    int inactive = 0;
    for (const auto& s : page.students)
        inactive += s.active ? 0 : 1;
    QSet<QString> studentsWithNoContact, languages;
    int compound = 0;
    for (const auto& r : page.relationships) {
        if (r.noContactOrder) {
            studentsWithNoContact.insert(r.studentId);
            QVERIFY(!r.portalEligible);
        }
    }
    static const QRegularExpression phoneRe(u"^\\+1[2-9][0-9]{2}55501[0-9]{2}$"_s);
    for (const auto& g : page.guardians) {
        languages.insert(g.preferredLanguage);
        QVERIFY2(phoneRe.match(g.phone).hasMatch(), qPrintable(g.phone));
        QVERIFY(!g.address.line1.contains(u'%') && !g.email.contains(u'%'));
    }
    for (const auto& s : page.students)
        compound += s.lastName.contains(u' ') ? 1 : 0;
    // About 2% inactive, about 1% of students with a no-contact order on one adult.
    QVERIFY2(inactive > n * 0.01 && inactive < n * 0.03, qPrintable(QString::number(inactive)));
    QVERIFY2(studentsWithNoContact.size() > n * 0.005 && studentsWithNoContact.size() < n * 0.02,
             qPrintable(QString::number(studentsWithNoContact.size())));
    QVERIFY2(languages.size() >= 14, qPrintable(QStringList(languages.values()).join(u',')));
    QVERIFY(compound > n / 10);   // Spanish compound surnames are common
    // Roughly 0.6 to 0.9 adults per student, as in a real district.
    QVERIFY(page.guardians.size() > n * 0.6 && page.guardians.size() < n * 0.95);
}

QTEST_GUILESS_MAIN(TestRoster)
#include "TestRoster.moc"
