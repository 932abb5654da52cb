#include "ui/LoginForm.h"
#include "ui_LoginForm.h"

#include "core/Logging.h"
#include "storage/StaffService.h"

namespace gd {

LoginForm::LoginForm(StaffService& staff, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LoginForm>())
    , m_staff(staff)
{
    m_ui->setupUi(this);
    m_ui->messageLabel->hide();
    connect(m_ui->signInButton, &QPushButton::clicked, this, &LoginForm::attempt);
    connect(m_ui->userNameEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setFocus(Qt::TabFocusReason);
        else
            attempt();
    });
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &LoginForm::attempt);
}

LoginForm::~LoginForm() = default;

void LoginForm::setUserName(const QString& userName)
{
    m_ui->userNameEdit->setText(userName);
}

void LoginForm::reset()
{
    m_ui->userNameEdit->setText(QString());
    m_ui->passwordEdit->setText(QString());
    showMessage(QString());
}

void LoginForm::focusFirstField()
{
    if (m_ui->userNameEdit->text().isEmpty())
        m_ui->userNameEdit->setFocus(Qt::OtherFocusReason);
    else
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
}

QString LoginForm::message() const
{
    return m_ui->messageLabel->text();
}

void LoginForm::addLeadingButton(QPushButton* button)
{
    m_ui->buttonLayout->insertWidget(0, button);
    setTabOrder(m_ui->signInButton, button);
}

void LoginForm::attempt()
{
    const QString userName = m_ui->userNameEdit->text().trimmed();
    if (userName.isEmpty()) {
        showMessage(tr("Enter your user name."));
        m_ui->userNameEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showMessage(tr("Enter your password."));
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto member = m_staff.authenticate(userName, m_ui->passwordEdit->text());
    // The password is not kept in the field after any attempt.
    m_ui->passwordEdit->setText(QString());
    if (!member) {
        qCInfo(lcUi) << "sign-in refused";
        showMessage(member.message());
        m_ui->passwordEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    showMessage(QString());
    Q_EMIT signedIn(member.value());
}

void LoginForm::showMessage(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
}

} // namespace gd
