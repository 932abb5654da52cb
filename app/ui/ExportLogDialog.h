#pragma once

#include "core/Staff.h"

#include <QDialog>

#include <memory>

class QAction;
class QPushButton;
class QToolBar;

namespace Ui {
class ExportLogDialog;
}

namespace gd {

class Database;
class MainWindow;

// "Export verification log…" for administrators: days, format (CSV for Excel, JSON, PDF
// report), outcome and method, and where to save. The export runs through
// VerificationLogExport with a progress bar; Cancel (or Escape, or the idle lock) stops it and
// leaves no file. The service checks the role again: the hidden action is a convenience.
class ExportLogDialog : public QDialog {
    Q_OBJECT
public:
    ExportLogDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    ~ExportLogDialog() override;

    // Adds the action to the window's toolbar, shown only while an administrator is signed in.
    static QAction* install(MainWindow& window, QToolBar* toolBar, Database& db);

    bool isRunning() const { return m_running; }

public Q_SLOTS:
    void startExport();
    void cancelExport();
    void chooseFile();
    void reject() override;

private:
    void setRunning(bool running);
    void suggestFileName();

    std::unique_ptr<Ui::ExportLogDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    QPushButton* m_exportButton = nullptr;
    bool m_running = false;
    bool m_cancel = false;
};

} // namespace gd
