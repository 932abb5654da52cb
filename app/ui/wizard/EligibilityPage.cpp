#include "ui/wizard/EligibilityPage.h"
#include "ui_EligibilityPage.h"

#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

EligibilityPage::EligibilityPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::EligibilityPage>())
    , m_session(session)
{
    setObjectName(QStringLiteral("eligibilityPage"));
    m_ui->setupUi(this);
    PageSupport::makeHeadline(m_ui->resultLabel);
    PageSupport::styleAsFieldError(m_ui->errorLabel);
    setButtonText(QWizard::CommitButton, tr("&Record the refusal"));
}

EligibilityPage::~EligibilityPage() = default;

void EligibilityPage::initializePage()
{
    m_eligibility.reset();
    setCommitPage(false);
    setFinalPage(false);
    PageSupport::showMessage(m_ui->errorLabel, {});

    auto eligibility = m_session.checkEligibility();
    if (!eligibility) {
        PageSupport::showMessage(m_ui->resultLabel, {});
        PageSupport::showMessage(m_ui->explanationLabel, {});
        m_ui->whatNextHeading->hide();
        PageSupport::showMessage(m_ui->whatNextLabel, {});
        PageSupport::showMessage(m_ui->recordHintLabel, {});
        PageSupport::showMessage(m_ui->errorLabel, eligibility.message());
        Q_EMIT completeChanged();
        return;
    }
    m_eligibility = eligibility.value();
    if (m_eligibility->eligible()) {
        PageSupport::styleAsSuccess(m_ui->resultLabel);
        PageSupport::showMessage(m_ui->resultLabel, tr("✓ This adult may be verified for this student."));
        PageSupport::showMessage(m_ui->explanationLabel,
                                 tr("The relationship is portal eligible, the adult holds educational rights, no "
                                    "no-contact order is on record, and the student is enrolled."));
        m_ui->whatNextHeading->hide();
        PageSupport::showMessage(m_ui->whatNextLabel, {});
        PageSupport::showMessage(m_ui->recordHintLabel, {});
        Q_EMIT completeChanged();
        return;
    }

    const Refusal& refusal = *m_eligibility->refusal;
    PageSupport::styleAsRefusal(m_ui->resultLabel);
    PageSupport::showMessage(m_ui->explanationLabel, refusal.explanation);
    m_ui->whatNextHeading->show();
    PageSupport::showMessage(m_ui->whatNextLabel, refusal.whatNext);
    if (!m_session.adult()) {
        PageSupport::showMessage(m_ui->resultLabel, tr("✗ Not on record: nothing can be issued"));
        PageSupport::showMessage(m_ui->recordHintLabel,
                                 tr("Nothing is recorded for this visit and no key is issued. Press Finish to close."));
        setFinalPage(true);
    } else {
        PageSupport::showMessage(m_ui->resultLabel, u"✗ "_s + WizardText::refusalHeadline(refusal.reason));
        PageSupport::showMessage(m_ui->recordHintLabel,
                                 tr("Press \"Record the refusal\" to write it to the record. This verification then "
                                    "ends and no key is issued."));
        setCommitPage(true);
    }
    Q_EMIT completeChanged();
}

bool EligibilityPage::isComplete() const
{
    return m_eligibility.has_value();
}

bool EligibilityPage::validatePage()
{
    if (!isRefused() || !m_session.adult())
        return true;
    auto outcome = m_session.verify();
    if (!outcome) {
        PageSupport::showMessage(m_ui->errorLabel, outcome.message());
        return false;
    }
    return true;
}

int EligibilityPage::nextId() const
{
    if (!m_eligibility)
        return -1;
    if (m_eligibility->eligible())
        return MethodPageId;
    return m_session.adult() ? OutcomePageId : -1;
}

} // namespace gd
