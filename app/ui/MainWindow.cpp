#include "ui/MainWindow.h"
#include "ui_MainWindow.h"

#include "storage/Settings.h"
#include "ui/letters/LetterQueueDialog.h"
#include "ui/KioskStyle.h"
#include "ui/NarrowLayout.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/StaffService.h"
#include "storage/StudentDirectory.h"
#include "storage/VerificationService.h"
#include "ui/AdultsModel.h"
#include "ui/CardActions.h"
#include "ui/DisplayText.h"
#include "ui/ExportLogDialog.h"
#include "ui/IdleLock.h"
#include "ui/LockScreen.h"
#include "ui/ReturnedFormScan.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/SyncIndicator.h"
#include "ui/SyncStatusLauncher.h"
#include "ui/wizard/VerificationWizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QStyle>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

using namespace std::chrono_literals;

namespace gd {

namespace {
constexpr int kDefaultIdleSeconds = 120;
} // namespace

MainWindow::MainWindow(Database& db, StaffService& staff, const StaffMember& member, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_db(db)
    , m_staff(staff)
    , m_directory(std::make_unique<StudentDirectory>(db))
    , m_model(new StudentSearchModel(this))
{
    m_ui->setupUi(this);

    // Results: the name takes the room, the rest fits its contents; rows sized from the font.
    QTableView* results = m_ui->resultsView;
    results->setModel(m_model);
    results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results->horizontalHeader()->setSectionResizeMode(StudentSearchModel::NameColumn, QHeaderView::Stretch);
    // Rows grow with the text: long compound names wrap (wordWrap in the form) instead of being cut.
    results->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    results->installEventFilter(this);
    m_ui->searchEdit->installEventFilter(this);
    // The field's clear button (mouse and touch; Escape does the same from the keyboard).
    for (QAbstractButton* button : m_ui->searchEdit->findChildren<QAbstractButton*>())
        button->setAccessibleName(tr("Clear the search"));
    cardWidget()->adultsView()->installEventFilter(this);
    m_cardActions = new CardActions(db, *cardWidget(),
                                    {m_ui->verifyButton, m_ui->notOnRecordButton, m_ui->printWaiverButton,
                                     m_ui->printRequestFormButton, m_ui->cardActionsHint},
                                    this);
    connect(m_cardActions, &CardActions::verifyRequested, this, &MainWindow::openVerification);
    connect(m_cardActions, &CardActions::message, this, [this](const QString& text) {
        statusBar()->showMessage(text, 10000);
    });
    m_ui->splitter->setStretchFactor(0, 4);
    m_ui->splitter->setStretchFactor(1, 5);
    setSearchPanelFloor();
    m_narrow = new NarrowLayout(m_ui->splitter, m_ui->searchPanel, m_ui->cardPanel, m_ui->cardScrollArea, this);

    m_searchTimer.setSingleShot(true);
    m_searchTimer.setInterval(kSearchDelayMs);
    connect(&m_searchTimer, &QTimer::timeout, this, &MainWindow::searchNow);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.trimmed().isEmpty())
            searchNow();   // nothing to wait for: empty the results at once
        else
            m_searchTimer.start();
    });
    connect(results, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        enterCard(index.row(), Qt::OtherFocusReason);
    });
    // On a narrow window the card is not beside the results: a click on a result opens it.
    connect(results, &QAbstractItemView::clicked, this, [this](const QModelIndex& index) {
        if (!m_narrow->sideBySideFits())
            enterCard(index.row(), Qt::MouseFocusReason);
    });
    connect(results->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    openRow(current.row());
            });

    m_lockScreen = new LockScreen(staff, m_ui->lockPage);
    m_lockScreen->setObjectName(QStringLiteral("lockScreen"));
    m_ui->lockLayout->addWidget(m_lockScreen);
    connect(m_lockScreen, &LockScreen::unlocked, this, &MainWindow::unlock);

    connect(m_ui->lockAction, &QAction::triggered, this, &MainWindow::lock);
    connect(m_ui->letterQueueAction, &QAction::triggered, this, &MainWindow::showLetterQueue);
    if (QWidget* queueButton = m_ui->mainToolBar->widgetForAction(m_ui->letterQueueAction)) {
        queueButton->setObjectName(QStringLiteral("letterQueueButton"));
        queueButton->setAccessibleName(tr("Open the letter queue"));
    }
    if (QWidget* lockButton = m_ui->mainToolBar->widgetForAction(m_ui->lockAction)) {
        lockButton->setObjectName(QStringLiteral("lockButton"));
        lockButton->setAccessibleName(tr("Lock the kiosk"));
    }

    m_formScan = new ReturnedFormScan(*this, db);
    m_formScan->addTo(m_ui->mainToolBar);

    m_sync = new SyncIndicator(db, this);
    statusBar()->addWidget(m_sync, 1);
    new SyncStatusLauncher(db, *this, *m_sync);   // background sync and its status panel
    m_staffLabel = new QLabel(this);
    m_staffLabel->setObjectName(QStringLiteral("staffLabel"));
    m_staffLabel->setTextFormat(Qt::PlainText);
    m_staffLabel->setAccessibleName(tr("Signed-in staff member"));
    statusBar()->addPermanentWidget(m_staffLabel);

    m_idle = new IdleLock(std::chrono::seconds(kDefaultIdleSeconds), this);
    m_idle->setObjectName(QStringLiteral("idleLock"));
    connect(m_idle, &IdleLock::idle, this, &MainWindow::lockWhenIdle);
    connect(m_idle, &IdleLock::warning, this, &MainWindow::warnBeforeIdleLock);
    connect(m_idle, &IdleLock::resumed, this, [this] {
        if (m_idleWarning)
            m_idleWarning->close();
    });

    setMember(member);
    ExportLogDialog::install(*this, m_ui->mainToolBar, db);   // after the member: it shows for administrators
    m_quitAction = new QAction(tr("Q&uit"), this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitAsAdministrator);
    m_ui->mainToolBar->addAction(m_quitAction);
    if (QWidget* quitButton = m_ui->mainToolBar->widgetForAction(m_quitAction)) {
        quitButton->setObjectName(QStringLiteral("quitButton"));
        quitButton->setAccessibleName(tr("Quit GuardianDesk"));
    }
    updateQuitAction();
    applySettings();
    showSearchHint();
    m_ui->centralStack->setCurrentWidget(m_ui->workPage);
    m_idle->arm();
    m_narrow->revealSearch();
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

