#pragma once

#include <QObject>
#include <QPointer>

class QAction;

namespace gd {

class BackgroundSync;
class Database;
class MainWindow;
class SyncIndicator;
class SyncStatusDialog;

// Wires the kiosk's background sync into the main window: runs BackgroundSync for as long as
// the window lives (locked or not), refreshes the status-bar indicator after every run, and
// opens the sync status panel from the indicator (click, Enter or Space) or Ctrl+Shift+S.
// Kept out of MainWindow so that the window only creates it.
class SyncStatusLauncher : public QObject {
    Q_OBJECT
public:
    static constexpr const char* kShortcut = "Ctrl+Shift+S";

    SyncStatusLauncher(Database& db, MainWindow& window, SyncIndicator& indicator);
    ~SyncStatusLauncher() override;

    BackgroundSync& backgroundSync() { return *m_sync; }
    QAction* action() const { return m_action; }
    // The open panel, if any.
    SyncStatusDialog* dialog() const;

public Q_SLOTS:
    // Opens the panel for the signed-in staff member; nothing while the kiosk is locked.
    SyncStatusDialog* open();

private:
    MainWindow& m_window;
    BackgroundSync* m_sync = nullptr;
    QAction* m_action = nullptr;
    QPointer<SyncStatusDialog> m_dialog;
};

} // namespace gd
