// The screenshot check: every screen of a visit at the screen sizes front offices have, from a
// 1024x768 monitor to a 4K screen, at 100% and 150%. Each screen is rendered (offscreen) and
// fails when a widget is clipped (smaller than the least it needs to show its content), overlaps
// a sibling, or lies outside its window, or when a window is larger than the screen. The images
// are kept in the build folder (build/screenshots/<size>/) to look at; the README's screenshots
// are made by the same run (the readme_screenshots target).
//
// Each size is one run of this test (tests/ui/CMakeLists.txt): the offscreen platform gets a
// screen of that size from a config file, and QT_SCALE_FACTOR=1.5 makes it 150%, as a user would.

#include "UiTestSupport.h"

#include "core/crypto/RsaOaep.h"
#include "storage/Settings.h"
#include "ui/AdultsModel.h"
#include "ui/KioskStyle.h"
#include "ui/MainWindow.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/Translations.h"
#include "ui/letters/LetterQueueDialog.h"
#include "ui/letters/LetterQueueModel.h"
#include "ui/wizard/IdDocumentPage.h"
#include "ui/wizard/VerificationWizard.h"
#include "ui/wizard/WizardPageId.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLayout>
#include <QPainter>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QScrollBar>
#include <QTableView>
#include <QtTest>

#include <set>

using namespace gd;
using namespace gd::test;
using namespace Qt::Literals::StringLiterals;

namespace {

// The widget a scroll area scrolls, when `w` lies inside one: what lies in it may extend past the
// visible part, but not past the scrolled widget itself.
const QWidget* scrolledContentOf(const QWidget* w, const QWidget* top)
{
    for (const QWidget* p = w->parentWidget(); p && p != top; p = p->parentWidget()) {
        if (const auto* area = qobject_cast<const QAbstractScrollArea*>(p->parentWidget() ? p->parentWidget()->parentWidget() : nullptr);
            area && area->viewport() == p->parentWidget())
            return p;
    }
    return nullptr;
}

// Qt's own parts of a composite widget (a spin box's line edit, a scroll area's scroll bars,
// a table's headers and corner) are laid out by that widget, not by ours.
bool partOfAComposite(const QWidget* w)
{
    if (w->objectName().startsWith(u"qt_"_s))
        return true;
    const QWidget* parent = w->parentWidget();
    if (!parent)
        return false;
    if (qobject_cast<const QAbstractScrollArea*>(parent) || qobject_cast<const QComboBox*>(parent)
        || qobject_cast<const QLineEdit*>(parent))
        return true;
    return parent->objectName().startsWith(u"qt_scrollarea"_s);
}

// The widgets a layout places, through its nested layouts.
void widgetsOf(QLayout* layout, QList<QWidget*>& out)
{
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* w = item->widget())
            out << w;
        else if (QLayout* inner = item->layout())
            widgetsOf(inner, out);
    }
}

QString nameOf(const QWidget* w)
{
    QString name = w->objectName();
    if (name.isEmpty())
        name = w->accessibleName();
    if (name.isEmpty()) {
        if (const auto* button = qobject_cast<const QAbstractButton*>(w))
            name = button->text();
        else if (const auto* label = qobject_cast<const QLabel*>(w))
            name = label->text().left(40);
    }
    QString where = u"%1 \"%2\""_s.arg(QString::fromLatin1(w->metaObject()->className()), name);
    if (name.isEmpty() && w->parentWidget())   // say where an unnamed widget sits
        where += u" in "_s + nameOf(w->parentWidget());
    return where;
}

