#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class StudentAdultPage;
}

namespace gd {

class VerificationSession;

// Step 1: the student and the adult chosen on the card, with the relationship and its flags.
class StudentAdultPage : public QWizardPage {
    Q_OBJECT
public:
    explicit StudentAdultPage(VerificationSession& session, QWidget* parent = nullptr);
    ~StudentAdultPage() override;

    void initializePage() override;
    int nextId() const override;

private:
    std::unique_ptr<Ui::StudentAdultPage> m_ui;
    VerificationSession& m_session;
};

} // namespace gd
