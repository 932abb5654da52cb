#pragma once

#include "core/Staff.h"
#include "services/VerificationSession.h"

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>

namespace Ui {
class MainWindow;
}

class QLabel;

namespace gd {

class LetterDocument;

class Database;
class CardActions;
class NarrowLayout;
class IdleLock;
class LockScreen;
class ReturnedFormScan;
class StaffService;
class StudentCardWidget;
class StudentDirectory;
class StudentSearchModel;
class SyncIndicator;
class VerificationWizard;

// The kiosk's one window: type-ahead student search, the student card, the sync indicator,
// who is signed in, and the lock. From the card, the verification wizard starts for the chosen
// adult (or for an adult not on record). When locked (Lock, Ctrl+L or idle timeout) every
// student detail is dropped, not merely covered, the wizard included, and only a sign-in is shown.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    static constexpr int kSearchDelayMs = 150;   // debounce between keystrokes and the query
    static constexpr int kSearchLimit = 50;

    MainWindow(Database& db, StaffService& staff, const StaffMember& member, QWidget* parent = nullptr);
    ~MainWindow() override;

    const Actor& actor() const { return m_actor; }
    bool isLocked() const { return m_locked; }

    // Kiosk mode: full screen with no window decorations; the window cannot be closed, and
    // only a signed-in administrator quits (Quit, Ctrl+Q). Outside kiosk mode the window opens
    // where the signed-in staff member last left it, maximized the first time.
    void setKioskMode(bool on);
    bool kioskMode() const { return m_kioskMode; }
    // Shows the window as the mode and the staff member's last geometry say.
    void showForStaff();
    // An administrator ends the kiosk (kiosk mode's only way out); anyone else is refused.
    void quitAsAdministrator();

    IdleLock* idleLock() const { return m_idle; }
    StudentSearchModel* searchModel() const { return m_model; }
    StudentCardWidget* cardWidget() const;
    LockScreen* lockScreen() const { return m_lockScreen; }
    SyncIndicator* syncIndicator() const { return m_sync; }
    QTimer& searchTimer() { return m_searchTimer; }
    // Scanning a returned form's code opens its case.
    ReturnedFormScan* returnedFormScan() const { return m_formScan; }
    // The open verification, if any.
    VerificationWizard* verificationWizard() const;
    // How print-now letters are printed; unset, letters are queued for the letter printer.
    void setPrintNow(PrintNow printNow) { m_printNow = std::move(printNow); }
    // Where forms are printed: makes a document, lets `draw` add the form, finishes it. Unset,
    // the staff member picks a printer. Tests draw into images.
    using FormOutput = std::function<Status(const std::function<Status(LetterDocument&)>& draw)>;
    void setFormOutput(FormOutput output);

public Q_SLOTS:
    // Drops every student detail and shows the lock screen.
    void lock();
    // Runs the pending search now instead of waiting for the debounce.
    void searchNow();
    // Shows the card of the student in `row` of the results.
    void openRow(int row);
    // Starts the verification of the adult chosen on the card.
    void verifyChosenAdult();
    // The adult at the counter is not on the student's record: the Parent Access Request form.
    void verifyAdultNotOnRecord();
    // The letter printer's queue of sealed letters.
    void showLetterQueue();
    // The request to mail the key (the Mail/Email Waiver form), pre-filled for the adult chosen on the card.
    void printWaiverForm();
    // The Parent Access Request form for an adult not on the record yet.
    void printAccessRequestForm();

Q_SIGNALS:
    void locked();
    void unlocked(const gd::Actor& actor);
    void closed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void unlock(const StaffMember& member);
    void setMember(const StaffMember& member);
    void applySettings();
    void closeWindowsOverTheLock();
    void clearStudentData();
    void showSearchHint();
    void openVerification(const QString& guardianId);
    void setSearchPanelFloor();
    void enterCard(int row, Qt::FocusReason reason);
    void saveGeometryForStaff();
    void warnBeforeIdleLock(std::chrono::milliseconds left);
    void lockWhenIdle();
    void restoreGeometryForStaff();
    void updateQuitAction();

    std::unique_ptr<Ui::MainWindow> m_ui;
    Database& m_db;
    StaffService& m_staff;
    std::unique_ptr<StudentDirectory> m_directory;
    Actor m_actor;
    bool m_locked = false;
    bool m_kioskMode = false;
    bool m_quitting = false;
    QAction* m_quitAction = nullptr;
    QPointer<QWidget> m_idleWarning;

    StudentSearchModel* m_model = nullptr;
    LockScreen* m_lockScreen = nullptr;
    IdleLock* m_idle = nullptr;
    SyncIndicator* m_sync = nullptr;
    ReturnedFormScan* m_formScan = nullptr;
    QLabel* m_staffLabel = nullptr;
    QTimer m_searchTimer;
    QPointer<VerificationWizard> m_wizard;
    PrintNow m_printNow;
    NarrowLayout* m_narrow = nullptr;
    CardActions* m_cardActions = nullptr;
};

} // namespace gd
