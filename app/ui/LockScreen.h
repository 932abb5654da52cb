#pragma once

#include "core/Staff.h"

#include <QWidget>

#include <memory>

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

Q_SIGNALS:
    void unlocked(const gd::StaffMember& member);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    std::unique_ptr<Ui::LockScreen> m_ui;
    LoginForm* m_form = nullptr;
};

} // namespace gd
