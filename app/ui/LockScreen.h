#pragma once

#include "core/Staff.h"

#include <QWidget>

#include <memory>

class QLabel;

namespace Ui {
class LockScreen;
}

namespace gd {

class LoginForm;
class StaffService;

// What the kiosk shows while locked: no student data, only a sign-in. Any staff member may
// unlock; whoever does becomes the actor.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    explicit LockScreen(StaffService& staff, QWidget* parent = nullptr);
    ~LockScreen() override;

    LoginForm* form() const { return m_form; }
    // Empties the sign-in fields and puts the cursor in the user name.
    void reset();
    // A line above the sign-in for whoever comes back (what the lock did); empty hides it.
    void setNotice(const QString& text);
    QString notice() const;

Q_SIGNALS:
    void unlocked(const gd::StaffMember& member);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::unique_ptr<Ui::LockScreen> m_ui;
    LoginForm* m_form = nullptr;
    QLabel* m_notice = nullptr;
};

} // namespace gd
