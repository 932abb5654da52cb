#include "ui/wizard/AttestationPage.h"
#include "ui_AttestationPage.h"

#include "ui/DisplayText.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

#include <QAbstractButton>

using namespace Qt::Literals::StringLiterals;

namespace gd {

AttestationPage::AttestationPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::AttestationPage>())
    , m_session(session)
{
    setObjectName(u"attestationPage"_s);
    m_ui->setupUi(this);
    PageSupport::enlargeTouchTargets(this);
    PageSupport::styleAsFieldError(m_ui->errorLabel);
    PageSupport::makeHeadline(m_ui->questionLabel);
    setCommitPage(true);
    connect(m_ui->matchesRadio, &QRadioButton::toggled, this, &AttestationPage::refresh);
    connect(m_ui->doesNotMatchRadio, &QRadioButton::toggled, this, &AttestationPage::refresh);
}

AttestationPage::~AttestationPage() = default;

QString AttestationPage::summary() const
{
    const IdDocument& id = m_session.idDocument();
    QStringList lines;
    lines << tr("Method: %1").arg(WizardText::method(m_session.method()));
    const QString type = id.type == IdType::Other ? id.otherDescription.simplified() : WizardText::idType(id.type);
    //: %1 = kind of ID, %2 = who issued it, %3 = its last 4 characters.
    lines << tr("ID: %1 from %2, ending in %3").arg(type, id.issuer.simplified(), id.numberLast4.toUpper());
    if (m_session.idCheck() && m_session.idCheck()->expired)
        lines << tr("Expired on %1; accepted by a supervisor").arg(DisplayText::date(id.expiresOn));
    else
        lines << tr("Expires on %1").arg(DisplayText::date(id.expiresOn));
    if (m_session.nameCheck())
        lines << tr("Name on the ID: %1").arg(WizardText::nameMatch(m_session.nameCheck()->match));
    const int answers = int(m_session.answersSent().size());
    if (m_session.questionsAllowed())
        lines << tr("Security questions: %n answer(s) typed", nullptr, answers);
    return lines.join(u'\n');
}

void AttestationPage::initializePage()
{
    m_ui->summaryLabel->setText(summary());
    switch (m_session.method()) {
    case VerificationMethod::InPerson:
        m_ui->questionLabel->setText(tr("Look at the photo on the ID and at the adult at the counter. Is it the same person?"));
        break;
    case VerificationMethod::Video:
        m_ui->questionLabel->setText(tr("Look at the photo on the ID and at the adult on the video call. Is it the same person?"));
        break;
    case VerificationMethod::MailWaiver:
        m_ui->questionLabel->setText(
            tr("Look at the copy of the ID and the signed request form. Are they clear, and do they belong to the same person?"));
        break;
    }
    PageSupport::showMessage(m_ui->errorLabel, {});
    refresh();
}

void AttestationPage::refresh()
{
    const bool refusing = m_ui->doesNotMatchRadio->isChecked();
    const QString commit = refusing ? tr("&Record the refusal") : tr("&Verify");
    setButtonText(QWizard::CommitButton, commit);
    if (wizard() && wizard()->currentPage() == this)
        wizard()->button(QWizard::CommitButton)->setAccessibleName(QString(commit).remove(u'&'));
    PageSupport::showMessage(m_ui->recordHintLabel,
                             refusing ? tr("Press \"Record the refusal\": the refusal is written to the record and no "
                                           "key is issued.")
                                      : tr("Press Verify to record the verification. It cannot be undone."));
    Q_EMIT completeChanged();
}

bool AttestationPage::isComplete() const
{
    return m_ui->matchesRadio->isChecked() || m_ui->doesNotMatchRadio->isChecked();
}

bool AttestationPage::validatePage()
{
    m_session.setPhotoMatches(m_ui->matchesRadio->isChecked());
    auto outcome = m_session.verify();
    PageSupport::showMessage(m_ui->errorLabel, outcome.message());
    return outcome.ok();
}

int AttestationPage::nextId() const
{
    return OutcomePageId;
}

} // namespace gd
