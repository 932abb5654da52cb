#include "ui/FirstRunDialog.h"
#include "ui_FirstRunDialog.h"

#include "core/Logging.h"
#include "storage/StaffService.h"

namespace gd {

FirstRunDialog::FirstRunDialog(StaffService& staff, QWidget* parent)
    : StartDialog(parent)
    , m_ui(std::make_unique<Ui::FirstRunDialog>())
    , m_staff(staff)
{
    m_ui->setupUi(this);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.5);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->passwordEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, StaffService::kMinPasswordLength));

    for (QLineEdit* edit : {m_ui->userNameEdit, m_ui->displayNameEdit, m_ui->passwordEdit,
                            m_ui->confirmPasswordEdit}) {
        connect(edit, &QLineEdit::textChanged, this, [this] {
            m_serviceError.clear();
            updateState();
        });
    }
    connect(m_ui->createButton, &QPushButton::clicked, this, &FirstRunDialog::create);
    setQuitButton(m_ui->quitButton);
    setMinimumWidth(fontMetrics().averageCharWidth() * 70);
    updateState();
}

FirstRunDialog::~FirstRunDialog() = default;

QString FirstRunDialog::problem() const
{
    return m_ui->problemLabel->text();
}

QString FirstRunDialog::currentProblem() const
{
    if (!m_serviceError.isEmpty())
        return m_serviceError;
    const QString userName = m_ui->userNameEdit->text().trimmed();
    if (userName.isEmpty())
        return tr("Choose a user name.");
    if (const QString why = StaffService::usernameProblem(userName); !why.isEmpty())
        return why;
    const QString password = m_ui->passwordEdit->text();
    if (password.isEmpty())
        return tr("Choose a password.");
    const QString why = StaffService::passwordProblem(userName, password);
    if (!why.isEmpty())
        return why;
    if (m_ui->confirmPasswordEdit->text() != password)
        return tr("Type the same password again in \"Repeat password\".");
    return {};
}

void FirstRunDialog::updateState()
{
    const QString why = currentProblem();
    m_ui->problemLabel->setText(why.isEmpty() ? tr("Ready to create the administrator.") : why);
    m_ui->createButton->setEnabled(why.isEmpty());
}

void FirstRunDialog::create()
{
    if (!currentProblem().isEmpty())
        return;
    const QString userName = m_ui->userNameEdit->text().trimmed();
    QString displayName = m_ui->displayNameEdit->text().trimmed();
    if (displayName.isEmpty())
        displayName = userName;
    auto admin = m_staff.createFirstAdministrator(userName, displayName, m_ui->passwordEdit->text());
    if (!admin) {
        qCWarning(lcUi) << "first administrator not created";
        m_serviceError = admin.message();
        updateState();
        return;
    }
    m_admin = admin.value();
    // The password is not kept in the dialog once it has done its job.
    m_ui->passwordEdit->setText(QString());
    m_ui->confirmPasswordEdit->setText(QString());
    m_serviceError.clear();
    accept();
}

} // namespace gd
