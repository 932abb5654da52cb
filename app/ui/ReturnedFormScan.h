#pragma once

#include "core/Result.h"
#include "services/ReturnedFormLookup.h"

#include <QObject>

class QAction;
class QToolBar;

namespace gd {

class Database;
class MainWindow;
class WedgeScanFilter;

// The main window's side of a returned form: "Scan returned form" (a picture of the form) or
// the wedge scanner's burst on the main window finds the form's case through
// ReturnedFormLookup and opens it like a search would: the student's card, with the adult the
// waiver was for chosen. What went wrong, or a form that names no student, is said in the
// status bar.
class ReturnedFormScan : public QObject {
    Q_OBJECT
public:
    ReturnedFormScan(MainWindow& window, Database& db);

    QAction* action() const { return m_action; }
    // Puts the action on the window's toolbar, its button named for tests and screen readers.
    void addTo(QToolBar* toolBar);

    // The toolbar action: a picture of the returned form.
    void scanImageFile();
    // What a wedge scanner typed on the main window.
    void scanWedgeText(const QString& typed);

private:
    void open(const Result<ReturnedCase>& found);

    MainWindow& m_window;
    Database& m_db;
    QAction* m_action = nullptr;
    WedgeScanFilter* m_wedge = nullptr;
};

} // namespace gd