// What a person would see wrong on this window at this screen size.
QStringList layoutProblems(QWidget* top, const QSize& screen)
{
    QStringList problems;
    if (top->width() > screen.width() || top->height() > screen.height())
        problems << u"the window is %1x%2, larger than the %3x%4 screen"_s.arg(top->width()).arg(top->height())
                        .arg(screen.width()).arg(screen.height());
    const QRect window = top->rect();
    QList<QWidget*> widgets = top->findChildren<QWidget*>();
    for (QWidget* w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) || w->isWindow() || partOfAComposite(w))
            continue;
        // Inside a scroll area, the room is the scrolled widget, not the window.
        const QWidget* room = scrolledContentOf(w, top);
        const QRect bounds = room ? QRect(room->mapTo(top, QPoint(0, 0)), room->size()) : window;
        const QRect inTop(w->mapTo(top, QPoint(0, 0)), w->size());
        if (!bounds.contains(inTop))
            problems << u"%1 lies outside the window (%2,%3 %4x%5)"_s.arg(nameOf(w)).arg(inTop.x()).arg(inTop.y())
                            .arg(inTop.width()).arg(inTop.height());
        // Clipped: less room than the least it needs. A widget whose height follows its width
        // (wrapped text) needs that height at the width it got.
        const QSize least = w->minimumSizeHint().expandedTo(w->minimumSize());
        const QSizePolicy policy = w->sizePolicy();
        if (least.isValid()) {
            if (policy.horizontalPolicy() != QSizePolicy::Ignored && w->width() < least.width())
                problems << u"%1 is clipped: %2 px wide, needs %3"_s.arg(nameOf(w)).arg(w->width()).arg(least.width());
            // (A container's heightForWidth is its preferred height, not the least it needs.)
            const int neededHeight = w->hasHeightForWidth() && !w->layout() ? w->heightForWidth(w->width())
                                                                            : least.height();
            if (policy.verticalPolicy() != QSizePolicy::Ignored && w->height() < neededHeight)
                problems << u"%1 is clipped: %2 px high, needs %3"_s.arg(nameOf(w)).arg(w->height()).arg(neededHeight);
        }
        // Scrolling sideways hides the end of every line: a student's status, a field's end.
        if (auto* area = qobject_cast<QAbstractScrollArea*>(w); area && area->horizontalScrollBar()->maximum() > 0)
            problems << u"%1 needs scrolling sideways"_s.arg(nameOf(w));
    }
    // Overlaps: among the visible widgets one layout places.
    widgets.prepend(top);
    for (QWidget* parent : std::as_const(widgets)) {
        if (!parent->layout() || !parent->isVisibleTo(top))
            continue;
        QList<QWidget*> placed;
        widgetsOf(parent->layout(), placed);
        placed.removeIf([top](QWidget* w) { return !w->isVisibleTo(top) || w->isWindow(); });
        for (qsizetype i = 0; i < placed.size(); ++i) {
            for (qsizetype j = i + 1; j < placed.size(); ++j) {
                if (placed[i]->geometry().intersects(placed[j]->geometry()))
                    problems << u"%1 overlaps %2"_s.arg(nameOf(placed[i]), nameOf(placed[j]));
            }
        }
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestLayouts : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void everyScreenOfAVisitFits();

private:
    void check(QWidget* top, const QString& screenName);
    void save(QWidget* top, const QString& screenName);

    QSize m_screen;          // the screen's room, in device-independent pixels
    QString m_sizeName;      // 1366x768@150: the screen in pixels, and the scale
    QStringList m_problems;
    QString m_outDir;        // build/screenshots/<size name>
    QString m_readmeDir;     // GD_README_SCREENSHOTS: where the README's three pictures go
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<StaffService> m_staff;
    QTemporaryDir m_keyDir;
    QString m_publicKeyPath;
};

void TestLayouts::initTestCase()
{
    QVERIFY(useEnglishKiosk());
    // Letters are sealed to the district's key: the check needs one to issue keys.
    const auto keys = writeDistrictKeys(m_keyDir);
    QVERIFY(keys);
    m_publicKeyPath = keys->publicKeyPath;
    m_readmeDir = qEnvironmentVariable("GD_README_SCREENSHOTS");

    const QScreen* screen = QGuiApplication::primaryScreen();
    m_screen = screen->availableGeometry().size();
    const qreal scale = screen->devicePixelRatio();
    m_sizeName = qEnvironmentVariable("GD_SCREEN_NAME",
                                      u"%1x%2@%3"_s.arg(qRound(screen->geometry().width() * scale))
                                          .arg(qRound(screen->geometry().height() * scale)).arg(qRound(scale * 100)));
    qInfo("screen %s: %dx%d device-independent pixels", qPrintable(m_sizeName), m_screen.width(), m_screen.height());
    m_outDir = QDir(QStringLiteral(GD_SCREENSHOT_DIR)).filePath(m_sizeName);
    QVERIFY(QDir().mkpath(m_outDir));
}

void TestLayouts::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = seededCounterDatabase(*m_dir, m_publicKeyPath);
    QVERIFY(m_db);
    m_staff = std::make_unique<StaffService>(*m_db);
    m_problems.clear();
}

void TestLayouts::cleanup()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_staff.reset();
    m_db.reset();
    m_dir.reset();
}

// The window as the screen shows it, at the screen's scale.
void TestLayouts::save(QWidget* top, const QString& screenName)
{
    const QImage image = top->grab().toImage();
    QVERIFY2(image.save(QDir(m_outDir).filePath(screenName + u".png"_s)), qPrintable(m_outDir));
    if (m_readmeDir.isEmpty() || m_sizeName != u"1366x768@100"_s)
        return;
    static const QHash<QString, QString> readme{{u"main-card"_s, u"main-window"_s},
                                                {u"wizard-4-id-document"_s, u"verification-wizard"_s},
                                                {u"letter-queue"_s, u"letter-queue"_s}};
    if (readme.contains(screenName))
        QVERIFY(image.save(QDir(m_readmeDir).filePath(readme.value(screenName) + u".png"_s)));
}

void TestLayouts::check(QWidget* top, const QString& screenName)
{
    QTest::qWait(20);   // let queued layout requests run
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    save(top, screenName);
    for (const QString& problem : layoutProblems(top, m_screen))
        m_problems << u"%1: %2"_s.arg(screenName, problem);
}

