#pragma once

#include "core/Staff.h"
#include "services/BackgroundSync.h"

#include <QDialog>

#include <memory>

namespace Ui {
class SyncStatusDialog;
}

class QLabel;
class QPushButton;
class QTableWidget;

namespace gd {

// The sync status panel: what waits, what the district refused and why, the last success, the
// next attempt, the clock difference and the enrollment, read from the database through
// BackgroundSync. "Sync now" starts a run (disabled while one is under way, its progress and
// result in words); "Retry failed events" is an administrator's, and says why when it is not
// offered. The service holds the rules; the panel only shows what it allows.
class SyncStatusDialog : public QDialog {
    Q_OBJECT
public:
    SyncStatusDialog(BackgroundSync& sync, const Actor& actor, QWidget* parent = nullptr);
    ~SyncStatusDialog() override;

    // The kiosk's entry point: opens the panel over `parent` (window-modal, deleted when closed).
    static SyncStatusDialog* showStatus(QWidget* parent, BackgroundSync& sync, const Actor& actor);

    QPushButton* syncNowButton() const;
    QPushButton* retryButton() const;
    QTableWidget* failedEventsView() const;
    // The value shown for a field, by its object name ("pendingValue", "nextAttemptValue", ...).
    QString valueText(const QString& objectName) const;
    QString progressText() const;
    QString resultText() const;
    QString retryNote() const;

public Q_SLOTS:
    // Reads the status again and shows it.
    void refresh();
    void syncNow();
    void retryFailed();

private:
    void showFailedEvents(const BackgroundSync::Snapshot& snapshot);
    void updateButtons(const BackgroundSync::Snapshot& snapshot);
    QString nextAttemptText(const BackgroundSync::Snapshot& snapshot) const;
    QString clockSkewText(const BackgroundSync::Snapshot& snapshot) const;
    QString enrollmentText(const BackgroundSync::Snapshot& snapshot) const;
    void setValue(QLabel* label, const QString& text);

    std::unique_ptr<Ui::SyncStatusDialog> m_ui;
    BackgroundSync& m_sync;
    Actor m_actor;
    bool m_focusBackToSyncNow = false;
};

} // namespace gd
