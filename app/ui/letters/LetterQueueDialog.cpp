#include "ui/letters/LetterQueueDialog.h"

#include "ui_LetterQueueDialog.h"

#include "core/Logging.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "services/Letterhead.h"
#include "services/PrintRun.h"
#include "storage/LetterQueue.h"
#include "storage/Settings.h"
#include "ui/CounterPrinter.h"
#include "ui/KioskStyle.h"
#include "ui/MessageBox.h"
#include "ui/letters/LetterQueueModel.h"
#include "ui/letters/VoidLetterDialog.h"
#include "ui/wizard/PageSupport.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QHeaderView>
#include <QKeyEvent>
#include <QPagedPaintDevice>
#include <QPrintDialog>
#include <QPrinter>
#include <QStyle>
#include <QTimer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gd {

namespace {

QString stateName(LetterQueueDialog::View view)
{
    switch (view) {
    case LetterQueueDialog::View::Printed:
        return u"printed"_s;
    case LetterQueueDialog::View::Voided:
        return u"voided"_s;
    case LetterQueueDialog::View::Queued:
        break;
    }
    return u"queued"_s;
}

} // namespace

// One print run on screen: the service's PrintRun, the device and the document it draws on.
// Declared in this order so that the run goes first, then the document, then its device.
struct LetterQueueDialog::Batch {
    std::unique_ptr<QPagedPaintDevice> device;
    std::unique_ptr<LetterDocument> document;
    std::unique_ptr<PrintRun> run;
    QStringList labels;          // "letter 1234-000007 for ...", as the queue showed them
    QList<LetterPrinting::Outcome> outcomes;   // when the run is over
};

LetterQueueDialog::LetterQueueDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LetterQueueDialog>())
    , m_db(db)
    , m_actor(actor)
    , m_model(new LetterQueueModel(this))
{
    m_ui->setupUi(this);
    setObjectName(u"letterQueueDialog"_s);
    // What the screen offers follows the roles; the services decide (and say no themselves).
    m_mayPrint = LetterQueue::mayPrint(actor);
    const bool mayVoid = LetterQueue::mayVoid(actor, u"queued"_s);

    PageSupport::makeHeadline(m_ui->headingLabel);
    PageSupport::styleAsNotice(m_ui->onceOnlyLabel);
    PageSupport::styleAsNotice(m_ui->readOnlyLabel);
    m_ui->readOnlyLabel->setText(
        mayVoid ? tr("You may look at the queue and void letters, but not print them: only letter printers print "
                     "letters.")
                : tr("Read only: only letter printers print letters from the queue."));
    m_ui->readOnlyLabel->setVisible(!m_mayPrint);
    m_ui->statusLabel->hide();
    m_ui->emptyLabel->hide();
    m_ui->progressPanel->hide();
    m_ui->resultsBox->hide();
    m_ui->printProgress->setFormat(tr("%v of %m"));
    // The letters keep most of the room, even on a small screen at 150%: a few rows at least.
    m_ui->lettersView->setMinimumHeight(touchTargetHeight(fontMetrics()) * 4);

    m_model->setSchoolCode(Settings(db).value(Settings::SchoolCode));
    QTableView* view = m_ui->lettersView;
    view->setModel(m_model);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(LetterQueueModel::AdultColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LetterQueueModel::ChildrenColumn, QHeaderView::Stretch);
    // Rows grow with the text: long compound names wrap instead of being cut.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->installEventFilter(this);
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LetterQueueDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &LetterQueueDialog::updateState);

    auto* filters = new QButtonGroup(this);
    filters->setExclusive(true);
    filters->addButton(m_ui->queuedFilterButton, int(View::Queued));
    filters->addButton(m_ui->printedFilterButton, int(View::Printed));
    filters->addButton(m_ui->voidedFilterButton, int(View::Voided));
    connect(filters, &QButtonGroup::idToggled, this, [this, filters](int id, bool checked) {
        // The chosen filter reads bold, not only pressed: it is the tab the list shows.
        QAbstractButton* button = filters->button(id);
        QFont font = button->font();
        font.setBold(checked);
        button->setFont(font);
        if (checked)
            setView(View(id));
    });
    QFont chosen = m_ui->queuedFilterButton->font();
    chosen.setBold(true);
    m_ui->queuedFilterButton->setFont(chosen);

    connect(m_ui->printSelectedButton, &QPushButton::clicked, this, &LetterQueueDialog::printSelected);
    connect(m_ui->printAllButton, &QPushButton::clicked, this, &LetterQueueDialog::printAll);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &LetterQueueDialog::previewCurrent);
    connect(m_ui->voidButton, &QPushButton::clicked, this, &LetterQueueDialog::voidCurrent);
    connect(m_ui->cancelPrintButton, &QPushButton::clicked, this, &LetterQueueDialog::cancelPrinting);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &LetterQueueDialog::reject);

    // Room for the letters' columns, but never wider than the screen (1024x768 at 150%).
    setMinimumWidth(boundedToScreen(parentWidget(), {fontMetrics().averageCharWidth() * 100, 0}).width());
    refresh();
    view->setFocus(Qt::OtherFocusReason);
}

