#include "ui/SyncIndicator.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "services/DistrictReachability.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace gd {

SyncIndicator::SyncIndicator(Database& db, QWidget* parent)
    : QLabel(parent)
    , m_db(db)
    , m_reachability(new DistrictReachability(db, this))
{
    setObjectName(QStringLiteral("syncIndicator"));
    connect(m_reachability, &DistrictReachability::probed, this, [this](bool reachable, const QString& clockNote) {
        m_clockNote = clockNote;
        refresh();
        Q_EMIT probed(reachable);
    });
    setTextFormat(Qt::PlainText);
    // A long reason ("offline — the district server refused the connection …") wraps onto a
    // second line instead of widening the window past a small screen at 150%.
    setWordWrap(true);
    setAccessibleName(tr("Sync status"));
    // Reachable by Tab and shown when focused: it opens the sync status panel.
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setStyleSheet(u"#syncIndicator { border: 2px solid transparent; padding: 0 4px; }"
                  "#syncIndicator:focus { border-color: palette(highlight); }"_s);
    m_refreshTimer.setInterval(kRefreshInterval);
    connect(&m_refreshTimer, &QTimer::timeout, this, &SyncIndicator::refresh);
    m_refreshTimer.start();
    m_probeTimer.setInterval(kProbeInterval);
    connect(&m_probeTimer, &QTimer::timeout, this, &SyncIndicator::probe);
    m_probeTimer.start();
    QTimer::singleShot(0, this, &SyncIndicator::probe);
    refresh();
}

SyncIndicator::~SyncIndicator() = default;

void SyncIndicator::refresh()
{
    const SyncStatus status = SyncStatus::read(m_db);
    setText(describe(status));
    QString tip = details(status);
    if (!m_clockNote.isEmpty())
        tip += u'\n' + m_clockNote;
    tip += u'\n' + tr("Click, or press Enter, for the sync status (Ctrl+Shift+S).");
    setToolTip(Qt::convertFromPlainText(tip, Qt::WhiteSpaceNormal));   // the server's words, never read as markup
    setAccessibleDescription(tip);
}

void SyncIndicator::probe()
{
    if (!m_reachability->probe()) {
        m_clockNote.clear();   // no district server configured: nothing to ask
        refresh();
    }
}

void SyncIndicator::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint())) {
        Q_EMIT activated();
        event->accept();
        return;
    }
    QLabel::mouseReleaseEvent(event);
}

void SyncIndicator::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        Q_EMIT activated();
        event->accept();
        return;
    default:
        QLabel::keyPressEvent(event);
    }
}

bool SyncIndicator::isProbing() const
{
    return m_reachability->isProbing();
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
