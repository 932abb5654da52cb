#include "ui/SyncIndicator.h"

#include <QLocale>

using namespace std::chrono_literals;

namespace gd {

SyncIndicator::SyncIndicator(Database& db, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("syncIndicator"));
    setTextFormat(Qt::PlainText);
    setAccessibleName(tr("Sync status"));
    m_timer.setInterval(30s);
    connect(&m_timer, &QTimer::timeout, this, &SyncIndicator::refresh);
    m_timer.start();
    refresh();
}

void SyncIndicator::refresh()
{
    const SyncStatus status = SyncStatus::read(m_db);
    setText(describe(status));
    setToolTip(details(status));
    setAccessibleDescription(details(status));
}

QString SyncIndicator::describe(const SyncStatus& status)
{
    switch (status.state) {
    case SyncStatus::State::NeverConfigured:
        return tr("Sync: never configured");
    case SyncStatus::State::NeverSynced:
        return tr("Sync: connected, not yet synced");
    case SyncStatus::State::Offline:
        if (status.lastError.isEmpty())
            return tr("Sync: offline");
        return tr("Sync: offline — %1").arg(status.lastError);
    case SyncStatus::State::Synced:
        return tr("Sync: last success %1")
            .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    }
    return {};
}

QString SyncIndicator::details(const SyncStatus& status)
{
    QStringList lines;
    if (status.state == SyncStatus::State::Offline && status.lastSuccess.isValid())
        lines << tr("Last successful sync: %1")
                     .arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    lines << tr("%n event(s) waiting to be sent to the district.", nullptr, status.pendingEvents);
    if (status.failedEvents > 0)
        lines << tr("%n event(s) refused by the district; an administrator should look at them.",
                    nullptr, status.failedEvents);
    return lines.join(u'\n');
}

} // namespace gd
