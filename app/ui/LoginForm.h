#pragma once

#include "core/Staff.h"

#include <QWidget>

#include <memory>

class QPushButton;

namespace Ui {
class LoginForm;
}

namespace gd {

class StaffService;

// User name and password, checked by StaffService::authenticate. Shows the service's message
// as it is (it never says whether the user name exists). Used at start and on the lock screen.
class LoginForm : public QWidget {
    Q_OBJECT
public:
    explicit LoginForm(StaffService& staff, QWidget* parent = nullptr);
    ~LoginForm() override;

    void setUserName(const QString& userName);
    // Empties both fields and the message.
    void reset();
    // Puts the cursor where typing should start: the user name, or the password when the
    // user name is already filled in.
    void focusFirstField();
    QString message() const;
    // Puts a button of the surrounding screen (Quit) at the start of the form's button row.
    void addLeadingButton(QPushButton* button);

public Q_SLOTS:
    void attempt();

Q_SIGNALS:
    void signedIn(const gd::StaffMember& member);

private:
    void showMessage(const QString& text);

    std::unique_ptr<Ui::LoginForm> m_ui;
    StaffService& m_staff;
};

} // namespace gd
