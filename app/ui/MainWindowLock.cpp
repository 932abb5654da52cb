// MainWindow's lock: the idle warning over an open verification, locking (every personal detail
// emptied and every window over the kiosk closed) and unlocking for the next staff member.

#include "ui/MainWindow.h"
#include "ui_MainWindow.h"

#include "core/Logging.h"
#include "ui/CardActions.h"
#include "ui/IdleLock.h"
#include "ui/LockScreen.h"
#include "ui/NarrowLayout.h"
#include "ui/SyncIndicator.h"
#include "ui/letters/LetterQueueDialog.h"
#include "ui/wizard/VerificationWizard.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QToolTip>

namespace gd {

// A minute before the idle lock would throw an open visit away, the staff member is told, over
// the wizard; any key or movement keeps the visit and the warning goes.
void MainWindow::warnBeforeIdleLock(std::chrono::milliseconds left)
{
    if (m_locked || !m_wizard || !m_wizard->visitInProgress() || (m_idleWarning && m_idleWarning->isVisible()))
        return;
    const int seconds = int(std::chrono::duration_cast<std::chrono::seconds>(left).count());
    auto* box = new QMessageBox(QMessageBox::Warning, tr("The kiosk will lock"),
                                tr("The kiosk locks in %n second(s) without activity, and this verification will be "
                                   "discarded. Press any key or move the mouse to keep working.",
                                   nullptr, seconds),
                                QMessageBox::Ok, m_wizard);
    box->setObjectName(QStringLiteral("idleWarning"));
    box->setTextFormat(Qt::PlainText);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::NonModal);
    m_idleWarning = box;
    box->show();
    qCInfo(lcUi) << "idle lock warning shown";
}

void MainWindow::lockWhenIdle()
{
    const bool visit = m_wizard && m_wizard->visitInProgress();
    lock();
    if (visit)
        m_lockScreen->setNotice(tr("The kiosk locked itself after a time without activity. The verification that was "
                                   "open was discarded: nothing more was recorded for it. Start it again after signing in."));
}

void MainWindow::lock()
{
    if (m_locked)
        return;
    saveGeometryForStaff();
    m_locked = true;
    m_idle->disarm();
    // The open verification holds personal data too: emptied and closed, not merely hidden.
    if (m_wizard)
        m_wizard->discard();
    LetterQueueDialog::closeAllForLock(this);
    closeWindowsOverTheLock();
    clearStudentData();
    m_actor = Actor{};
    m_cardActions->setActor(m_actor);
    m_staffLabel->setText(tr("Locked"));
    m_ui->lockAction->setEnabled(false);
    m_ui->letterQueueAction->setEnabled(false);
    updateQuitAction();
    m_ui->centralStack->setCurrentWidget(m_ui->lockPage);
    m_lockScreen->reset();
    qCInfo(lcUi) << "kiosk locked";
    Q_EMIT locked();
}

// Whatever else is open on top of the kiosk closes too (the counter's print dialog, a form's
// print dialog, a message box, a list that dropped down): no window stays over the lock screen.
// Dialogs are rejected, not deleted: code waiting in their exec() resumes, sees a refusal and
// stops; the wizard and the letter queue (closed above) keep alive what that code still uses.
void MainWindow::closeWindowsOverTheLock()
{
    QToolTip::hideText();
    for (int i = 0; i < 8 && QApplication::activePopupWidget(); ++i)
        QApplication::activePopupWidget()->close();
    QList<QPointer<QWidget>> windows;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != this && w->isVisible())
            windows << w;
    }
    for (const QPointer<QWidget>& w : windows) {
        if (auto* dialog = qobject_cast<QDialog*>(w.data()))
            dialog->reject();
        if (w && w->isVisible())
            w->hide();   // a window that refused to close does not stay over the lock either
    }
    if (!windows.isEmpty())
        qCInfo(lcUi) << "lock closed" << windows.size() << "window(s) over the kiosk";
}

void MainWindow::unlock(const StaffMember& member)
{
    setMember(member);
    m_locked = false;
    m_lockScreen->setNotice({});
    updateQuitAction();
    restoreGeometryForStaff();
    m_lockScreen->reset();
    m_ui->lockAction->setEnabled(true);
    m_ui->letterQueueAction->setEnabled(true);
    m_ui->centralStack->setCurrentWidget(m_ui->workPage);
    m_sync->refresh();
    applySettings();
    m_idle->arm();
    m_narrow->revealSearch();
    m_ui->searchEdit->setFocus(Qt::OtherFocusReason);
    qCInfo(lcUi) << "kiosk unlocked";
    Q_EMIT unlocked(m_actor);
}

} // namespace gd
