#pragma once

#include "core/Result.h"
#include "services/VerificationSession.h"

#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QWidget>

namespace gd {

class Database;

// A letter carries keys, so it goes to paper only: the print dialog offers no file and no page
// range, and printing takes one copy. offerPaperOnly() before the dialog; after it, acceptPaper()
// is false when a file was chosen anyway (the caller says so and prints nothing).
void offerPaperOnly(QPrintDialog& dialog);
bool acceptPaper(QPrinter& printer);

// Prints the letter just queued at the counter: the staff member picks the printer, and the
// service makes the keys, draws them on it and records them. Cancelled or failed, no key exists
// and the letter stays queued: the wizard offers to print it again.
class CounterPrinter {
public:
    CounterPrinter(Database& db, QWidget* parent, std::function<Actor()> actor);

    Status print(const QString& letterId, qint64 serial);

    // The PrintNow seam of the wizard, bound to this printer.
    PrintNow seam();

private:
    Database& m_db;
    QPointer<QWidget> m_parent;
    std::function<Actor()> m_actor;
};

} // namespace gd