LetterQueueDialog::~LetterQueueDialog()
{
    // Letters already drawn are marked printed: their pages still go to the printer.
    if (m_batch)
        finishBatch(true);
}

LetterQueueDialog* LetterQueueDialog::showQueue(QWidget* parent, Database& db, const Actor& actor)
{
    auto* dialog = new LetterQueueDialog(db, actor, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    if (parent) {
        dialog->resize(boundedToScreen(parent, {std::max(dialog->sizeHint().width(), parent->width() * 9 / 10),
                                                std::max(dialog->sizeHint().height(), parent->height() * 9 / 10)}));
    }
    dialog->open();
    return dialog;
}

void LetterQueueDialog::closeAllForLock(QWidget* parent)
{
    if (!parent)
        return;
    for (LetterQueueDialog* dialog : parent->findChildren<LetterQueueDialog*>())
        dialog->closeForLock();
}

QTableView* LetterQueueDialog::lettersView() const
{
    return m_ui->lettersView;
}

QString LetterQueueDialog::summaryText() const
{
    return m_ui->resultsBox->isVisibleTo(this) ? m_ui->summaryLabel->text() : QString();
}

QString LetterQueueDialog::statusText() const
{
    return m_ui->statusLabel->isVisibleTo(this) ? m_ui->statusLabel->text() : QString();
}

void LetterQueueDialog::setView(View view)
{
    if (m_batch || m_locked)
        return;
    m_view = view;
    QAbstractButton* button = view == View::Printed  ? m_ui->printedFilterButton
                              : view == View::Voided ? m_ui->voidedFilterButton
                                                     : m_ui->queuedFilterButton;
    if (!button->isChecked())
        button->setChecked(true);   // comes back through the button group
    showStatus(QString());
    refresh();
}

void LetterQueueDialog::refresh()
{
    if (m_locked)
        return;
    auto letters = LetterQueue(m_db).list(m_actor, stateName(m_view));
    if (!letters) {
        m_model->clear();
        showStatus(letters.message());
        updateState();
        return;
    }
    m_model->setLetters(std::move(letters).value());
    const int rows = m_model->rowCount();
    if (rows > 0)
        m_ui->lettersView->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);

    QString empty;
    switch (m_view) {
    case View::Queued:
        empty = tr("No letter is waiting to be printed.");
        break;
    case View::Printed:
        empty = tr("No letter has been printed on this kiosk yet.");
        break;
    case View::Voided:
        empty = tr("No letter has been voided.");
        break;
    }
    PageSupport::showMessage(m_ui->emptyLabel, rows == 0 ? empty : QString());

    int mustVoid = 0;
    for (int row = 0; row < rows; ++row) {
        if (LetterQueueModel::needsVoiding(*m_model->letterAt(row)))
            ++mustVoid;
    }
    QString count = m_view == View::Queued ? tr("%n letter(s) waiting", nullptr, rows)
                                           : tr("%n letter(s)", nullptr, rows);
    if (mustVoid > 0)
        count += u" · "_s + tr("%n to void", nullptr, mustVoid);
    m_ui->countLabel->setText(count);
    updateState();
}

