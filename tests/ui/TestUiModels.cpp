// The kiosk's item models, checked by QAbstractItemModelTester through every change they make.

#include "ui/AdultsModel.h"
#include "ui/DisplayText.h"
#include "ui/StudentSearchModel.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QIcon>
#include <QtTest>

using namespace gd;
using namespace Qt::Literals::StringLiterals;

namespace {

StudentHit hit(const QString& id, const QString& first, const QString& last, bool active = true,
               const QString& matchedGuardian = {})
{
    StudentHit h;
    h.studentId = id;
    h.firstName = first;
    h.lastName = last;
    h.dateOfBirth = QDate(2016, 11, 30);
    h.grade = u"TK"_s;
    h.schoolCode = u"1234"_s;
    h.active = active;
    h.matchedGuardian = matchedGuardian;
    return h;
}

GuardianLink adult(const QString& id, const QString& first, bool noContact, bool deleted = false)
{
    GuardianLink link;
    link.guardian.guardianId = id;
    link.guardian.firstName = first;
    link.guardian.lastName = u"Nguyễn"_s;
    link.relationship.guardianId = id;
    link.relationship.studentId = u"100000001"_s;
    link.relationship.relationship = RelationshipKind::LegalGuardian;
    link.relationship.custodial = true;
    link.relationship.educationalRights = !noContact;
    link.relationship.portalEligible = true;
    link.relationship.noContactOrder = noContact;
    link.relationship.deleted = deleted;
    return link;
}

} // namespace

class TestUiModels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    void searchModelThroughResetsAndClears();
    void searchModelShowsWhatTheDirectoryFound();
    void rosterTextInTooltipsIsEscaped();
    void adultsModelThroughResetsAndClears();
    void adultsModelLeavesOutDeletedLinks();
};

void TestUiModels::searchModelThroughResetsAndClears()
{
    StudentSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(StudentSearchModel::ColumnCount));
    model.setHits({hit(u"1"_s, u"Ana"_s, u"García López"_s), hit(u"2"_s, u"Minh"_s, u"Trần"_s, false)});
    QCOMPARE(model.rowCount(), 2);
    model.setHits({});
    QCOMPARE(model.rowCount(), 0);
    model.setHits({hit(u"3"_s, u"Ali"_s, u"Hosseini"_s)});
    model.clear();
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.hitAt(0));
}

void TestUiModels::searchModelShowsWhatTheDirectoryFound()
{
    StudentSearchModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setHits({hit(u"100000001"_s, u"Ana"_s, u"García López"_s),
                   hit(u"100000002"_s, u"Minh"_s, u"Trần"_s, false, u"Lan Trần"_s)});
    QCOMPARE(model.index(0, StudentSearchModel::NameColumn).data().toString(), u"García López, Ana"_s);
    QCOMPARE(model.index(0, StudentSearchModel::StudentIdColumn).data().toString(), u"100000001"_s);
    // Dates in the district's order (US unless set otherwise), not the machine's locale.
    QCOMPARE(model.index(0, StudentSearchModel::DateOfBirthColumn).data().toString(), u"11/30/2016"_s);
    DisplayText::setDateStyle(DateStyle::DayFirst);
    QCOMPARE(model.index(0, StudentSearchModel::DateOfBirthColumn).data().toString(), u"30/11/2016"_s);
    DisplayText::setDateStyle(DateStyle::Us);
    // The narrow list shows the grade's code; a screen reader and the tooltip get the words.
    QCOMPARE(model.index(0, StudentSearchModel::GradeColumn).data().toString(), u"TK"_s);
    QCOMPARE(model.index(0, StudentSearchModel::GradeColumn).data(Qt::AccessibleTextRole).toString(),
             u"Transitional kindergarten"_s);
    QVERIFY(model.index(0, StudentSearchModel::GradeColumn).data(Qt::ToolTipRole).toString().contains(
        u"Transitional kindergarten"_s));
    QCOMPARE(model.index(0, StudentSearchModel::StatusColumn).data().toString(), u"Active"_s);
    QCOMPARE(model.index(0, 0).data(StudentSearchModel::StudentIdRole).toString(), u"100000001"_s);
    QCOMPARE(model.index(1, StudentSearchModel::StatusColumn).data().toString(), u"Inactive"_s);
    QVERIFY(model.index(1, 0).data(Qt::FontRole).value<QFont>().italic());
    QCOMPARE(model.index(1, StudentSearchModel::NameColumn).data().toString(),
             u"Trần, Minh\nThrough adult: Lan Trần"_s);
    QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"Lan Trần"_s));
    QCOMPARE(model.headerData(StudentSearchModel::StudentIdColumn, Qt::Horizontal).toString(), u"Student ID"_s);
}

void TestUiModels::rosterTextInTooltipsIsEscaped()
{
    StudentSearchModel model;
    model.setHits({hit(u"1"_s, u"Ana"_s, u"Ruiz"_s, true, u"<img src=x>Eve"_s)});
    const QString tip = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(u"&lt;img src=x&gt;Eve"_s), qPrintable(tip));
    QVERIFY(!tip.contains(u"<img"_s));
}

void TestUiModels::adultsModelThroughResetsAndClears()
{
    AdultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({adult(u"G1"_s, u"Lan"_s, false), adult(u"G2"_s, u"Quang"_s, true)});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, AdultsModel::NameColumn).data().toString(), u"Lan Nguyễn"_s);
    QCOMPARE(model.index(0, AdultsModel::RelationshipColumn).data().toString(), u"Legal guardian"_s);
    QCOMPARE(model.index(0, AdultsModel::NoContactColumn).data().toString(), u"No"_s);
    QCOMPARE(model.index(1, AdultsModel::NoContactColumn).data().toString(), AdultsModel::noContactText(true));
    QCOMPARE(model.index(1, AdultsModel::EducationalRightsColumn).data().toString(), u"No"_s);
    QVERIFY(model.index(1, AdultsModel::NameColumn).data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!model.index(1, AdultsModel::NameColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
    QVERIFY(model.index(1, AdultsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    QVERIFY(!model.index(0, AdultsModel::NameColumn).data(Qt::BackgroundRole).isValid());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    model.setLinks({});
    QCOMPARE(model.rowCount(), 0);
}

void TestUiModels::adultsModelLeavesOutDeletedLinks()
{
    AdultsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setLinks({adult(u"G1"_s, u"Lan"_s, false), adult(u"G2"_s, u"Quang"_s, false, true)});
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(AdultsModel::GuardianIdRole).toString(), u"G1"_s);
}

QTEST_MAIN(TestUiModels)
#include "TestUiModels.moc"
