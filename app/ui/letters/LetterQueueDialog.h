#pragma once

#include "core/Staff.h"
#include "services/LetterPrinting.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <memory>

namespace Ui {
class LetterQueueDialog;
}

class QPagedPaintDevice;
class QTableView;

namespace gd {

class Database;
class LetterQueueModel;
struct QueuedLetter;

// The letter printer's queue (product.md, "Letters and forms"): the sealed letters waiting to
// be printed, never a secret. Letters print in batches, once each (a printed letter leaves the
// queue; a reprint is a reissue at the front desk), one letter at a time so a long batch shows
// its progress and can stop between letters. A misprint is voided with a written reason, which
// revokes its keys. "Printed" and "Voided" look back. The services hold the rules: a staff member
// they do not let print sees the queue read-only.
//
// The kiosk locks over it: closeForLock() (or closeAllForLock() on the main window) drops every
// row and closes it and any question it has open, at once.
class LetterQueueDialog : public QDialog {
    Q_OBJECT
public:
    // Where the pages go. Unset: a QPrinter chosen in the print dialog. Tests hand in any paged
    // device (a QPdfWriter on a QBuffer).
    using OutputFactory = std::function<std::unique_ptr<QPagedPaintDevice>()>;
    enum class View { Queued, Printed, Voided };

    LetterQueueDialog(Database& db, const Actor& actor, QWidget* parent = nullptr);
    ~LetterQueueDialog() override;

    // The kiosk's entry point: opens the queue over `parent` (window-modal, deleted when closed).
    static LetterQueueDialog* showQueue(QWidget* parent, Database& db, const Actor& actor);
    // What the kiosk's lock calls: closes every letter queue under `parent` at once.
    static void closeAllForLock(QWidget* parent);

    void setOutputFactory(OutputFactory factory) { m_outputFactory = std::move(factory); }

    LetterQueueModel* model() const { return m_model; }
    QTableView* lettersView() const;
    View view() const { return m_view; }
    void setView(View view);
    // Printing is offered (the staff member is a letter printer).
    bool mayPrint() const { return m_mayPrint; }
    // The outcome of each letter of the last batch, in order (cancelled letters included).
    const QList<LetterPrinting::Outcome>& lastOutcomes() const { return m_lastOutcomes; }
    QString summaryText() const;
    QString statusText() const;

public Q_SLOTS:
    void refresh();
    void printSelected();
    // The selected letter on screen, keys hidden; it stays in the queue.
    void previewCurrent();
    void printAll();
    // Prints these letters, in this order, as one batch; the service says which cannot print.
    void printLetters(const QStringList& letterIds);
    // Stops the batch after the letter being printed now.
    void cancelPrinting();
    // Asks for a reason and a confirmation, then voids the current letter.
    void voidCurrent();
    // Drops every row and closes now, with whatever question is open.
    void closeForLock();
    void reject() override;

Q_SIGNALS:
    // One more letter of the batch was handled (printed or not).
    void letterHandled(int handled, int total);
    void batchFinished();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    struct Batch;

    void printNext();
    void finishBatch(bool quiet);
    void showResults(const Batch& batch, const QString& problem);
    QString letterLabel(const QString& letterId) const;
    QStringList selectedLetterIds() const;
    const QueuedLetter* currentLetter() const;
    void showStatus(const QString& text);
    void updateState();
    void clearPersonalData();
    // After a nested question: true (and closed) when the kiosk locked meanwhile.
    bool closedByLock();

    std::unique_ptr<Ui::LetterQueueDialog> m_ui;
    Database& m_db;
    Actor m_actor;
    bool m_mayPrint = false;
    View m_view = View::Queued;
    LetterQueueModel* m_model = nullptr;
    OutputFactory m_outputFactory;
    std::unique_ptr<Batch> m_batch;
    QList<LetterPrinting::Outcome> m_lastOutcomes;
    int m_nested = 0;       // questions open on top (their event loops run on this stack)
    bool m_locked = false;
};

} // namespace gd