QStringList LetterQueueDialog::selectedLetterIds() const
{
    QModelIndexList rows = m_ui->lettersView->selectionModel()->selectedRows(LetterQueueModel::SerialColumn);
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QStringList ids;
    for (const QModelIndex& index : rows)
        ids << index.data(LetterQueueModel::LetterIdRole).toString();
    return ids;
}

const QueuedLetter* LetterQueueDialog::currentLetter() const
{
    const QModelIndexList rows = m_ui->lettersView->selectionModel()->selectedRows();
    if (rows.size() == 1)
        return m_model->letterAt(rows.first().row());
    if (rows.isEmpty())
        return m_model->letterAt(m_ui->lettersView->currentIndex().row());
    return nullptr;
}

void LetterQueueDialog::updateState()
{
    const bool idle = !m_batch && !m_locked;
    const bool queued = m_view == View::Queued;
    bool anySelectedPrintable = false;
    for (const QModelIndex& index : m_ui->lettersView->selectionModel()->selectedRows()) {
        if (index.data(LetterQueueModel::PrintableRole).toBool())
            anySelectedPrintable = true;
    }
    bool anyPrintable = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (LetterQueueModel::isPrintable(*m_model->letterAt(row)))
            anyPrintable = true;
    }
    const int selected = int(m_ui->lettersView->selectionModel()->selectedRows().size());
    m_ui->printSelectedButton->setEnabled(idle && m_mayPrint && queued && anySelectedPrintable);
    m_ui->printAllButton->setEnabled(idle && m_mayPrint && queued && anyPrintable);
    m_ui->voidButton->setEnabled(idle && LetterQueue::mayVoid(m_actor, stateName(m_view)) && m_view != View::Voided
                                 && selected == 1);
    for (QAbstractButton* b : {static_cast<QAbstractButton*>(m_ui->queuedFilterButton),
                               static_cast<QAbstractButton*>(m_ui->printedFilterButton),
                               static_cast<QAbstractButton*>(m_ui->voidedFilterButton)})
        b->setEnabled(idle);
    m_ui->closeButton->setEnabled(idle);
    m_ui->previewButton->setEnabled(idle && m_mayPrint && queued && selected == 1 && anySelectedPrintable);
    m_ui->previewButton->setVisible(queued);
    m_ui->printSelectedButton->setVisible(queued);
    m_ui->printAllButton->setVisible(queued);
}

void LetterQueueDialog::showStatus(const QString& text)
{
    PageSupport::styleAsNotice(m_ui->statusLabel);
    PageSupport::showMessage(m_ui->statusLabel, text);
}

void LetterQueueDialog::previewCurrent()
{
    const QStringList ids = selectedLetterIds();
    if (m_batch || m_locked || ids.size() != 1)
        return;
    auto pages = LetterPrinting(m_db).preview(m_actor, ids.first(), 96);
    if (!pages) {
        showStatus(pages.message());
        return;
    }
    // The preview is a child: it closes with the queue when the kiosk locks.
    auto* preview = new QDialog(this);
    preview->setObjectName(QStringLiteral("letterPreview"));
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->setWindowTitle(tr("Preview (keys hidden)"));
    preview->setAccessibleName(tr("Letter preview with the keys hidden"));
    auto* layout = new QVBoxLayout(preview);
    auto* note = new QLabel(tr("Every key is drawn as dots here; the printed letter carries the keys."), preview);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* scroll = new QScrollArea(preview);
    scroll->setAccessibleName(tr("Pages of the letter"));
    auto* pagesWidget = new QWidget(scroll);
    auto* pagesLayout = new QVBoxLayout(pagesWidget);
    for (const QImage& page : *pages) {
        auto* label = new QLabel(pagesWidget);
        label->setObjectName(QStringLiteral("previewPage"));
        label->setPixmap(QPixmap::fromImage(page));
        label->setAccessibleName(tr("Letter page"));
        pagesLayout->addWidget(label);
    }
    scroll->setWidget(pagesWidget);
    layout->addWidget(scroll, 1);
    auto* close = new QPushButton(tr("&Close"), preview);
    close->setAccessibleName(tr("Close the preview"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, preview, &QDialog::close);
    layout->addWidget(close, 0, Qt::AlignRight);
    preview->resize(std::min(width(), pages->first().width() + 80), height());
    preview->open();
}

void LetterQueueDialog::printSelected()
{
    if (m_batch || m_locked)
        return;
    if (!m_mayPrint) {
        showStatus(m_ui->readOnlyLabel->text());
        return;
    }
    if (m_view != View::Queued) {
        showStatus(tr("A letter prints once. To print it again, the front desk reissues the keys."));
        return;
    }
    const QStringList ids = selectedLetterIds();
    if (ids.isEmpty()) {
        showStatus(tr("Select the letters to print (arrow keys, Shift or Ctrl+A), then press Return."));
        return;
    }
    bool anyPrintable = false;
    for (const QString& id : ids) {
        const int row = m_model->rowOf(id);
        if (row >= 0 && LetterQueueModel::isPrintable(*m_model->letterAt(row)))
            anyPrintable = true;
    }
    if (!anyPrintable) {
        showStatus(tr("Newer letters cover every child on the selected letters. Void them so they leave the "
                      "queue."));
        return;
    }
    printLetters(ids);
}

void LetterQueueDialog::printAll()
{
    if (m_batch || m_locked || m_view != View::Queued)
        return;
    QStringList ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QueuedLetter* letter = m_model->letterAt(row);
        if (LetterQueueModel::isPrintable(*letter))
            ids << letter->letterId;
    }
    if (ids.isEmpty()) {
        showStatus(tr("No letter in the queue can be printed."));
        return;
    }
    printLetters(ids);
}

