// MainWindow as a window on the front-desk PC: kiosk mode (full screen, no decorations, only an
// administrator quits), each staff member's window geometry outside it, and closing, which a
// locked or kiosk-mode window refuses.

#include "ui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/Logging.h"
#include "ui/letters/LetterQueueDialog.h"
#include "ui/wizard/VerificationWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QSettings>
#include <QStatusBar>

namespace gd {

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Locked, the kiosk belongs to nobody: whoever stands at the counter cannot close it
    // (Alt+F4 included). In kiosk mode only an administrator's Quit closes it.
    if (m_locked || (m_kioskMode && !m_quitting)) {
        event->ignore();
        statusBar()->showMessage(m_locked ? tr("Sign in to close GuardianDesk.")
                                          : tr("In kiosk mode only an administrator quits GuardianDesk (Ctrl+Q)."),
                                 10000);
        qCInfo(lcUi) << "close refused:" << (m_locked ? "locked" : "kiosk mode");
        return;
    }
    saveGeometryForStaff();
    if (m_wizard)
        m_wizard->discard();
    LetterQueueDialog::closeAllForLock(this);
    clearStudentData();
    QMainWindow::closeEvent(event);
    Q_EMIT closed();
}

namespace {
QString geometryKey(const QString& staffId)
{
    return QStringLiteral("window/%1/geometry").arg(staffId);
}
} // namespace

void MainWindow::setKioskMode(bool on)
{
    m_kioskMode = on;
    setWindowFlag(Qt::FramelessWindowHint, on);
    updateQuitAction();
}

void MainWindow::showForStaff()
{
    if (m_kioskMode) {
        showFullScreen();
        return;
    }
    const QByteArray saved = QSettings().value(geometryKey(m_actor.staffId)).toByteArray();
    if (saved.isEmpty() || !restoreGeometry(saved)) {
        showMaximized();
        return;
    }
    show();
}

// Per staff member and only outside kiosk mode: the window is where its user left it.
void MainWindow::saveGeometryForStaff()
{
    if (m_kioskMode || m_locked || m_actor.staffId.isEmpty() || !isVisible())
        return;
    QSettings().setValue(geometryKey(m_actor.staffId), saveGeometry());
}

void MainWindow::restoreGeometryForStaff()
{
    if (m_kioskMode || !isVisible())
        return;
    const QByteArray saved = QSettings().value(geometryKey(m_actor.staffId)).toByteArray();
    if (!saved.isEmpty())
        restoreGeometry(saved);
}

// Quit is offered to administrators in kiosk mode (where nothing else closes the window), and
// to everyone outside it, where it is the same as closing the window.
void MainWindow::updateQuitAction()
{
    const bool show = !m_locked && (!m_kioskMode || m_actor.has(Role::Administrator));
    m_quitAction->setVisible(show);
    m_quitAction->setEnabled(show);
}

void MainWindow::quitAsAdministrator()
{
    if (m_locked)
        return;
    if (m_kioskMode && !m_actor.has(Role::Administrator)) {
        statusBar()->showMessage(tr("In kiosk mode only an administrator quits GuardianDesk (Ctrl+Q)."), 10000);
        return;
    }
    qCInfo(lcUi) << "quit by" << m_actor.staffId;
    m_quitting = true;
    close();
    m_quitting = false;
}

} // namespace gd
