#include "ui/SyncStatusLauncher.h"

#include "services/BackgroundSync.h"
#include "ui/MainWindow.h"
#include "ui/SyncIndicator.h"
#include "ui/SyncStatusDialog.h"

#include <QAction>

using namespace Qt::Literals::StringLiterals;

namespace gd {

SyncStatusLauncher::SyncStatusLauncher(Database& db, MainWindow& window, SyncIndicator& indicator)
    : QObject(&window)
    , m_window(window)
    , m_sync(new BackgroundSync(db, {}, this))
{
    setObjectName(u"syncStatusLauncher"_s);
    m_action = new QAction(tr("District sync status"), &window);
    m_action->setObjectName(u"syncStatusAction"_s);
    m_action->setShortcut(QKeySequence(QString::fromLatin1(kShortcut)));
    m_action->setShortcutContext(Qt::WindowShortcut);
    window.addAction(m_action);
    connect(m_action, &QAction::triggered, this, &SyncStatusLauncher::open);
    connect(&indicator, &SyncIndicator::activated, this, &SyncStatusLauncher::open);
    connect(m_sync, &BackgroundSync::finished, &indicator, &SyncIndicator::refresh);
    connect(m_sync, &BackgroundSync::statusChanged, &indicator, &SyncIndicator::refresh);
    m_sync->start();
}

SyncStatusLauncher::~SyncStatusLauncher() = default;

SyncStatusDialog* SyncStatusLauncher::dialog() const
{
    return m_dialog;
}

SyncStatusDialog* SyncStatusLauncher::open()
{
    if (m_window.isLocked())
        return nullptr;
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    m_dialog = SyncStatusDialog::showStatus(&m_window, *m_sync, m_window.actor());
    return m_dialog;
}

} // namespace gd
