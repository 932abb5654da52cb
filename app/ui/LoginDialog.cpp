#include "ui/LoginDialog.h"
#include "ui_LoginDialog.h"

#include "ui/LoginForm.h"

namespace gd {

LoginDialog::LoginDialog(StaffService& staff, QWidget* parent)
    : StartDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);

    m_form = new LoginForm(staff, this);
    m_form->setObjectName(QStringLiteral("loginForm"));
    m_ui->formHolder->addWidget(m_form);
    m_form->addLeadingButton(m_ui->quitButton);   // one row: Quit ... Sign in

    connect(m_form, &LoginForm::signedIn, this, [this](const StaffMember& member) {
        m_member = member;
        accept();
    });
    setQuitButton(m_ui->quitButton);
    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
}

LoginDialog::~LoginDialog() = default;

void LoginDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_form->focusFirstField();
}

} // namespace gd
