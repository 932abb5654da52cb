#include "ui/wizard/ChecksPage.h"
#include "ui_ChecksPage.h"

#include "core/rules/IdDocumentRules.h"
#include "core/rules/OverrideReason.h"
#include "ui/DisplayText.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

ChecksPage::ChecksPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::ChecksPage>())
    , m_session(session)
{
    setObjectName(u"checksPage"_s);
    m_ui->setupUi(this);
    PageSupport::enlargeTouchTargets(this);
    for (QLabel* error : {m_ui->expiredReasonError, m_ui->nameReasonError, m_ui->errorLabel})
        PageSupport::styleAsFieldError(error);
    setButtonText(QWizard::CommitButton, tr("&Record the refusal"));

    for (QRadioButton* radio : {m_ui->expiredAcceptRadio, m_ui->expiredRefuseRadio, m_ui->nameAcceptRadio,
                                m_ui->nameRefuseRadio})
        connect(radio, &QRadioButton::toggled, this, &ChecksPage::refresh);
    for (QLineEdit* edit : {m_ui->expiredReasonEdit, m_ui->nameReasonEdit, m_ui->supervisorUserEdit,
                            m_ui->supervisorPasswordEdit})
        connect(edit, &QLineEdit::textChanged, this, &ChecksPage::refresh);
}

ChecksPage::~ChecksPage() = default;

bool ChecksPage::expired() const
{
    return m_session.idCheck() && m_session.idCheck()->expired;
}

bool ChecksPage::expiredOverridable() const
{
    return expired() && m_overrideAllowed;
}

bool ChecksPage::nameDiffers() const
{
    return m_session.nameCheck() && m_session.nameCheck()->match != NameMatch::Exact;
}

void ChecksPage::initializePage()
{
    m_overrideAllowed = m_session.expiredOverrideAllowed();
    PageSupport::showMessage(m_ui->errorLabel, {});

    // Expiry.
    m_ui->expiredGroup->setVisible(expired());
    if (expired()) {
        const QString date = DisplayText::date(m_session.idDocument().expiresOn);
        const Refusal refusal = IdDocumentRules::expiredRefusal(m_session.idPolicy());
        if (m_overrideAllowed) {
            PageSupport::styleAsNotice(m_ui->expiredLabel);
            m_ui->expiredLabel->setText(tr("The ID expired on %1. The district allows an administrator to accept an "
                                           "expired ID with a written reason and their password; otherwise the visit "
                                           "ends with a refusal.")
                                            .arg(date));
        } else {
            PageSupport::styleAsRefusal(m_ui->expiredLabel);
            m_ui->expiredLabel->setText(tr("✗ The ID expired on %1. The district does not accept expired IDs.").arg(date)
                                        + u"\n\n"_s + tr("What the adult can do next:") + u' ' + refusal.whatNext);
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->expiredAcceptRadio), static_cast<QWidget*>(m_ui->expiredRefuseRadio),
                       static_cast<QWidget*>(m_ui->expiredReasonLabel), static_cast<QWidget*>(m_ui->expiredReasonEdit),
                       static_cast<QWidget*>(m_ui->supervisorNote)})
        w->setVisible(m_overrideAllowed);
    for (QWidget* field : {m_ui->supervisorUserEdit, m_ui->supervisorPasswordEdit})
        m_ui->supervisorForm->setRowVisible(field, m_overrideAllowed);
    if (!m_overrideAllowed)
        m_ui->expiredReasonError->hide();

    // Name: not asked about when the visit ends on the expiry already.
    m_ui->nameGroup->setVisible(!(expired() && !m_overrideAllowed));
    const bool differs = nameDiffers();
    const QString explanation = m_session.nameCheck() ? m_session.nameCheck()->explanation : QString();
    if (differs) {
        PageSupport::styleAsNotice(m_ui->nameResultLabel);
        m_ui->nameResultLabel->setText(
            tr("The name on the ID differs from the name on record. Accept it only when you are sure it is the same "
               "person (for example a known spelling or a name change), and write why."));
        const IdDocument& id = m_session.idDocument();
        m_ui->idNameValue->setText(QString(id.givenNames.simplified() + u' ' + id.familyNames.simplified()).trimmed());
        const GuardianLink* adult = m_session.adult();
        m_ui->recordNameValue->setText(adult ? DisplayText::fullName(adult->guardian.firstName, adult->guardian.lastName)
                                             : QString());
        m_ui->differenceValue->setText(explanation);
    } else {
        PageSupport::styleAsSuccess(m_ui->nameResultLabel);
        // The rules' explanation already says it matches, and how (a middle name added...).
        m_ui->nameResultLabel->setText(u"✓ "_s
                                       + (explanation.isEmpty() ? tr("The name on the ID matches the record.") : explanation));
        m_ui->idNameValue->clear();
        m_ui->recordNameValue->clear();
        m_ui->differenceValue->clear();
    }
    for (QWidget* field : {m_ui->idNameValue, m_ui->recordNameValue, m_ui->differenceValue})
        m_ui->differenceForm->setRowVisible(field, differs);
    for (QWidget* w : {static_cast<QWidget*>(m_ui->nameAcceptRadio), static_cast<QWidget*>(m_ui->nameRefuseRadio),
                       static_cast<QWidget*>(m_ui->nameReasonLabel), static_cast<QWidget*>(m_ui->nameReasonEdit)})
        w->setVisible(differs);
    if (!differs)
        m_ui->nameReasonError->hide();
    refresh();
}

