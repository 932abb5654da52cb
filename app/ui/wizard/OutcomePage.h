#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class OutcomePage;
}

namespace gd {

class VerificationSession;

// What was recorded: verified (go on to the keys), or refused with the reason in plain words
// and what the adult can do next (the end of the visit).
class OutcomePage : public QWizardPage {
    Q_OBJECT
public:
    explicit OutcomePage(VerificationSession& session, QWidget* parent = nullptr);
    ~OutcomePage() override;

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    std::unique_ptr<Ui::OutcomePage> m_ui;
    VerificationSession& m_session;
};

} // namespace gd
