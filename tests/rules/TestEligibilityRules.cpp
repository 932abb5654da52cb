#include "core/rules/EligibilityRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

Student student(const QString& id, bool active = true)
{
    Student s;
    s.studentId = id;
    s.firstName = u"Ana"_s;
    s.lastName = u"Lopez"_s;
    s.dateOfBirth = QDate(2014, 3, 9);
    s.grade = u"5"_s;
    s.schoolCode = u"1234"_s;
    s.active = active;
    return s;
}

Relationship link(const QString& studentId, const QString& guardianId = u"G-1"_s)
{
    Relationship r;
    r.studentId = studentId;
    r.guardianId = guardianId;
    r.relationship = RelationshipKind::Mother;
    r.custodial = true;
    r.educationalRights = true;
    r.portalEligible = true;
    return r;
}

// A family described in words: "s1:ok s2:nco s3:inactive s4:missing s5:noportal s6:norights
// s7:deleted". "missing" makes a link to a student the kiosk does not hold.
void buildFamily(const QString& spec, QList<Relationship>* links, QList<Student>* students)
{
    for (const QString& item : spec.split(u' ', Qt::SkipEmptyParts)) {
        const QString id = item.section(u':', 0, 0);
        const QString kind = item.section(u':', 1, 1);
        Relationship r = link(id);
        Student s = student(id);
        if (kind == u"nco")
            r.noContactOrder = true;
        else if (kind == u"inactive")
            s.active = false;
        else if (kind == u"noportal")
            r.portalEligible = false;
        else if (kind == u"norights")
            r.educationalRights = false;
        else if (kind == u"deleted")
            r.deleted = true;
        else
            QVERIFY2(kind == u"ok" || kind == u"missing", qPrintable(kind));
        links->append(r);
        if (kind != u"missing" && !students->contains(s))
            students->append(s);
    }
}

QString whyName(const LeftOutChild& c)
{
    switch (c.why) {
    case LeftOutChild::Why::NotEligible: return toWire(c.refusal->reason);
    case LeftOutChild::Why::OverCap: return u"over_cap"_s;
    case LeftOutChild::Why::StudentNotFound: return u"not_found"_s;
    }
    return {};
}

} // namespace

class TestEligibilityRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void check_data();
    void check();
    void noContactOrderShowsNoDetail();
    void explanationsAreDistinct();
    void badInput();
    void eligibleChildren_data();
    void eligibleChildren();
    void eligibleChildrenBadInput();
};

void TestEligibilityRules::check_data()
{
    QTest::addColumn<bool>("onRecord");
    QTest::addColumn<bool>("deleted");
    QTest::addColumn<bool>("portalEligible");
    QTest::addColumn<bool>("educationalRights");
    QTest::addColumn<bool>("noContactOrder");
    QTest::addColumn<bool>("active");
    QTest::addColumn<QString>("reason");     // empty: eligible
    QTest::addColumn<int>("nextStep");

    const int none = -1;
    const int form = int(NextStep::ParentAccessRequestForm);
    const int office = int(NextStep::SchoolOffice);
    const int update = int(NextStep::UpdateStudentRecord);
    const int school = int(NextStep::CurrentStudentSchool);
    //                                      record deleted portal rights  nco    active
    QTest::newRow("eligible") << true << false << true << true << false << true << QString() << none;
    QTest::newRow("not on record") << false << false << true << true << false << true << u"not_eligible"_s << form;
    QTest::newRow("deleted link is not on record")
        << true << true << true << true << false << true << u"not_eligible"_s << form;
    QTest::newRow("no-contact order") << true << false << true << true << true << true << u"no_contact_order"_s << office;
    QTest::newRow("no-contact order before every other rule")
        << true << false << false << false << true << false << u"no_contact_order"_s << office;
    QTest::newRow("not portal eligible") << true << false << false << true << false << true << u"not_eligible"_s << update;
    QTest::newRow("no educational rights")
        << true << false << true << false << false << true << u"not_eligible"_s << update;
    QTest::newRow("inactive student") << true << false << true << true << false << false << u"not_eligible"_s << school;
    QTest::newRow("custodial but not portal eligible, inactive")
        << true << false << false << true << false << false << u"not_eligible"_s << update;
}