StudentCardWidget* MainWindow::cardWidget() const
{
    return m_ui->cardWidget;
}

VerificationWizard* MainWindow::verificationWizard() const
{
    return m_wizard;
}

void MainWindow::setMember(const StaffMember& member)
{
    m_actor = m_staff.actorFor(member);
    m_cardActions->setActor(m_actor);
    const QString name = member.displayName.isEmpty() ? member.username : member.displayName;
    m_staffLabel->setText(tr("Signed in: %1").arg(name));
}

// Read again at every unlock: an administrator may have changed them meanwhile.
void MainWindow::applySettings()
{
    const Settings settings(m_db);
    int seconds = settings.intValue(Settings::IdleTimeoutSeconds);
    if (seconds <= 0)
        seconds = kDefaultIdleSeconds;
    m_idle->setTimeout(std::chrono::seconds(seconds));
    DisplayText::setDateStyle(dateStyleFromSetting(settings.value(Settings::DateFormat)));
    // The school in the title: the taskbar and the window switcher say which kiosk this is.
    const QString school = settings.value(Settings::SchoolName).trimmed();
    setWindowTitle(school.isEmpty() ? tr("GuardianDesk") : tr("GuardianDesk — %1").arg(school));
}

void MainWindow::clearStudentData()
{
    m_searchTimer.stop();
    // setText (unlike clear()) also empties the undo history, which would still hold the query.
    m_ui->searchEdit->setText(QString());
    m_model->clear();
    m_ui->resultsView->setCurrentIndex(QModelIndex());
    cardWidget()->clear();
    statusBar()->clearMessage();
    showSearchHint();
    m_cardActions->update();
}

void MainWindow::showSearchHint()
{
    m_ui->searchStatusLabel->setText(tr("Type a name, a student ID or a date of birth."));
}

void MainWindow::searchNow()
{
    m_searchTimer.stop();
    if (m_locked)
        return;
    const QString query = m_ui->searchEdit->text().trimmed();
    if (query.isEmpty()) {
        m_model->clear();
        showSearchHint();
        return;
    }
    auto hits = m_directory->search(query, kSearchLimit);
    if (!hits) {
        m_model->clear();
        m_ui->searchStatusLabel->setText(hits.message());
        return;
    }
    const int count = int(hits->size());
    m_model->setHits(std::move(hits).value());
    if (count == 0)
        m_ui->searchStatusLabel->setText(tr("No student matches this search. Check the spelling, or try the student ID or date of birth."));
    else if (count >= kSearchLimit)
        m_ui->searchStatusLabel->setText(tr("Showing the first %n students: type more to narrow the search.", nullptr, count));
    else
        m_ui->searchStatusLabel->setText(tr("%n student(s) found. Press Enter to open the first, or Down to choose.", nullptr, count));
}

void MainWindow::openRow(int row)
{
    const StudentHit* hit = m_model->hitAt(row);
    if (!hit || m_locked)
        return;
    auto card = m_directory->card(hit->studentId);
    if (!card) {
        statusBar()->showMessage(card.message(), 10000);
        return;
    }
    QString schoolName;
    Settings settings(m_db);
    if (settings.value(Settings::SchoolCode) == card->student.schoolCode)
        schoolName = settings.value(Settings::SchoolName);
    cardWidget()->showCard(card.value(), schoolName);
    m_cardActions->update();
}

