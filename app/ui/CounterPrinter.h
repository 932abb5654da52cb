#pragma once

#include "core/Result.h"
#include "ui/wizard/VerificationSession.h"

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

// Prints a letter at the counter right after its keys were issued: the staff member picks the
// printer, the letter is drawn on it and marked printed. Cancelled or failed, the keys are lost
// with the drawing; the wizard then lets the staff member issue again (which revokes them).
class CounterPrinter {
public:
    CounterPrinter(Database& db, QWidget* parent, std::function<Actor()> actor);

    Status print(Issuance&& issuance);

    // The PrintNow seam of the wizard, bound to this printer.
    PrintNow seam();

private:
    Database& m_db;
    QPointer<QWidget> m_parent;
    std::function<Actor()> m_actor;
};

} // namespace gd
