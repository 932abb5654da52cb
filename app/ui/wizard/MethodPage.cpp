#include "ui/wizard/MethodPage.h"
#include "ui_MethodPage.h"

#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"

#include <QRadioButton>

namespace gd {

MethodPage::MethodPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::MethodPage>())
    , m_session(session)
{
    setObjectName(QStringLiteral("methodPage"));
    m_ui->setupUi(this);
    PageSupport::enlargeTouchTargets(this);
    for (QRadioButton* radio : {m_ui->inPersonRadio, m_ui->videoRadio, m_ui->mailWaiverRadio})
        connect(radio, &QRadioButton::toggled, this, &MethodPage::methodChosen);
}

MethodPage::~MethodPage() = default;

void MethodPage::initializePage()
{
    m_ui->videoDescription->setText(
        tr("The adult shows the photo ID on camera and answers security questions: %n must be answered correctly.",
           nullptr, m_session.videoQuestionsRequired()));
    switch (m_session.method()) {
    case VerificationMethod::InPerson:
        m_ui->inPersonRadio->setChecked(true);
        break;
    case VerificationMethod::Video:
        m_ui->videoRadio->setChecked(true);
        break;
    case VerificationMethod::MailWaiver:
        m_ui->mailWaiverRadio->setChecked(true);
        break;
    }
}

bool MethodPage::isComplete() const
{
    return m_ui->inPersonRadio->isChecked() || m_ui->videoRadio->isChecked() || m_ui->mailWaiverRadio->isChecked();
}

void MethodPage::methodChosen()
{
    if (m_ui->videoRadio->isChecked())
        m_session.setMethod(VerificationMethod::Video);
    else if (m_ui->mailWaiverRadio->isChecked())
        m_session.setMethod(VerificationMethod::MailWaiver);
    else if (m_ui->inPersonRadio->isChecked())
        m_session.setMethod(VerificationMethod::InPerson);
    Q_EMIT completeChanged();
}

int MethodPage::nextId() const
{
    return IdDocumentPageId;
}

} // namespace gd
