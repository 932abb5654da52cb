#pragma once

#include "core/Staff.h"

#include <QIcon>
#include <QObject>

#include <memory>

class QWidget;

namespace gd {

class CounterPrinter;

class Database;
class FirstRunDialog;
class LoginDialog;
class MainWindow;
class StaffService;

// The kiosk's path from start to work: the first administrator when no staff account exists,
// then a sign-in, then the main window. Dialogs are opened without blocking (open(), not
// exec()), so tests drive the real widgets through the same path a person takes.
class KioskApp : public QObject {
    Q_OBJECT
public:
    explicit KioskApp(Database& db, QObject* parent = nullptr);
    ~KioskApp() override;

    // Opens (or creates) the database; on failure explains why in a message box and returns null.
    // The kiosk then exits with kDatabaseExitCode.
    static std::unique_ptr<Database> openDatabase(const QString& path, QWidget* parent = nullptr);
    static constexpr int kDatabaseExitCode = 2;

    static QIcon appIcon();

    // Kiosk mode (the --kiosk option or the kiosk.full_screen setting): a full-screen backdrop
    // from the start, dialogs over it that cannot be closed, and a main window without
    // decorations that only an administrator quits. Set before start().
    void setKioskMode(bool on) { m_kioskMode = on; }
    bool kioskMode() const { return m_kioskMode; }

    void start();
    // Brings the kiosk's current window to the front (a second start on the same database asks for it).
    void raise();

    FirstRunDialog* firstRunDialog() const { return m_firstRun.get(); }
    LoginDialog* loginDialog() const { return m_login.get(); }
    MainWindow* mainWindow() const { return m_main.get(); }

Q_SIGNALS:
    // The kiosk should end with this exit code (the person quit or closed the window).
    void finished(int exitCode);

private:
    void showFirstRun();
    void showLogin(const QString& userName = {});
    void showMainWindow(const StaffMember& member);

    QWidget* dialogParent();

    Database& m_db;
    bool m_kioskMode = false;
    std::unique_ptr<QWidget> m_backdrop;   // kiosk mode, until the main window shows
    std::unique_ptr<StaffService> m_staff;
    std::unique_ptr<FirstRunDialog> m_firstRun;
    std::unique_ptr<LoginDialog> m_login;
    std::unique_ptr<MainWindow> m_main;
    std::unique_ptr<CounterPrinter> m_counterPrinter;
};

} // namespace gd