QString LetterQueueDialog::letterLabel(const QString& letterId) const
{
    const int row = m_model->rowOf(letterId);
    if (row >= 0) {
        const QueuedLetter* l = m_model->letterAt(row);
        return tr("Letter %1 for %2").arg(m_model->serialText(*l), l->guardianName);
    }
    // Not in the list on screen (printed or voided meanwhile): its state says more than its name.
    for (const QString& state : {u"queued"_s, u"printed"_s, u"voided"_s}) {
        auto letters = LetterQueue(m_db).list(m_actor, state);
        if (!letters)
            break;
        for (const QueuedLetter& l : *letters) {
            if (l.letterId == letterId)
                return tr("Letter %1 for %2").arg(m_model->serialText(l), l.guardianName);
        }
    }
    return tr("Letter %1").arg(letterId);
}

void LetterQueueDialog::printLetters(const QStringList& letterIds)
{
    if (m_batch || m_locked || letterIds.isEmpty())
        return;
    std::unique_ptr<QPagedPaintDevice> device;
    if (m_outputFactory) {
        device = m_outputFactory();
    } else {
        auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
        printer->setDocName(tr("GuardianDesk letters"));
        QPrintDialog dialog(printer.get(), this);
        dialog.setObjectName(u"letterPrintDialog"_s);
        dialog.setWindowTitle(tr("Print %n letter(s)", nullptr, int(letterIds.size())));
        // A file would keep the keys after the paper is gone; copies would print a key twice.
        offerPaperOnly(dialog);
        ++m_nested;
        const int answer = dialog.exec();
        --m_nested;
        if (closedByLock() || answer != QDialog::Accepted)
            return;
        if (!acceptPaper(*printer)) {
            showStatus(tr("Letters print on paper, never to a file: choose a printer."));
            return;
        }
        device = std::move(printer);
    }
    if (!device) {
        showStatus(tr("No printer is available."));
        return;
    }

    const LetterRenderOptions options = renderOptionsFrom(m_db);
    auto document = LetterDocument::createOnDevice(device.get(), options);
    if (!document) {
        showStatus(document.message());
        return;
    }

    m_batch = std::make_unique<Batch>();
    for (const QString& id : letterIds)
        m_batch->labels << letterLabel(id);
    m_batch->device = std::move(device);
    m_batch->document = std::move(document).value();
    m_batch->run = std::make_unique<PrintRun>(m_db, m_actor, letterIds, *m_batch->document);
    qCInfo(lcUi) << "letter print run started:" << letterIds.size() << "letter(s)";

    showStatus(QString());
    m_ui->resultsBox->hide();
    m_ui->printProgress->setRange(0, int(letterIds.size()));
    m_ui->printProgress->setValue(0);
    m_ui->progressLabel->setText(tr("Printing letter 1 of %1").arg(letterIds.size()));
    m_ui->progressPanel->show();
    m_ui->cancelPrintButton->setEnabled(true);
    updateState();
    m_ui->cancelPrintButton->setFocus(Qt::OtherFocusReason);
    // One letter per turn of the event loop: the window repaints, and Stop is heard in between.
    QTimer::singleShot(0, this, &LetterQueueDialog::printNext);
}

