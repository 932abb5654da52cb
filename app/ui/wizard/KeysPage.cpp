#include "ui/wizard/KeysPage.h"
#include "ui_KeysPage.h"

#include "ui/DisplayText.h"
#include "ui/wizard/PageSupport.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

KeysPage::KeysPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::KeysPage>())
    , m_session(session)
{
    setObjectName(u"keysPage"_s);
    m_ui->setupUi(this);
    PageSupport::enlargeTouchTargets(this);
    PageSupport::styleAsFieldError(m_ui->errorLabel);
    PageSupport::styleAsNotice(m_ui->secretNote);
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Issue keys"));
    for (QRadioButton* radio : {m_ui->handOverRadio, m_ui->mailRadio, m_ui->printNowRadio, m_ui->queueRadio})
        connect(radio, &QRadioButton::toggled, this, &KeysPage::completeChanged);
}

KeysPage::~KeysPage() = default;

void KeysPage::initializePage()
{
    PageSupport::showMessage(m_ui->errorLabel, {});
    showChildren();
    const bool mailWaiver = m_session.method() == VerificationMethod::MailWaiver;
    const bool canMail = m_session.hasMailingAddress();

    m_ui->handOverRadio->setEnabled(!mailWaiver);
    m_ui->mailRadio->setEnabled(canMail);
    PageSupport::showMessage(m_ui->addressValue, canMail ? WizardText::address(m_session.mailingAddress()) : QString());
    QString deliveryNote;
    if (mailWaiver && !canMail)
        deliveryNote = tr("No mailing address is in school records, and a key asked for by mail goes only by mail. "
                          "Ask the school to update the adult's address, then verify again.");
    else if (mailWaiver)
        deliveryNote = tr("A key asked for by mail goes only to the address in school records.");
    else if (!canMail)
        deliveryNote = tr("No mailing address is on record: the letter can only be handed over in person.");
    else
        deliveryNote = tr("Never by phone, e-mail or fax.");
    PageSupport::showMessage(m_ui->deliveryNote, deliveryNote);
    if (mailWaiver || (m_session.method() == VerificationMethod::Video && canMail))
        m_ui->mailRadio->setChecked(canMail);
    else
        m_ui->handOverRadio->setChecked(true);

    const bool canPrint = static_cast<bool>(m_printNow);
    m_ui->printNowRadio->setEnabled(canPrint);
    if (canPrint) {
        m_ui->printNowRadio->setChecked(true);
        PageSupport::showMessage(m_ui->printNote, {});
    } else {
        m_ui->queueRadio->setChecked(true);
        PageSupport::showMessage(m_ui->printNote, tr("Printing at the counter is not set up on this kiosk: the letter "
                                                     "goes to the letter printer's queue."));
    }
}

// The staff member reads out who the letter covers before anything is issued.
void KeysPage::showChildren()
{
    auto candidates = m_session.keyCandidates();
    if (!candidates) {
        m_ui->childrenValue->setText(candidates.message());
        PageSupport::showMessage(m_ui->leftOutValue, {});
        return;
    }
    QStringList names;
    for (const Student& child : std::as_const(candidates->children))
        names << u"• "_s + DisplayText::fullName(child.firstName, child.lastName);
    m_ui->childrenGroup->setTitle(tr("%n child(ren) who get a key", nullptr, int(candidates->children.size())));
    m_ui->childrenValue->setText(names.join(u'\n'));
    PageSupport::showMessage(m_ui->leftOutValue,
                             candidates->leftOut.isEmpty()
                                 ? QString()
                                 : tr("No key this visit:") + u'\n' + candidates->leftOut.join(u'\n'));
}

bool KeysPage::isComplete() const
{
    const bool delivery = (m_ui->handOverRadio->isChecked() && m_ui->handOverRadio->isEnabled())
                          || (m_ui->mailRadio->isChecked() && m_ui->mailRadio->isEnabled());
    const bool printing = (m_ui->printNowRadio->isChecked() && m_ui->printNowRadio->isEnabled())
                          || m_ui->queueRadio->isChecked();
    return delivery && printing;
}

bool KeysPage::validatePage()
{
    const KeyDelivery delivery = m_ui->mailRadio->isChecked() ? KeyDelivery::Mail : KeyDelivery::InPerson;
    const PrintNow printer = m_ui->printNowRadio->isChecked() ? m_printNow : PrintNow{};
    auto issued = m_session.issue(delivery, printer);
    PageSupport::showMessage(m_ui->errorLabel, issued.message());
    return issued.ok();
}

int KeysPage::nextId() const
{
    return KeysIssuedPageId;
}

} // namespace gd
