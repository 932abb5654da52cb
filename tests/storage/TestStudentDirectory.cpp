#include "StorageTestUtil.h"

#include "storage/RosterImport.h"
#include "storage/StudentDirectory.h"

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestStudentDirectory : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void finds_data();
    void finds();
    void hostileQueriesAreHarmless_data();
    void hostileQueriesAreHarmless();
    void cardListsEveryAdultWithFlags();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStudentDirectory::initTestCase()
{
    m_db = test::openOrFail(m_dir.filePath(u"dir.db"_s));
    QVERIFY(m_db);
    RosterPage p;
    p.students = {
        {u"100234567"_s, u"María José"_s, u"García-López"_s, QDate(2014, 3, 9), u"5"_s, u"1234"_s, true},
        {u"100234568"_s, u"Thị Lan"_s, u"Nguyễn"_s, QDate(2016, 11, 2), u"3"_s, u"1234"_s, true},
        {u"100234569"_s, u"Juan"_s, u"de la Cruz"_s, QDate(2014, 3, 9), u"6"_s, u"1234"_s, false},
        {u"200000001"_s, u"Aram"_s, u"Ter-Petrosyan"_s, QDate(2012, 1, 20), u"8"_s, u"1234"_s, true},
    };
    p.guardians = {
        {u"G-1"_s, u"Rosa"_s, u"Martínez"_s, {}, {}, {u"1 Main St"_s, {}, u"Los Angeles"_s, u"CA"_s, u"90012"_s}, u"es"_s},
        {u"G-2"_s, u"Jorge"_s, u"García"_s, {}, {}, {}, u"es"_s},
        {u"G-3"_s, u"Anahit"_s, u"Petrosyan"_s, {}, {}, {}, u"hy"_s},
    };
    p.relationships = {
        {u"100234567"_s, u"G-1"_s, RelationshipKind::Mother, true, true, true, false, false},
        {u"100234567"_s, u"G-2"_s, RelationshipKind::Father, false, false, false, true, false},
        {u"200000001"_s, u"G-3"_s, RelationshipKind::LegalGuardian, true, true, true, false, false},
    };
    auto counts = RosterImport(*m_db).importPages(test::admin(), {p}, u"test"_s);
    QVERIFY2(counts, qPrintable(counts.message()));
}

void TestStudentDirectory::finds_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedId");
    QTest::addColumn<QString>("viaAdult");
    QTest::newRow("surname as typed") << u"García-López"_s << u"100234567"_s << QString();
    QTest::newRow("no accents, no hyphen") << u"garcia lopez"_s << u"100234567"_s << QString();
    QTest::newRow("family name first") << u"GARCIA LOPEZ MARIA"_s << u"100234567"_s << QString();
    QTest::newRow("second surname first") << u"lopez maria"_s << u"100234567"_s << QString();
    QTest::newRow("middle name first") << u"jose garc"_s << u"100234567"_s << QString();
    QTest::newRow("any order") << u"maria lopez"_s << u"100234567"_s << QString();
    QTest::newRow("type-ahead prefix") << u"garc"_s << u"100234567"_s << QString();
    QTest::newRow("vietnamese without marks") << u"nguyen thi"_s << u"100234568"_s << QString();
    QTest::newRow("particle surname") << u"cruz juan"_s << u"100234569"_s << QString();
    QTest::newRow("hyphenated armenian") << u"ter petrosyan"_s << u"200000001"_s << QString();
    QTest::newRow("student id") << u"100234568"_s << u"100234568"_s << QString();
    QTest::newRow("student id prefix") << u"2000"_s << u"200000001"_s << QString();
    QTest::newRow("date of birth iso") << u"2016-11-02"_s << u"100234568"_s << QString();
    QTest::newRow("date of birth us") << u"11/2/2016"_s << u"100234568"_s << QString();
    QTest::newRow("adult's name") << u"rosa martinez"_s << u"100234567"_s << u"Rosa Martínez"_s;
    QTest::newRow("adult's name, reversed") << u"Martínez Rosa"_s << u"100234567"_s << u"Rosa Martínez"_s;
}

void TestStudentDirectory::finds()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedId);
    QFETCH(QString, viaAdult);
    StudentDirectory dir(*m_db);
    auto hits = dir.search(query);
    QVERIFY2(hits, qPrintable(hits.message()));
    QVERIFY2(!hits->isEmpty(), qPrintable(query));
    QCOMPARE(hits->first().studentId, expectedId);
    QCOMPARE(hits->first().matchedGuardian, viaAdult);
}

void TestStudentDirectory::hostileQueriesAreHarmless_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("markup") << u"<b>Ana</b> & \"Lopez\""_s;
    QTest::newRow("fts syntax") << u"maria* OR NEAR(\"x\" y) -- ;"_s;
    QTest::newRow("sql") << u"'; DROP TABLE students; --"_s;
    QTest::newRow("only punctuation") << u"- ' ."_s;
    QTest::newRow("very long") << QString(5000, u'a');
    QTest::newRow("impossible date") << u"2014-02-30"_s;
}

void TestStudentDirectory::hostileQueriesAreHarmless()
{
    QFETCH(QString, query);
    StudentDirectory dir(*m_db);
    auto hits = dir.search(query);
    QVERIFY2(hits, qPrintable(hits.message()));
    QVERIFY(hits->isEmpty());
    QCOMPARE(dir.studentCount(), 4);
}

void TestStudentDirectory::cardListsEveryAdultWithFlags()
{
    StudentDirectory dir(*m_db);
    auto card = dir.card(u"100234567"_s);
    QVERIFY2(card, qPrintable(card.message()));
    QCOMPARE(card->student.firstName, u"María José"_s);
    QCOMPARE(card->adults.size(), 2);
    const GuardianLink& mother = card->adults[0];   // custodial first
    QCOMPARE(mother.guardian.firstName, u"Rosa"_s);
    QCOMPARE(mother.relationship.relationship, RelationshipKind::Mother);
    QVERIFY(mother.relationship.custodial && mother.relationship.educationalRights && mother.relationship.portalEligible);
    QCOMPARE(mother.guardian.address.postalCode, u"90012"_s);
    const GuardianLink& father = card->adults[1];
    QVERIFY(father.relationship.noContactOrder);
    QVERIFY(!father.relationship.portalEligible);
    auto missing = dir.card(u"999"_s);
    QVERIFY(!missing);
    QCOMPARE(missing.error().kind, ErrorKind::NotFound);
    auto inactive = dir.card(u"100234569"_s);
    QVERIFY(inactive && !inactive->student.active && inactive->adults.isEmpty());
}

QTEST_GUILESS_MAIN(TestStudentDirectory)
#include "TestStudentDirectory.moc"
