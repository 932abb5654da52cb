#pragma once

#include "storage/SyncStatus.h"

#include <QLabel>
#include <QTimer>

#include <memory>

namespace gd {

class Database;
class DistrictReachability;

// The status-bar line that tells the truth about sync: never more than the database knows
// (SyncStatus), refreshed on a timer. When a district server is configured it also asks the
// service whether the server is reachable (DistrictReachability) now and then. It takes the
// keyboard focus: a click, Enter or Space asks for the sync status panel (activated).
class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    static constexpr std::chrono::seconds kRefreshInterval{30};
    static constexpr std::chrono::seconds kProbeInterval{60};

    explicit SyncIndicator(Database& db, QWidget* parent = nullptr);
    ~SyncIndicator() override;

    // Reads SyncStatus again and shows it.
    void refresh();
    // Asks the district server whether it is reachable; does nothing when none is configured
    // or a probe is already under way. The answer arrives later (probed).
    void probe();
    bool isProbing() const;

    static QString describe(const SyncStatus& status);
    static QString details(const SyncStatus& status);

    QTimer& refreshTimer() { return m_refreshTimer; }
    QTimer& probeTimer() { return m_probeTimer; }

Q_SIGNALS:
    void probed(bool reachable);
    // The person asked for the details (click, Enter or Space).
    void activated();

protected:
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    Database& m_db;
    QTimer m_refreshTimer;
    QTimer m_probeTimer;
    DistrictReachability* m_reachability = nullptr;
    QString m_clockNote;
};

} // namespace gd
