#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class MethodPage;
}

namespace gd {

class VerificationSession;

// Step 4: in person, by video call (security questions required) or by a returned waiver.
class MethodPage : public QWizardPage {
    Q_OBJECT
public:
    explicit MethodPage(VerificationSession& session, QWidget* parent = nullptr);
    ~MethodPage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void methodChosen();

    std::unique_ptr<Ui::MethodPage> m_ui;
    VerificationSession& m_session;
};

} // namespace gd
