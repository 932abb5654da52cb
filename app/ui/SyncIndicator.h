#pragma once

#include "storage/Settings.h"

#include <QLabel>
#include <QTimer>

namespace gd {

class Database;

// The status-bar line that tells the truth about sync: never more than the database knows
// (SyncStatus), refreshed on a timer.
class SyncIndicator : public QLabel {
    Q_OBJECT
public:
    explicit SyncIndicator(Database& db, QWidget* parent = nullptr);

    // Reads SyncStatus again and shows it.
    void refresh();

    static QString describe(const SyncStatus& status);
    static QString details(const SyncStatus& status);

    QTimer& refreshTimer() { return m_timer; }

private:
    Database& m_db;
    QTimer m_timer;
};

} // namespace gd
