#include "ui/wizard/VerificationWizard.h"

#include "core/Logging.h"
#include "services/IdScanFill.h"
#include "ui/MessageBox.h"
#include "ui/WedgeScanFilter.h"
#include "ui/wizard/AttestationPage.h"
#include "ui/wizard/ChecksPage.h"
#include "ui/wizard/EligibilityPage.h"
#include "ui/wizard/IdDocumentPage.h"
#include "ui/wizard/KeysIssuedPage.h"
#include "ui/wizard/KeysPage.h"
#include "ui/wizard/MethodPage.h"
#include "ui/wizard/OutcomePage.h"
#include "ui/wizard/PageSupport.h"
#include "ui/wizard/SecurityQuestionsPage.h"
#include "ui/wizard/StudentAdultPage.h"
#include "ui/wizard/WizardPageId.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

namespace gd {

VerificationWizard::VerificationWizard(Database& db, const Actor& actor, const StudentCard& card,
                                       const QString& guardianId, QWidget* parent)
    : QWizard(parent)
    , m_session(std::make_unique<VerificationSession>(db, actor, card, guardianId))
{
    setObjectName(u"verificationWizard"_s);
    setWindowTitle(tr("Verify an adult"));
    setWizardStyle(QWizard::ClassicStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    // Roster text may appear in a subtitle one day: never read it as markup.
    setTitleFormat(Qt::PlainText);
    setSubTitleFormat(Qt::PlainText);

    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("&Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    button(QWizard::BackButton)->setAccessibleName(tr("Back"));
    button(QWizard::NextButton)->setAccessibleName(tr("Next"));
    button(QWizard::CancelButton)->setAccessibleName(tr("Cancel the verification"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Finish"));
    button(QWizard::CommitButton)->setAccessibleName(tr("Record and go on"));
    button(QWizard::HelpButton)->setAccessibleName(tr("Help"));

    m_idPage = new IdDocumentPage(*m_session, this);
    m_keysPage = new KeysPage(*m_session, this);
    setPage(StudentAdultPageId, new StudentAdultPage(*m_session, this));
    setPage(EligibilityPageId, new EligibilityPage(*m_session, this));
    setPage(MethodPageId, new MethodPage(*m_session, this));
    setPage(IdDocumentPageId, m_idPage);
    setPage(ChecksPageId, new ChecksPage(*m_session, this));
    setPage(SecurityQuestionsPageId, new SecurityQuestionsPage(*m_session, this));
    setPage(AttestationPageId, new AttestationPage(*m_session, this));
    setPage(OutcomePageId, new OutcomePage(*m_session, this));
    setPage(KeysPageId, m_keysPage);
    setPage(KeysIssuedPageId, new KeysIssuedPage(*m_session, this));
    setStartId(StudentAdultPageId);
    for (int id : pageIds())
        PageSupport::scrollWhenShort(page(id));

    // A wedge scanner types into whatever has the focus: its burst is caught on any page and
    // fills the ID page, so nobody has to click a field first or clean a field afterwards.
    m_wedge = new WedgeScanFilter(this, u"@"_s, &IdScanFill::looksLikeIdCard);
    connect(m_wedge, &WedgeScanFilter::scanned, this, &VerificationWizard::idScanned);

    // The commit button's accessible name follows what it does on each page.
    connect(this, &QWizard::currentIdChanged, this, [this] {
        if (QWizardPage* page = currentPage())
            button(QWizard::CommitButton)->setAccessibleName(page->buttonText(QWizard::CommitButton).remove(u'&'));
        orderTabAfterPage();
        // The ID page starts in the issuer field: typing "CA" into the ID-type list would
        // silently choose another type, and the type is usually the one already shown.
        if (currentId() == IdDocumentPageId)
            m_idPage->focusFirstTextField();
    });
}

VerificationWizard::~VerificationWizard()
{
    // Hidden while the session still lives: the focus leaving a page's field makes the page
    // check it again, which must not happen in ~QDialog after the session is gone.
    hide();
    clearPersonalData();
}

// Tab from a page's last field goes to the button that goes on (Next, the commit button or
// Finish), then Back, then Cancel: Enter after the last field never takes the visit back a page.
void VerificationWizard::orderTabAfterPage()
{
    QWizardPage* page = currentPage();
    if (!page)
        return;
    // The page's last field in Tab order: from its first field, along the chain, until Tab would
    // leave the page (its content may sit in a scroll area created after the page's buttons).
    const auto tabbable = [page](QWidget* w) { return (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(page); };
    QWidget* first = nullptr;
    for (QWidget* w = nextInFocusChain(); w && w != this; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && tabbable(w)) {
            first = w;
            break;
        }
    }
    QWidget* last = nullptr;
    for (QWidget* w = first; w; w = w->nextInFocusChain()) {
        if (tabbable(w) && !page->isAncestorOf(w))
            break;
        if (tabbable(w))
            last = w;
        if (w->nextInFocusChain() == first)
            break;
    }
    QAbstractButton* forward = nullptr;
    for (QWizard::WizardButton which : {QWizard::CommitButton, QWizard::FinishButton, QWizard::NextButton}) {
        if (button(which)->isVisibleTo(this)) {
            forward = button(which);
            break;
        }
    }
    if (!last || !forward)
        return;
    QWidget::setTabOrder(last, forward);
    QWidget::setTabOrder(forward, button(QWizard::BackButton));
    QWidget::setTabOrder(button(QWizard::BackButton), button(QWizard::CancelButton));
}

void VerificationWizard::setPrintNow(PrintNow printNow)
{
    if (!printNow) {
        m_keysPage->setPrintNow({});
        return;
    }
    // The printer seam opens a print dialog: a nested event loop in which the kiosk may lock.
    m_keysPage->setPrintNow([this, printNow = std::move(printNow)](const QString& letterId, qint64 serial) -> Status {
        enterNestedLoop();
        const auto leave = qScopeGuard([this] { leaveNestedLoop(); });
        Status printed = printNow(letterId, serial);
        if (m_discarded && printed)
            qCWarning(lcUi) << "letter printed while the kiosk locked";
        return printed;
    });
}

void VerificationWizard::enterNestedLoop()
{
    ++m_nested;
}

void VerificationWizard::leaveNestedLoop()
{
    if (--m_nested == 0 && m_deleteAfterNested) {
        m_deleteAfterNested = false;
        // Posted from the code that opened the loop: it runs once that code has returned.
        deleteLater();
    }
}

// A visit is in progress until its last page: a refusal recorded, keys issued, or the
// Parent Access Request form given.
bool VerificationWizard::visitInProgress() const
{
    const QWizardPage* page = currentPage();
    return page && !(page->isFinalPage() && page->nextId() == -1);
}

void VerificationWizard::reject()
{
    if (!m_discarded && visitInProgress()) {
        const auto& outcome = m_session->outcome();
        const QString text = outcome && outcome->verified()
                                 ? tr("The adult is verified, but no key has been issued yet. Stop without issuing "
                                      "keys? The adult must then be verified again.")
                                 : tr("Stop this verification? Nothing has been recorded for this visit yet.");
        enterNestedLoop();
        const auto leave = qScopeGuard([this] { leaveNestedLoop(); });
        const auto answer = MessageBox::question(this, tr("Stop the verification?"), text,
                                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (m_discarded)
            return;   // the kiosk locked while the question was open
        if (answer != QMessageBox::Yes)
            return;
    }
    QWizard::reject();
}

void VerificationWizard::done(int result)
{
    QWizard::done(result);
    if (!isVisible())
        clearPersonalData();
}

void VerificationWizard::discard()
{
    if (m_discarded)
        return;
    m_discarded = true;
    // A question still open belongs to this visit.
    for (QMessageBox* box : findChildren<QMessageBox*>())
        box->reject();
    clearPersonalData();
    if (m_nested > 0 && testAttribute(Qt::WA_DeleteOnClose)) {
        // Closing would post the delete inside the nested loop, which runs it before the loop
        // returns into this wizard's code: hidden now, deleted by leaveNestedLoop().
        setAttribute(Qt::WA_DeleteOnClose, false);
        m_deleteAfterNested = true;
    }
    QWizard::reject();
    qCInfo(lcUi) << "verification wizard discarded";
}

void VerificationWizard::idScanned(const QString& typed)
{
    // Once the ID page is behind, the ID is checked and maybe recorded: a late scan changes nothing.
    if (m_discarded || (currentId() != IdDocumentPageId && visitedIds().contains(IdDocumentPageId))) {
        QApplication::beep();
        return;
    }
    m_idPage->scanWedgeText(typed);
}

void VerificationWizard::clearPersonalData()
{
    m_wedge->setEnabled(false);   // a burst being held is dropped, never typed into a field
    m_session->clear();
    PageSupport::wipeTexts(this);
}

} // namespace gd