bool ChecksPage::isRefusing() const
{
    if (expired() && (!m_overrideAllowed || m_ui->expiredRefuseRadio->isChecked()))
        return true;
    return nameDiffers() && m_ui->nameRefuseRadio->isChecked();
}

void ChecksPage::refresh()
{
    const auto reasonProblem = [](QRadioButton* accept, QLineEdit* edit) {
        if (!accept->isChecked())
            return QString();
        return OverrideReason::validate(edit->text()).message();
    };
    m_ui->expiredReasonEdit->setEnabled(m_ui->expiredAcceptRadio->isChecked());
    m_ui->supervisorUserEdit->setEnabled(m_ui->expiredAcceptRadio->isChecked());
    m_ui->supervisorPasswordEdit->setEnabled(m_ui->expiredAcceptRadio->isChecked());
    m_ui->nameReasonEdit->setEnabled(m_ui->nameAcceptRadio->isChecked());
    // A reason's problem shows once something was typed: an empty field is just not done yet.
    const auto show = [](QLabel* label, QLineEdit* edit, const QString& problem) {
        PageSupport::showMessage(label, edit->isEnabled() && !edit->text().isEmpty() ? problem : QString());
    };
    if (expiredOverridable())
        show(m_ui->expiredReasonError, m_ui->expiredReasonEdit, reasonProblem(m_ui->expiredAcceptRadio, m_ui->expiredReasonEdit));
    if (nameDiffers())
        show(m_ui->nameReasonError, m_ui->nameReasonEdit, reasonProblem(m_ui->nameAcceptRadio, m_ui->nameReasonEdit));

    const bool refusing = isRefusing();
    setCommitPage(refusing);
    PageSupport::showMessage(m_ui->recordHintLabel,
                             refusing ? tr("Press \"Record the refusal\" to write it to the record. This verification "
                                           "then ends and no key is issued.")
                                      : QString());
    Q_EMIT completeChanged();
}

bool ChecksPage::isComplete() const
{
    if (expired() && !m_overrideAllowed)
        return true;   // nothing to decide: the refusal is recorded
    if (expiredOverridable()) {
        if (m_ui->expiredRefuseRadio->isChecked())
            return true;
        if (!m_ui->expiredAcceptRadio->isChecked() || !OverrideReason::validate(m_ui->expiredReasonEdit->text()))
            return false;
        if (m_ui->supervisorUserEdit->text().trimmed().isEmpty() || m_ui->supervisorPasswordEdit->text().isEmpty())
            return false;
    }
    if (nameDiffers()) {
        if (m_ui->nameRefuseRadio->isChecked())
            return true;
        return m_ui->nameAcceptRadio->isChecked() && OverrideReason::validate(m_ui->nameReasonEdit->text()).ok();
    }
    return true;
}

bool ChecksPage::validatePage()
{
    const bool acceptExpired = expiredOverridable() && m_ui->expiredAcceptRadio->isChecked();
    m_session.setExpiredOverride(acceptExpired ? std::optional<QString>(m_ui->expiredReasonEdit->text()) : std::nullopt,
                                 acceptExpired ? m_ui->supervisorUserEdit->text() : QString(),
                                 acceptExpired ? m_ui->supervisorPasswordEdit->text() : QString());
    // The session holds the password until the verification is recorded; the field forgets it now.
    m_ui->supervisorPasswordEdit->clear();
    m_session.setNameOverride(nameDiffers() && m_ui->nameAcceptRadio->isChecked()
                                  ? std::optional<QString>(m_ui->nameReasonEdit->text())
                                  : std::nullopt);
    if (!isRefusing())
        return true;
    auto outcome = m_session.verify();
    PageSupport::showMessage(m_ui->errorLabel, outcome.message());
    return outcome.ok();
}

int ChecksPage::nextId() const
{
    if (isRefusing())
        return OutcomePageId;
    return m_session.questionsAllowed() ? SecurityQuestionsPageId : AttestationPageId;
}

} // namespace gd
