#include "ui/wizard/KeysIssuedPage.h"
#include "ui_KeysIssuedPage.h"

#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

KeysIssuedPage::KeysIssuedPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::KeysIssuedPage>())
    , m_session(session)
{
    setObjectName(u"keysIssuedPage"_s);
    m_ui->setupUi(this);
    PageSupport::makeHeadline(m_ui->resultLabel);
    PageSupport::styleAsSuccess(m_ui->resultLabel);
    PageSupport::styleAsNotice(m_ui->letterLabel);
    setFinalPage(true);
}

KeysIssuedPage::~KeysIssuedPage() = default;

void KeysIssuedPage::initializePage()
{
    const auto& issued = m_session.issued();
    if (!issued)
        return;
    m_ui->resultLabel->setText(tr("✓ %n key(s) issued", nullptr, issued->keyCount));
    QStringList children;
    for (const QString& child : issued->children)
        children << u"• "_s + child;
    m_ui->childrenLabel->setText(children.join(u'\n'));
    QStringList leftOut;
    for (const QString& child : issued->leftOut)
        leftOut << u"• "_s + child;
    m_ui->leftOutHeading->setVisible(!leftOut.isEmpty());
    PageSupport::showMessage(m_ui->leftOutLabel, leftOut.join(u'\n'));

    const QString serial = issued->letterNumber;
    const bool mail = issued->delivery == KeyDelivery::Mail;
    QString letter;
    if (issued->printed && mail)
        letter = tr("Letter no. %1 is printing. Mail it only to the address on record.").arg(serial);
    else if (issued->printed)
        letter = tr("Letter no. %1 is printing. Hand it to this adult in person; never read the keys out or send "
                    "them by phone, e-mail or fax.").arg(serial);
    else if (mail)
        letter = tr("Letter no. %1 is queued for the letter printer and will be mailed to the address on record.")
                     .arg(serial);
    else
        letter = tr("Letter no. %1 is queued for the letter printer. Hand it only to this adult, in person.").arg(serial);
    m_ui->letterLabel->setText(letter);
}

} // namespace gd
