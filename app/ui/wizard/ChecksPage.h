#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class ChecksPage;
}

namespace gd {

class VerificationSession;

// Step 6: the checks of the ID against the record. An expired ID is refused, unless the district
// allows a supervisor to accept it with a written reason; a name that differs from the record is
// accepted only with a written reason (OverrideReason), or the visit ends as a name_mismatch
// refusal. Choosing to refuse makes this the last page before the outcome.
class ChecksPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ChecksPage(VerificationSession& session, QWidget* parent = nullptr);
    ~ChecksPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The visit ends here with a refusal (expired ID or a name nobody vouches for).
    bool isRefusing() const;

private:
    bool expired() const;
    bool expiredOverridable() const;
    bool nameDiffers() const;
    void refresh();

    std::unique_ptr<Ui::ChecksPage> m_ui;
    VerificationSession& m_session;
    bool m_overrideAllowed = false;
};

} // namespace gd