void LetterQueueDialog::printNext()
{
    if (!m_batch)
        return;
    PrintRun& run = *m_batch->run;
    if (run.atEnd()) {
        finishBatch(false);
        return;
    }
    if (Status s = run.step(); !s) {
        qCWarning(lcUi) << "letter print run stopped by the service";
        finishBatch(false);
        return;
    }
    m_ui->printProgress->setValue(run.handled());
    if (run.handled() < run.total())
        m_ui->progressLabel->setText(tr("Printing letter %1 of %2").arg(run.handled() + 1).arg(run.total()));
    Q_EMIT letterHandled(run.handled(), run.total());
    QTimer::singleShot(0, this, &LetterQueueDialog::printNext);
}

void LetterQueueDialog::cancelPrinting()
{
    if (!m_batch)
        return;
    m_batch->run->cancel();
    m_ui->cancelPrintButton->setEnabled(false);
    m_ui->progressLabel->setText(tr("Stopping after this letter…"));
}

void LetterQueueDialog::finishBatch(bool quiet)
{
    std::unique_ptr<Batch> batch = std::move(m_batch);
    batch->run->cancel();   // letters it did not reach stay in the queue, and say so
    batch->outcomes = batch->run->outcomes();
    batch->run.reset();
    QString problem;
    if (batch->document && batch->document->pageCount() > 0) {
        if (Status done = batch->document->finish(); !done)
            problem = done.message();
    }
    batch->document.reset();   // the pages leave for the printer
    batch->device.reset();
    int printed = 0;
    for (const auto& o : std::as_const(batch->outcomes))
        printed += o.printed ? 1 : 0;
    qCInfo(lcUi) << "letter print run finished:" << printed << "printed of" << batch->outcomes.size();
    if (quiet)
        return;
    m_lastOutcomes = batch->outcomes;
    m_ui->progressPanel->hide();
    refresh();
    showResults(*batch, problem);
    m_ui->lettersView->setFocus(Qt::OtherFocusReason);
    Q_EMIT batchFinished();
}

void LetterQueueDialog::showResults(const Batch& batch, const QString& problem)
{
    int printed = 0;
    m_ui->resultsList->clear();
    const QIcon ok = style()->standardIcon(QStyle::SP_DialogApplyButton);
    const QIcon notOk = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (qsizetype i = 0; i < batch.outcomes.size(); ++i) {
        const LetterPrinting::Outcome& o = batch.outcomes.at(i);
        const QString label = i < batch.labels.size() ? batch.labels.at(i) : letterLabel(o.letterId);
        QString text;
        if (o.printed) {
            ++printed;
            text = tr("%1: printed.").arg(label);
        } else {
            text = tr("%1: NOT printed.").arg(label);
        }
        if (!o.message.isEmpty())
            text += u' ' + o.message;
        auto* item = new QListWidgetItem(o.printed ? ok : notOk, text, m_ui->resultsList);
        item->setData(Qt::AccessibleTextRole, text);
    }
    const int notPrinted = int(batch.outcomes.size()) - printed;
    QString summary = tr("%n letter(s) printed.", nullptr, printed);
    if (notPrinted > 0)
        summary += u' ' + tr("%n letter(s) not printed: see why below.", nullptr, notPrinted);
    if (!problem.isEmpty()) {
        summary += u' ' + problem + u' '
                   + tr("Letters marked printed cannot print again: if their pages did not come out, void them "
                        "under \"Printed\" and reissue them at the front desk.");
    } else if (printed > 0) {
        summary += u' ' + tr("Take the pages from the printer and check each one; void a damaged letter under "
                             "\"Printed\".");
    }
    // As tall as its lines, up to three; a longer run scrolls.
    const int lines = std::clamp(m_ui->resultsList->count(), 1, 3);
    const int rowHeight = std::max(m_ui->resultsList->sizeHintForRow(0), touchTargetHeight(fontMetrics()));
    m_ui->resultsList->setFixedHeight(lines * rowHeight + 2 * m_ui->resultsList->frameWidth());
    m_ui->summaryLabel->setText(summary);
    if (notPrinted > 0 || !problem.isEmpty())
        PageSupport::styleAsNotice(m_ui->summaryLabel);
    else
        PageSupport::styleAsSuccess(m_ui->summaryLabel);
    m_ui->resultsBox->show();
}

