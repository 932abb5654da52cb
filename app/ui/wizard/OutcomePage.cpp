#include "ui/wizard/OutcomePage.h"
#include "ui_OutcomePage.h"

#include "ui/DisplayText.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

OutcomePage::OutcomePage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::OutcomePage>())
    , m_session(session)
{
    setObjectName(u"outcomePage"_s);
    m_ui->setupUi(this);
    PageSupport::makeHeadline(m_ui->resultLabel);
}

OutcomePage::~OutcomePage() = default;

void OutcomePage::initializePage()
{
    const auto& outcome = m_session.outcome();
    setFinalPage(!outcome || !outcome->verified());
    if (!outcome)
        return;   // not reached: the pages before record the outcome first

    // Pass or fail per question, now that the verification is recorded; never what was expected.
    QStringList results;
    if (outcome->verified()) {
        for (const SecurityAnswer& answer : m_session.answersSent()) {
            const bool passed = outcome->questionsPassed.contains(toWire(answer.question));
            results << (passed ? tr("✓ Correct: %1") : tr("✗ Not correct: %1")).arg(WizardText::question(answer.question));
        }
    }
    m_ui->questionResultsHeading->setVisible(!results.isEmpty());
    PageSupport::showMessage(m_ui->questionResultsLabel, results.join(u'\n'));

    if (outcome->verified()) {
        const GuardianLink* adult = m_session.adult();
        const Student& student = m_session.student();
        PageSupport::styleAsSuccess(m_ui->resultLabel);
        PageSupport::showMessage(m_ui->resultLabel, tr("✓ Verified"));
        //: %1 = the adult's name, %2 = the student's name, %3 = how (In person, Video call...).
        PageSupport::showMessage(
            m_ui->explanationLabel,
            tr("%1 is verified for %2. Method: %3.")
                .arg(adult ? DisplayText::fullName(adult->guardian.firstName, adult->guardian.lastName) : QString(),
                     DisplayText::fullName(student.firstName, student.lastName), WizardText::method(m_session.method())));
        m_ui->whatNextHeading->hide();
        PageSupport::showMessage(m_ui->whatNextLabel, {});
        PageSupport::showMessage(m_ui->recordedLabel,
                                 tr("The verification is recorded. Press Next to issue the access keys."));
    } else {
        const Refusal& refusal = *outcome->refusal;
        PageSupport::styleAsRefusal(m_ui->resultLabel);
        PageSupport::showMessage(m_ui->resultLabel, u"✗ "_s + WizardText::refusalHeadline(refusal.reason));
        PageSupport::showMessage(m_ui->explanationLabel, refusal.explanation);
        m_ui->whatNextHeading->show();
        PageSupport::showMessage(m_ui->whatNextLabel, refusal.whatNext);
        PageSupport::showMessage(m_ui->recordedLabel,
                                 tr("The refusal is recorded. No key is issued. Press Finish to close."));
    }
}

bool OutcomePage::isComplete() const
{
    return m_session.outcome().has_value();
}

int OutcomePage::nextId() const
{
    const auto& outcome = m_session.outcome();
    return outcome && outcome->verified() ? KeysPageId : -1;
}

} // namespace gd
