#pragma once

#include "core/Staff.h"

#include "ui/StartDialog.h"

#include <memory>

namespace Ui {
class LoginDialog;
}

namespace gd {

class LoginForm;
class StaffService;

// The sign-in at start. Accepted once StaffService has authenticated someone; rejected
// (Quit, or closing the window outside kiosk mode) ends the kiosk; Escape does nothing.
class LoginDialog : public StartDialog {
    Q_OBJECT
public:
    explicit LoginDialog(StaffService& staff, QWidget* parent = nullptr);
    ~LoginDialog() override;

    LoginForm* form() const { return m_form; }
    // The staff member who signed in; valid once accepted.
    const StaffMember& member() const { return m_member; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    std::unique_ptr<Ui::LoginDialog> m_ui;
    LoginForm* m_form = nullptr;
    StaffMember m_member;
};

} // namespace gd