void TestLayouts::everyScreenOfAVisitFits()
{
    // The kiosk fills the screen, as in kiosk mode.
    auto member = m_staff->find(kDeskUser);
    QVERIFY(member);
    MainWindow window(*m_db, *m_staff, member.value());
    window.showFullScreen();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    check(&window, u"main-empty"_s);

    // A student found, then opened from the results with Enter, an adult chosen: the keyboard
    // goes from the results into the card, as at the counter.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.findChild<QLineEdit*>(u"searchEdit"_s)->setText(kStudentLast);
    window.searchNow();
    QVERIFY(window.searchModel()->rowCount() >= 2);   // the family's two children
    auto* results = window.findChild<QTableView*>(u"resultsView"_s);
    results->setFocus(Qt::OtherFocusReason);
    for (int row = 0; row < window.searchModel()->rowCount(); ++row) {
        if (window.searchModel()->index(row, StudentSearchModel::StudentIdColumn).data().toString() == kStudentId)
            results->setCurrentIndex(window.searchModel()->index(row, StudentSearchModel::NameColumn));
    }
    check(&window, u"main-results"_s);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(window.cardWidget()->studentId(), kStudentId);
    AdultsModel* adults = window.cardWidget()->adultsModel();
    auto* adultsView = qobject_cast<QAbstractItemView*>(window.cardWidget()->adultsView());
    QCOMPARE(QApplication::focusWidget(), adultsView);
    const auto chooseMother = [adults, adultsView] {
        for (int row = 0; row < adults->rowCount(); ++row) {
            if (adults->index(row, AdultsModel::NameColumn).data().toString().startsWith(kMotherFirst))
                adultsView->setCurrentIndex(adults->index(row, AdultsModel::NameColumn));
        }
    };
    chooseMother();
    check(&window, u"main-card"_s);

    // Escape goes back to the results, whatever the width; Enter opens the card again.
    QTest::keyClick(adultsView, Qt::Key_Escape);
    QCOMPARE(QApplication::focusWidget(), results);
    QVERIFY(results->isVisible());
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), adultsView);
    QVERIFY(adultsView->isVisible());
    chooseMother();

    // Every page of the verification, in the order a visit takes them.
    auto* verify = window.findChild<QPushButton*>(u"verifyButton"_s);
    QVERIFY(verify && verify->isEnabled());
    verify->click();
    QPointer<VerificationWizard> wizard = window.verificationWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));
    const auto forward = [&wizard] {
        for (auto which : {QWizard::CommitButton, QWizard::NextButton, QWizard::FinishButton}) {
            QAbstractButton* b = wizard->button(which);
            if (b->isVisible() && b->isEnabled()) {
                b->click();
                return true;
            }
        }
        return false;
    };
    const std::pair<int, QString> pages[] = {
        {StudentAdultPageId, u"wizard-1-student-adult"_s}, {EligibilityPageId, u"wizard-2-eligibility"_s},
        {MethodPageId, u"wizard-3-method"_s},              {IdDocumentPageId, u"wizard-4-id-document"_s},
        {ChecksPageId, u"wizard-5-checks"_s},              {SecurityQuestionsPageId, u"wizard-6-questions"_s},
        {AttestationPageId, u"wizard-7-attestation"_s},    {OutcomePageId, u"wizard-8-outcome"_s},
        {KeysPageId, u"wizard-9-keys"_s},                  {KeysIssuedPageId, u"wizard-10-keys-issued"_s}};
    for (const auto& [id, name] : pages) {
        QCOMPARE(wizard->currentId(), id);
        if (id == IdDocumentPageId) {
            // Filled in as staff would, so the page shows its longest state.
            QWizardPage* page = wizard->currentPage();
            const auto type = [page](const char* field, const QString& text) {
                auto* edit = page->findChild<QLineEdit*>(QString::fromLatin1(field));
                QVERIFY2(edit, field);
                edit->setText(text);
            };
            type("issuerEdit", u"CA"_s);
            type("last4Edit", u"4567"_s);
            type("expiryEdit", QLocale(QLocale::English, QLocale::UnitedStates)
                                   .toString(QDate::currentDate().addYears(3), u"MM/dd/yyyy"_s));
            type("givenNamesEdit", kMotherFirst);
            type("familyNamesEdit", kStudentLast);
        }
        if (id == AttestationPageId)
            wizard->currentPage()->findChild<QRadioButton*>(u"matchesRadio"_s)->setChecked(true);
        check(wizard, name);
        if (id != KeysIssuedPageId)
            QVERIFY2(forward(), qPrintable(u"cannot go on from "_s + name));
    }
    QVERIFY(forward());   // Finish
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);

    // The letter queue, with the letter just issued.
    window.showLetterQueue();
    auto* queue = window.findChild<LetterQueueDialog*>();
    QVERIFY(queue);
    QVERIFY(QTest::qWaitForWindowExposed(queue));
    QVERIFY(queue->model()->rowCount() >= 1);
    check(queue, u"letter-queue"_s);
    queue->close();

    QVERIFY2(m_problems.isEmpty(), qPrintable(u"\n  "_s + m_problems.join(u"\n  "_s)
                                               + u"\n  (images in "_s + m_outDir + u")"_s));
}

QTEST_MAIN(TestLayouts)
#include "TestLayouts.moc"