void TestEligibilityRules::check()
{
    QFETCH(bool, onRecord);
    QFETCH(bool, deleted);
    QFETCH(bool, portalEligible);
    QFETCH(bool, educationalRights);
    QFETCH(bool, noContactOrder);
    QFETCH(bool, active);
    QFETCH(QString, reason);
    QFETCH(int, nextStep);

    const Student s = student(u"100234567"_s, active);
    std::optional<Relationship> r;
    if (onRecord) {
        r = link(s.studentId);
        r->deleted = deleted;
        r->portalEligible = portalEligible;
        r->educationalRights = educationalRights;
        r->noContactOrder = noContactOrder;
    }
    const auto result = EligibilityRules::check(s, r);
    QVERIFY2(result.ok(), qPrintable(result.message()));
    QCOMPARE(result->eligible(), reason.isEmpty());
    if (reason.isEmpty())
        return;
    QCOMPARE(toWire(result->refusal->reason), reason);
    QCOMPARE(int(result->refusal->nextStep), nextStep);
    QVERIFY(!result->refusal->explanation.isEmpty());
    QVERIFY(!result->refusal->whatNext.isEmpty());
}

void TestEligibilityRules::noContactOrderShowsNoDetail()
{
    Relationship r = link(u"1"_s);
    r.noContactOrder = true;
    const auto result = EligibilityRules::check(student(u"1"_s), r);
    QVERIFY(result.ok());
    const Refusal& refusal = *result->refusal;
    QCOMPARE(refusal.reason, RefusalReason::NoContactOrder);
    // Read out at a public counter: nothing about the order itself.
    for (const QString& text : {refusal.explanation, refusal.whatNext}) {
        QVERIFY2(!text.contains(u"order"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(u"contact"_s, Qt::CaseInsensitive), qPrintable(text));
        QVERIFY2(!text.contains(u"court"_s, Qt::CaseInsensitive), qPrintable(text));
    }
    QVERIFY(refusal.whatNext.contains(u"principal"_s));
}

void TestEligibilityRules::explanationsAreDistinct()
{
    const Student s = student(u"1"_s);
    QStringList seen;
    auto add = [&](const std::optional<Relationship>& r, const Student& st) {
        const auto result = EligibilityRules::check(st, r);
        QVERIFY(result.ok() && !result->eligible());
        QVERIFY2(!seen.contains(result->refusal->explanation), qPrintable(result->refusal->explanation));
        seen << result->refusal->explanation;
    };
    add(std::nullopt, s);
    Relationship r = link(u"1"_s);
    r.noContactOrder = true;
    add(r, s);
    r = link(u"1"_s);
    r.portalEligible = false;
    add(r, s);
    r = link(u"1"_s);
    r.educationalRights = false;
    add(r, s);
    add(link(u"1"_s), student(u"1"_s, false));
    QCOMPARE(seen.size(), 5);
}

void TestEligibilityRules::badInput()
{
    const auto otherStudent = EligibilityRules::check(student(u"1"_s), link(u"2"_s));
    QVERIFY(!otherStudent.ok());
    QCOMPARE(otherStudent.error().kind, ErrorKind::BadInput);
    QVERIFY(otherStudent.message().contains(u"another student"_s));

    const auto noStudent = EligibilityRules::check(Student{}, std::nullopt);
    QVERIFY(!noStudent.ok());
    QCOMPARE(noStudent.error().kind, ErrorKind::BadInput);
}

void TestEligibilityRules::eligibleChildren_data()
{
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("cap");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("leftOut");

    QTest::newRow("one child") << u"s1:ok"_s << 7 << QStringList{u"s1"_s} << QStringList{};
    QTest::newRow("three children") << u"s1:ok s2:ok s3:ok"_s << 7 << QStringList{u"s1"_s, u"s2"_s, u"s3"_s}
                                    << QStringList{};
    QTest::newRow("no links") << QString() << 7 << QStringList{} << QStringList{};
    QTest::newRow("every reason")
        << u"s1:ok s2:nco s3:inactive s4:missing s5:noportal s6:norights s7:deleted s8:ok"_s << 7
        << QStringList{u"s1"_s, u"s8"_s}
        << QStringList{u"s2:no_contact_order"_s, u"s3:not_eligible"_s, u"s4:not_found"_s, u"s5:not_eligible"_s,
                       u"s6:not_eligible"_s, u"s7:not_eligible"_s};
    QTest::newRow("district cap of 7: the first seven are kept")
        << u"s1:ok s2:ok s3:ok s4:ok s5:ok s6:ok s7:ok s8:ok s9:ok"_s << 7
        << QStringList{u"s1"_s, u"s2"_s, u"s3"_s, u"s4"_s, u"s5"_s, u"s6"_s, u"s7"_s}
        << QStringList{u"s8:over_cap"_s, u"s9:over_cap"_s};
    QTest::newRow("ineligible children do not use up the cap")
        << u"s1:nco s2:ok s3:inactive s4:ok"_s << 2 << QStringList{u"s2"_s, u"s4"_s}
        << QStringList{u"s1:no_contact_order"_s, u"s3:not_eligible"_s};
    QTest::newRow("cap of one") << u"s1:ok s2:ok"_s << 1 << QStringList{u"s1"_s} << QStringList{u"s2:over_cap"_s};
    QTest::newRow("a repeated link counts once") << u"s1:ok s1:ok s2:ok"_s << 2 << QStringList{u"s1"_s, u"s2"_s}
                                                 << QStringList{};
    QTest::newRow("nobody eligible") << u"s1:nco s2:norights"_s << 7 << QStringList{}
                                     << QStringList{u"s1:no_contact_order"_s, u"s2:not_eligible"_s};
}

void TestEligibilityRules::eligibleChildren()
{
    QFETCH(QString, family);
    QFETCH(int, cap);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, leftOut);

    QList<Relationship> links;
    QList<Student> students;
    buildFamily(family, &links, &students);
    const auto result = EligibilityRules::eligibleChildren(links, students, cap);
    QVERIFY2(result.ok(), qPrintable(result.message()));

    QStringList gotKept;
    for (const Student& s : result->children)
        gotKept << s.studentId;
    QStringList gotLeftOut;
    for (const LeftOutChild& c : result->leftOut) {
        gotLeftOut << c.studentId + u':' + whyName(c);
        QVERIFY(!c.explanation.isEmpty());
        QCOMPARE(c.refusal.has_value(), c.why == LeftOutChild::Why::NotEligible);
    }
    QCOMPARE(gotKept, kept);
    QCOMPARE(gotLeftOut, leftOut);
}

void TestEligibilityRules::eligibleChildrenBadInput()
{
    QList<Relationship> links{link(u"s1"_s), link(u"s2"_s)};
    const QList<Student> students{student(u"s1"_s), student(u"s2"_s)};
    for (int cap : {0, -1, EligibilityRules::MaxChildCap + 1}) {
        const auto result = EligibilityRules::eligibleChildren(links, students, cap);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::BadInput);
    }
    QVERIFY(EligibilityRules::eligibleChildren(links, students, EligibilityRules::MaxChildCap).ok());
    QCOMPARE(EligibilityRules::DefaultChildCap, 7);

    links[1].guardianId = u"G-2"_s;
    const auto twoAdults = EligibilityRules::eligibleChildren(links, students);
    QVERIFY(!twoAdults.ok());
    QCOMPARE(twoAdults.error().kind, ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestEligibilityRules)
#include "TestEligibilityRules.moc"
