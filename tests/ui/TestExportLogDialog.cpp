#include "UiTestSupport.h"

#include "services/VerificationLogExport.h"
#include "storage/DeviceSecrets.h"
#include "storage/StaffService.h"
#include "storage/VerificationService.h"
#include "ui/ExportLogDialog.h"
#include "ui/MainWindow.h"
#include "ui/Translations.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QToolBar>
#include <QtTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;
using namespace gd::test;

// The administrator's "Export log…" in the kiosk: only administrators see it, the export runs
// from the keyboard with a progress bar, Escape cancels it and leaves no file, and the service
// refuses anyone else even if the dialog were reached.
class TestExportLogDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void onlyAnAdministratorSeesTheAction();
    void enterExportsASignedFileWithProgress();
    void escapeWhileExportingCancelsAndLeavesNoFile();
    void theServiceRefusesFrontDeskEvenInTheDialog();

private:
    std::unique_ptr<MainWindow> windowFor(const QString& user);
    Actor actorFor(const QString& user);
    void fill(ExportLogDialog& dialog, const QString& path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
};

void TestExportLogDialog::initTestCase()
{
    // The English translation the kiosk installs (plural forms).
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(english);
    QCOMPARE(Translations::install(*QCoreApplication::instance(), english), u"en"_s);
}

void TestExportLogDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = seededDatabase(*m_dir);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    QVERIFY(addStaff(*m_db));
    // One verification at the counter, so the export has a row.
    VerificationRequest r;
    r.studentId = kStudentId;
    r.guardianId = u"G-9000001"_s;
    r.id.type = IdType::Passport;
    r.id.issuer = u"Nigeria"_s;
    r.id.numberLast4 = u"1234"_s;
    r.id.expiresOn = QDate::currentDate().addYears(3);
    r.id.givenNames = kMotherFirst;
    r.id.familyNames = kStudentLast;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(actorFor(kDeskUser), r);
    QVERIFY2(v && v->verified(), qPrintable(v ? u"refused"_s : v.message()));
}

void TestExportLogDialog::cleanup()
{
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

Actor TestExportLogDialog::actorFor(const QString& user)
{
    auto member = m_staff->find(user);
    return member ? m_staff->actorFor(*member) : Actor{};
}

std::unique_ptr<MainWindow> TestExportLogDialog::windowFor(const QString& user)
{
    auto member = m_staff->find(user);
    if (!member)
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_db, *m_staff, member.value());
    window->resize(1200, 800);
    window->show();
    return window;
}

void TestExportLogDialog::fill(ExportLogDialog& dialog, const QString& path)
{
    auto* from = dialog.findChild<QDateEdit*>(u"fromDate"_s);
    auto* to = dialog.findChild<QDateEdit*>(u"toDate"_s);
    auto* file = dialog.findChild<QLineEdit*>(u"fileEdit"_s);
    QVERIFY(from && to && file);
    from->setDate(QDate::currentDate().addDays(-7));
    to->setDate(QDate::currentDate());
    file->setText(path);
}

void TestExportLogDialog::onlyAnAdministratorSeesTheAction()
{
    auto desk = windowFor(kDeskUser);
    QVERIFY(desk);
    auto* deskAction = desk->findChild<QAction*>(u"exportLogAction"_s);
    QVERIFY(deskAction);
    QVERIFY(!deskAction->isVisible());

    auto admin = windowFor(kAdminUser);
    QVERIFY(admin);
    auto* action = admin->findChild<QAction*>(u"exportLogAction"_s);
    QVERIFY(action);
    QVERIFY(action->isVisible());
    auto* button = admin->findChild<QWidget*>(u"exportLogButton"_s);
    QVERIFY(button && button->isVisible());
    QCOMPARE(button->accessibleName(), u"Export the verification log"_s);
    admin->lock();
    QVERIFY(!action->isVisible());
}

void TestExportLogDialog::enterExportsASignedFileWithProgress()
{
    ExportLogDialog dialog(*m_db, actorFor(kAdminUser));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(u"week.csv"_s);
    fill(dialog, path);
    // Every control has a name a screen reader can say.
    for (QWidget* w : interactiveWidgets(&dialog)) {
        if (qobject_cast<QAbstractButton*>(w) && !static_cast<QAbstractButton*>(w)->text().isEmpty())
            continue;
        QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(describe(w)));
    }
    auto* format = dialog.findChild<QComboBox*>(u"formatCombo"_s);
    QVERIFY(format);
    QCOMPARE(format->currentData().toString(), u"csv"_s);
    auto* fileEdit = dialog.findChild<QLineEdit*>(u"fileEdit"_s);
    fileEdit->setFocus();
    QTest::keyClick(fileEdit, Qt::Key_Return); // the default button: Export

    auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
    QVERIFY2(status->text().startsWith(u"Exported 1 verification to"_s), qPrintable(status->text()));
    QVERIFY2(status->text().contains(u"week.csv.sig"_s), qPrintable(status->text()));
    // The whole message is on screen: the label is as tall as its wrapped text needs.
    QVERIFY(status->height() >= status->heightForWidth(status->width()));
    auto* bar = dialog.findChild<QProgressBar*>(u"progressBar"_s);
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->value(), bar->maximum());
    QVERIFY(dialog.isVisible()); // it stays open to say where the file went
    if (const QByteArray keep = qgetenv("GD_UI_KEEP_DIR"); !keep.isEmpty())
        dialog.grab().save(QString::fromLocal8Bit(keep) + u"/export-log-dialog.png"_s);
    auto key = DeviceSecrets::sealedSigningPublicKey(*m_db);
    QVERIFY(key);
    auto check = VerificationLogExport::verify(path, path + u".sig"_s, *key);
    QVERIFY2(check, qPrintable(check.message()));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains(kMotherFirst.toUtf8()));
}

void TestExportLogDialog::escapeWhileExportingCancelsAndLeavesNoFile()
{
    ExportLogDialog dialog(*m_db, actorFor(kAdminUser));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QString path = m_dir->filePath(u"cancelled.pdf"_s);
    fill(dialog, path);
    dialog.findChild<QComboBox*>(u"formatCombo"_s)->setCurrentIndex(2); // PDF report
    dialog.findChild<QLineEdit*>(u"fileEdit"_s)->setText(path);
    // Escape arrives while the export runs (at its first progress step).
    QMetaObject::invokeMethod(
        &dialog,
        [&dialog] {
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &dialog, Qt::Key_Escape);
        },
        Qt::QueuedConnection);
    dialog.startExport();
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.isRunning());
    auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
    QCOMPARE(status->text(), u"The export was cancelled; no file was saved."_s);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + u".sig"_s));
    // The form is usable again.
    QVERIFY(dialog.findChild<QPushButton*>(u"exportButton"_s)->isEnabled());
}

void TestExportLogDialog::theServiceRefusesFrontDeskEvenInTheDialog()
{
    ExportLogDialog dialog(*m_db, actorFor(kDeskUser));
    dialog.show();
    const QString path = m_dir->filePath(u"denied.csv"_s);
    fill(dialog, path);
    dialog.startExport();
    auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
    QVERIFY2(status->text().contains(u"Only an administrator"_s), qPrintable(status->text()));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestExportLogDialog)
#include "TestExportLogDialog.moc"
