#include "ui/SyncStatusDialog.h"

#include "ui_SyncStatusDialog.h"

#include "sync/HealthResult.h"
#include "ui/wizard/PageSupport.h"

#include <QHeaderView>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>

#include <algorithm>
#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

QString localTime(const QDateTime& t)
{
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

enum Column { EventColumn, TypeColumn, OccurredColumn, AttemptsColumn, MessageColumn, ColumnCount };

} // namespace

SyncStatusDialog::SyncStatusDialog(BackgroundSync& sync, const Actor& actor, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SyncStatusDialog>())
    , m_sync(sync)
    , m_actor(actor)
{
    m_ui->setupUi(this);
    setObjectName(u"syncStatusDialog"_s);
    PageSupport::makeHeadline(m_ui->headingLabel);
    PageSupport::styleAsNotice(m_ui->retryNoteLabel);

    QTableWidget* table = m_ui->failedEventsView;
    table->setColumnCount(ColumnCount);
    table->setHorizontalHeaderLabels({tr("Event"), tr("Type"), tr("Recorded"), tr("Attempts"), tr("District's message")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(MessageColumn, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->verticalHeader()->hide();

    connect(m_ui->syncNowButton, &QPushButton::clicked, this, &SyncStatusDialog::syncNow);
    connect(m_ui->retryButton, &QPushButton::clicked, this, &SyncStatusDialog::retryFailed);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(&m_sync, &BackgroundSync::started, this, [this] {
        m_ui->resultLabel->clear();
        refresh();
    });
    connect(&m_sync, &BackgroundSync::progress, this, &SyncStatusDialog::refresh);
    connect(&m_sync, &BackgroundSync::statusChanged, this, &SyncStatusDialog::refresh);
    connect(&m_sync, &BackgroundSync::finished, this, [this](const SyncReport& report) {
        m_ui->resultLabel->setText(BackgroundSync::describe(report));
        refresh();
        // Sync now lost the focus while it was disabled: the keyboard gets it back.
        if (std::exchange(m_focusBackToSyncNow, false))
            m_ui->syncNowButton->setFocus(Qt::OtherFocusReason);
    });
    // Room for the server's messages at any scale: sized from the font, not in pixels.
    table->setMinimumHeight(fontMetrics().height() * 8);
    setMinimumWidth(fontMetrics().averageCharWidth() * 100);
    resize(std::max(sizeHint().width(), fontMetrics().averageCharWidth() * 110), sizeHint().height());
    if (const auto& last = m_sync.lastReport())
        m_ui->resultLabel->setText(BackgroundSync::describe(*last));
    refresh();
    m_ui->syncNowButton->setFocus(Qt::OtherFocusReason);
}

SyncStatusDialog::~SyncStatusDialog() = default;

SyncStatusDialog* SyncStatusDialog::showStatus(QWidget* parent, BackgroundSync& sync, const Actor& actor)
{
    auto* dialog = new SyncStatusDialog(sync, actor, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    dialog->open();
    return dialog;
}

QPushButton* SyncStatusDialog::syncNowButton() const { return m_ui->syncNowButton; }
QPushButton* SyncStatusDialog::retryButton() const { return m_ui->retryButton; }
QTableWidget* SyncStatusDialog::failedEventsView() const { return m_ui->failedEventsView; }
QString SyncStatusDialog::progressText() const { return m_ui->progressLabel->text(); }
QString SyncStatusDialog::resultText() const { return m_ui->resultLabel->text(); }
QString SyncStatusDialog::retryNote() const { return m_ui->retryNoteLabel->text(); }

QString SyncStatusDialog::valueText(const QString& objectName) const
{
    const auto* label = findChild<QLabel*>(objectName);
    return label ? label->text() : QString();
}

void SyncStatusDialog::setValue(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setAccessibleDescription(text);   // read with the field's name by a screen reader
}

void SyncStatusDialog::refresh()
{
    const BackgroundSync::Snapshot s = m_sync.snapshot();
    if (!s.configured)
        m_ui->stateLabel->setText(tr("Sync is not configured: no district server is set. An administrator sets "
                                     "district.server_url; until then every event waits here, none is lost."));
    else if (s.running)
        m_ui->stateLabel->setText(tr("A sync with the district server is under way."));
    else if (!s.problem.isEmpty())
        m_ui->stateLabel->setText(s.problem);
    else if (!s.lastError.isEmpty())
        m_ui->stateLabel->setText(tr("The last sync did not finish; the kiosk tries again by itself."));
    else if (s.lastSuccess.isValid())
        m_ui->stateLabel->setText(tr("In step with the district server."));
    else
        m_ui->stateLabel->setText(tr("Configured, not yet synced."));

    setValue(m_ui->pendingValue, tr("%n event(s)", nullptr, int(s.pending)));
    setValue(m_ui->failedValue, s.failedCount > 0
                                    ? tr("%n event(s); they stay here until an administrator sends them again.",
                                         nullptr, int(s.failedCount))
                                    : tr("None"));
    setValue(m_ui->lastSuccessValue, s.lastSuccess.isValid() ? localTime(s.lastSuccess) : tr("Never"));
    setValue(m_ui->nextAttemptValue, nextAttemptText(s));
    setValue(m_ui->clockSkewValue, clockSkewText(s));
    setValue(m_ui->enrollmentValue, enrollmentText(s));
    QStringList problems;
    for (const QString& p : {s.lastError, s.rosterProblem}) {
        if (!p.isEmpty() && !problems.contains(p))
            problems << p;
    }
    setValue(m_ui->lastProblemValue, problems.isEmpty() ? tr("None") : problems.join(u'\n'));

    if (s.running) {
        const QString line = m_sync.lastProgress();
        m_ui->progressLabel->setText(line.isEmpty() ? tr("Syncing…") : tr("Syncing… %1").arg(line));
    } else {
        m_ui->progressLabel->clear();
    }
    m_ui->progressLabel->setVisible(s.running);
    m_ui->resultLabel->setVisible(!m_ui->resultLabel->text().isEmpty());
    showFailedEvents(s);
    updateButtons(s);
}

void SyncStatusDialog::showFailedEvents(const BackgroundSync::Snapshot& s)
{
    QTableWidget* table = m_ui->failedEventsView;
    table->setRowCount(int(s.failed.size()));
    for (int row = 0; row < s.failed.size(); ++row) {
        const BackgroundSync::FailedEvent& e = s.failed.at(row);
        const QStringList cells{e.eventId, e.type, e.occurredAt, QString::number(e.attempts), e.message};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            table->setItem(row, column, item);
        }
    }
    m_ui->failedEventsLabel->setVisible(s.failedCount > 0);
    table->setVisible(s.failedCount > 0);
}

void SyncStatusDialog::updateButtons(const BackgroundSync::Snapshot& s)
{
    m_ui->syncNowButton->setEnabled(s.configured && !s.running);
    m_ui->syncNowButton->setAccessibleDescription(!s.configured ? tr("Not configured: no district server is set.")
                                                  : s.running   ? tr("A sync is under way.")
                                                                : QString());
    const bool admin = BackgroundSync::mayRetryFailed(m_actor);
    QString note;
    if (!admin)
        note = tr("Only an administrator can send failed events again: ask one to sign in.");
    else if (s.failedCount == 0)
        note = tr("No event has failed, so there is nothing to send again.");
    m_ui->retryButton->setEnabled(admin && s.failedCount > 0);
    m_ui->retryButton->setToolTip(note);
    m_ui->retryButton->setAccessibleDescription(note);
    PageSupport::showMessage(m_ui->retryNoteLabel, note);
}

QString SyncStatusDialog::nextAttemptText(const BackgroundSync::Snapshot& s) const
{
    if (!s.configured)
        return tr("None: sync is not configured.");
    if (s.running)
        return tr("Now: a sync is under way.");
    if (!s.problem.isEmpty())
        return tr("None until the problem above is fixed.");
    if (s.nextAttemptDue)
        return tr("Due now.");
    if (s.nextAttemptIsBackoff)
        return tr("%1, after the last failure (the wait grows with each failure in a row).").arg(localTime(s.nextAttempt));
    return localTime(s.nextAttempt);
}

QString SyncStatusDialog::clockSkewText(const BackgroundSync::Snapshot& s) const
{
    if (!s.clockSkewSeconds)
        return tr("Not measured yet.");
    const qint64 skew = *s.clockSkewSeconds;   // server time minus this computer's
    if (qAbs(skew) <= HealthResult::kNoteworthySkewSeconds)
        return tr("Within two minutes of the district server.");
    const int minutes = int((qAbs(skew) + 30) / 60);   // the nearest minute
    if (skew > 0)
        return tr("This computer's clock is %n minute(s) behind the district server's: ask for it to be set right.",
                  nullptr, minutes);
    return tr("This computer's clock is %n minute(s) ahead of the district server's: ask for it to be set right.",
              nullptr, minutes);
}

QString SyncStatusDialog::enrollmentText(const BackgroundSync::Snapshot& s) const
{
    if (s.enrollment == u"enrolled")
        return tr("Enrolled: the district knows this kiosk's signing key.");
    if (s.enrollment == u"conflict")
        return tr("Refused: %1").arg(s.enrollmentMessage);
    if (s.enrollment == u"api-1.0")
        return tr("Not possible yet: %1").arg(s.enrollmentMessage);
    return tr("Not yet enrolled (the first sync does it).");
}

void SyncStatusDialog::syncNow()
{
    if (!m_ui->syncNowButton->isEnabled())
        return;
    m_focusBackToSyncNow = m_ui->syncNowButton->hasFocus();
    switch (m_sync.syncNow()) {
    case BackgroundSync::Start::Started:
        break;
    case BackgroundSync::Start::AlreadyRunning:
        m_ui->resultLabel->setText(tr("A sync is already under way."));
        break;
    case BackgroundSync::Start::NotConfigured:
        m_ui->resultLabel->setText(tr("Sync is not configured: no district server is set."));
        break;
    case BackgroundSync::Start::Unusable:
    case BackgroundSync::Start::NotDue:
        m_ui->resultLabel->setText(m_sync.problem());
        break;
    }
    refresh();
}

void SyncStatusDialog::retryFailed()
{
    // The service refuses a staff member who is not an administrator, button or not.
    auto moved = m_sync.retryFailed(m_actor);
    m_ui->resultLabel->setText(moved ? tr("%n failed event(s) will be sent again with the next sync.", nullptr, int(*moved))
                                     : moved.message());
    refresh();
    if (!m_ui->retryButton->isEnabled())
        m_ui->syncNowButton->setFocus(Qt::OtherFocusReason);
}

} // namespace gd
