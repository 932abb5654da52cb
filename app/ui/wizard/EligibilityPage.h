#pragma once

#include "core/rules/EligibilityRules.h"

#include <QWizardPage>

#include <memory>
#include <optional>

namespace Ui {
class EligibilityPage;
}

namespace gd {

class VerificationSession;

// Step 3: the core's eligibility rules. A refusal ends the flow: the page says why in plain
// words and what the adult can do next, and records the refusal when the staff member confirms.
// An adult not on record gets the Parent Access Request form; nothing is recorded or issued.
class EligibilityPage : public QWizardPage {
    Q_OBJECT
public:
    explicit EligibilityPage(VerificationSession& session, QWidget* parent = nullptr);
    ~EligibilityPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    bool isRefused() const { return m_eligibility && !m_eligibility->eligible(); }

private:
    std::unique_ptr<Ui::EligibilityPage> m_ui;
    VerificationSession& m_session;
    std::optional<Eligibility> m_eligibility;
};

} // namespace gd
