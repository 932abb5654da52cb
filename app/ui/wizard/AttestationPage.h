#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class AttestationPage;
}

namespace gd {

class VerificationSession;

// Step 8: the staff member confirms that the photo on the ID shows the adult, and the
// verification is recorded (verified, or refused when the photo does not match or the answers
// fell short). Bad input keeps the page open with the message.
class AttestationPage : public QWizardPage {
    Q_OBJECT
public:
    explicit AttestationPage(VerificationSession& session, QWidget* parent = nullptr);
    ~AttestationPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

private:
    void refresh();
    QString summary() const;

    std::unique_ptr<Ui::AttestationPage> m_ui;
    VerificationSession& m_session;
};

} // namespace gd