// Only front desk staff verify (the service says so too); the buttons say it before any typing.
// The search panel never gets narrower than a list whose name column holds about 18 characters
// beside the other columns at their usual widest (a student number, an ISO date, a grade code,
// "Inactive"), at the font and scale in use: on a small screen at 150% the card gives way, not
// the names staff read to tell students apart.
void MainWindow::setSearchPanelFloor()
{
    QTableView* results = m_ui->resultsView;
    const QFontMetrics fm = results->fontMetrics();
    const int pad = 2 * results->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, results) + fm.averageCharWidth();
    const QString widest[] = {QString(), QStringLiteral("1000000000"), QStringLiteral("2000-00-00"), QStringLiteral("TK"),
                              DisplayText::activeState(false)};
    int width = 18 * fm.averageCharWidth() + pad;
    QHeaderView* header = results->horizontalHeader();
    for (int c = StudentSearchModel::StudentIdColumn; c < StudentSearchModel::ColumnCount; ++c)
        width += std::max(header->sectionSizeHint(c), fm.horizontalAdvance(widest[c]) + pad);
    width += results->verticalScrollBar()->sizeHint().width() + 2 * results->frameWidth();
    const QMargins margins = m_ui->searchPanel->layout()->contentsMargins();
    m_ui->searchPanel->setMinimumWidth(width + margins.left() + margins.right());
}

// Opens the result's card and puts the keyboard in its adults (on a narrow window the card then
// takes the whole width).
void MainWindow::enterCard(int row, Qt::FocusReason reason)
{
    openRow(row);
    m_narrow->revealCard();
    cardWidget()->adultsView()->setFocus(reason);
}

void MainWindow::verifyChosenAdult()
{
    const QString guardianId = m_cardActions->chosenGuardianId();
    if (!guardianId.isEmpty() && m_ui->verifyButton->isEnabled())
        openVerification(guardianId);
}

void MainWindow::verifyAdultNotOnRecord()
{
    if (m_ui->notOnRecordButton->isEnabled())
        openVerification(QString());
}

void MainWindow::openVerification(const QString& guardianId)
{
    if (m_locked || m_wizard || !cardWidget()->hasStudent())
        return;
    // Read again: the wizard works on the record as it is now, not as the card showed it.
    auto card = m_directory->card(cardWidget()->studentId());
    if (!card) {
        statusBar()->showMessage(card.message(), 10000);
        return;
    }
    auto* wizard = new VerificationWizard(m_db, m_actor, card.value(), guardianId, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setPrintNow(m_printNow);
    wizard->resize(boundedToScreen(this, {std::max(wizard->sizeHint().width(), width() * 7 / 10),
                                          std::max(wizard->sizeHint().height(), height() * 8 / 10)}));
    // The next family is next: the search box, its old query selected so typing replaces it.
    connect(wizard, &QDialog::finished, this, [this] {
        if (m_locked)
            return;
        m_narrow->revealSearch();
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        m_ui->searchEdit->selectAll();
    });
    m_wizard = wizard;
    wizard->open();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return QMainWindow::eventFilter(watched, event);
    const int key = static_cast<QKeyEvent*>(event)->key();
    QTableView* results = m_ui->resultsView;

    if (watched == m_ui->searchEdit) {
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            if (m_searchTimer.isActive() || m_model->rowCount() == 0)
                searchNow();
            if (m_model->rowCount() > 0) {
                const int row = results->currentIndex().isValid() ? results->currentIndex().row() : 0;
                results->setCurrentIndex(m_model->index(row, StudentSearchModel::NameColumn));
                results->setFocus(Qt::OtherFocusReason);
                openRow(row);
            }
            return true;
        }
        if (key == Qt::Key_Down) {
            if (m_searchTimer.isActive())
                searchNow();
            if (m_model->rowCount() == 0)
                return true;
            results->setFocus(Qt::OtherFocusReason);
            results->setCurrentIndex(m_model->index(0, StudentSearchModel::NameColumn));
            return true;
        }
        if (key == Qt::Key_Escape) {
            clearStudentData();
            return true;
        }
    } else if (watched == results && key == Qt::Key_Escape) {
        m_narrow->revealSearch();
        m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
        m_ui->searchEdit->selectAll();
        return true;
    } else if (watched == cardWidget()->adultsView() && key == Qt::Key_Escape) {
        m_narrow->revealSearch();
        results->setFocus(Qt::OtherFocusReason);
        return true;
    } else if (watched == cardWidget()->adultsView() && (key == Qt::Key_Return || key == Qt::Key_Enter)) {
        verifyChosenAdult();
        return true;
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::printWaiverForm()
{
    m_cardActions->printWaiverForm();
}

void MainWindow::printAccessRequestForm()
{
    m_cardActions->printAccessRequestForm();
}

void MainWindow::setFormOutput(FormOutput output)
{
    m_cardActions->setFormOutput(std::move(output));
}

void MainWindow::showLetterQueue()
{
    if (m_locked)
        return;
    LetterQueueDialog::showQueue(this, m_db, m_actor);
}

} // namespace gd