void LetterQueueDialog::voidCurrent()
{
    if (m_batch || m_locked)
        return;
    if (m_view == View::Voided)
        return;
    if (m_ui->lettersView->selectionModel()->selectedRows().size() > 1) {
        showStatus(tr("Void one letter at a time: each needs its own reason."));
        return;
    }
    const QueuedLetter* current = currentLetter();
    if (!current) {
        showStatus(tr("Choose the letter to void."));
        return;
    }
    const QueuedLetter letter = *current;
    const QString serial = m_model->serialText(letter);

    ++m_nested;
    const std::optional<QString> reason = VoidLetterDialog::ask(this, serial, letter.guardianName);
    --m_nested;
    if (closedByLock() || !reason)
        return;
    // A queued letter holds no key yet; a printed one carries keys that voiding revokes.
    const bool printed = letter.state == u"printed";
    ++m_nested;
    const auto answer = MessageBox::warning(
        this, printed ? tr("Revoke the keys?") : tr("Void the letter?"),
        printed ? tr("The keys on letter %1 for %2 will be revoked: they stop working at once, and this cannot be "
                     "undone. The adult gets new keys only by being verified again at the front desk.\n\nVoid the "
                     "letter?")
                      .arg(serial, letter.guardianName)
                : tr("Letter %1 for %2 will not be printed: it leaves the queue. No key was made for it yet; the "
                     "adult gets keys only by being verified again at the front desk.\n\nVoid the letter?")
                      .arg(serial, letter.guardianName),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    --m_nested;
    if (closedByLock() || answer != QMessageBox::Yes)
        return;
    if (Status voided = LetterQueue(m_db).voidLetter(m_actor, letter.letterId, *reason); !voided) {
        showStatus(voided.message());
        return;
    }
    qCInfo(lcUi) << "letter voided";
    refresh();
    showStatus(printed ? tr("Letter %1 is void; its keys are revoked.").arg(serial) : tr("Letter %1 is void.").arg(serial));
}

bool LetterQueueDialog::closedByLock()
{
    if (!m_locked)
        return false;
    if (m_nested == 0)
        QDialog::done(QDialog::Rejected);
    return true;
}

void LetterQueueDialog::clearPersonalData()
{
    m_model->clear();
    m_lastOutcomes.clear();
    m_ui->resultsList->clear();
    PageSupport::wipeTexts(m_ui->resultsBox);
    PageSupport::showMessage(m_ui->statusLabel, QString());
}

void LetterQueueDialog::closeForLock()
{
    if (m_locked)
        return;
    m_locked = true;
    if (m_batch) {
        m_batch->run->cancel();
        finishBatch(true);
    }
    clearPersonalData();
    // The questions open on top (print dialog, reason, confirmation) belong to this queue.
    for (QDialog* child : findChildren<QDialog*>())
        child->reject();
    qCInfo(lcUi) << "letter queue closed by the lock";
    if (m_nested > 0)
        hide();   // closed for good once the question's event loop has returned
    else
        QDialog::done(QDialog::Rejected);
}

void LetterQueueDialog::reject()
{
    if (m_batch && !m_locked) {
        cancelPrinting();   // Escape stops the batch; the dialog stays for its summary
        return;
    }
    QDialog::reject();
}

void LetterQueueDialog::closeEvent(QCloseEvent* event)
{
    if (m_batch && !m_locked) {
        cancelPrinting();
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

bool LetterQueueDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->lettersView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                printSelected();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                voidCurrent();
                return true;
            }
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace gd
