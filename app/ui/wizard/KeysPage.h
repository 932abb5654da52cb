#pragma once

#include "services/VerificationSession.h"

#include <QWizardPage>

#include <memory>

namespace Ui {
class KeysPage;
}

namespace gd {

// Step 9: how the letter reaches the adult (handed over, or mailed to the address on record
// only) and whether it prints now or waits in the letter printer's queue; then the keys are
// issued. No key is ever shown here: print-now hands the issuance to the printer seam.
class KeysPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeysPage(VerificationSession& session, QWidget* parent = nullptr);
    ~KeysPage() override;

    // Without it, printing at the counter is not offered and letters are queued.
    void setPrintNow(PrintNow printNow) { m_printNow = std::move(printNow); }

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void showChildren();

    std::unique_ptr<Ui::KeysPage> m_ui;
    VerificationSession& m_session;
    PrintNow m_printNow;
};

} // namespace gd
