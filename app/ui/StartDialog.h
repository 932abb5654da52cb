#pragma once

#include <QCloseEvent>
#include <QDialog>
#include <QKeyEvent>
#include <QPushButton>

namespace gd {

// The dialogs before the main window: first start and sign-in. Escape, pressed out of habit to
// get rid of a message, never quits the kiosk: only their Quit button does, or closing the
// window outside kiosk mode. In kiosk mode the window cannot be closed (Alt+F4 included).
class StartDialog : public QDialog {
public:
    using QDialog::QDialog;

    // In kiosk mode the Quit button is hidden too: an administrator quits from the main window.
    void setKioskMode(bool on)
    {
        m_kioskMode = on;
        if (m_quitButton)
            m_quitButton->setVisible(!on);
    }
    bool kioskMode() const { return m_kioskMode; }

    // What the Quit button does: ends the kiosk.
    void quit() { QDialog::reject(); }

    // Escape lands here too: it does nothing.
    void reject() override {}

protected:
    void setQuitButton(QPushButton* button)
    {
        m_quitButton = button;
        connect(button, &QPushButton::clicked, this, &StartDialog::quit);
    }

    void closeEvent(QCloseEvent* event) override
    {
        if (m_kioskMode) {
            event->ignore();
            return;
        }
        event->accept();
        quit();
    }

private:
    bool m_kioskMode = false;
    QPushButton* m_quitButton = nullptr;
};

} // namespace gd
