#pragma once

#include "services/VerificationSession.h"

#include <QWizard>

#include <memory>

namespace gd {

class Database;
class IdDocumentPage;
class KeysPage;
class WedgeScanFilter;

// The verification flow (product.md, steps 1-10) as a wizard: one page per step around one
// VerificationSession. The pages ask the core rules and the services; the wizard only wires them.
// Cancel and Escape ask before a visit in progress is dropped. When the kiosk locks, discard()
// empties every page and closes the wizard without asking. While an event loop runs on top of
// the wizard (the question to stop, the counter's print dialog), discard() only hides it: the
// wizard is deleted once that loop has returned, so the code that resumes after it never
// touches a freed page or session. A keyboard-wedge scanner's burst is recognised on any page
// and fills the ID page.
class VerificationWizard : public QWizard {
    Q_OBJECT
public:
    // `guardianId` empty: the adult is not on the student's record (Parent Access Request form).
    VerificationWizard(Database& db, const Actor& actor, const StudentCard& card, const QString& guardianId,
                       QWidget* parent = nullptr);
    ~VerificationWizard() override;

    // How a print-now letter is printed. Unset: only "queue for the letter printer" is offered.
    void setPrintNow(PrintNow printNow);

    IdDocumentPage* idDocumentPage() const { return m_idPage; }

    // Forgets everything this visit gathered and closes at once, without a question.
    void discard();

public Q_SLOTS:
    void reject() override;

public:
    // A visit is under way until its last page (refusal recorded, keys issued, form given).
    bool visitInProgress() const;

protected:
    void done(int result) override;

private:
    void orderTabAfterPage();
    void idScanned(const QString& typed);
    void clearPersonalData();
    // Around every nested event loop started on the wizard's behalf.
    void enterNestedLoop();
    void leaveNestedLoop();

    std::unique_ptr<VerificationSession> m_session;
    IdDocumentPage* m_idPage = nullptr;
    KeysPage* m_keysPage = nullptr;
    WedgeScanFilter* m_wedge = nullptr;
    bool m_discarded = false;
    int m_nested = 0;                  // nested event loops running on top of the wizard
    bool m_deleteAfterNested = false;  // discarded while one ran: delete once the last returns
};

} // namespace gd
