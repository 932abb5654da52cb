#pragma once

#include "core/Verification.h"

#include <QList>
#include <QPair>
#include <QWizardPage>

#include <memory>

namespace Ui {
class SecurityQuestionsPage;
}

class QLineEdit;

namespace gd {

class VerificationSession;

// Step 7: the security questions. Required for a video call (the district's number must pass),
// optional in person, none for a mail waiver. Only questions the record can answer are offered.
// The staff member types what the adult says; the page never holds or shows an expected answer,
// and whether an answer was right is shown only once the verification is recorded.
class SecurityQuestionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit SecurityQuestionsPage(VerificationSession& session, QWidget* parent = nullptr);
    ~SecurityQuestionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // The answer field of `question`, or nullptr when the record cannot answer it.
    QLineEdit* answerEdit(SecurityQuestion question) const;

private:
    void build(const QList<SecurityQuestion>& questions);
    int typedCount() const;
    void refresh();

    std::unique_ptr<Ui::SecurityQuestionsPage> m_ui;
    VerificationSession& m_session;
    QList<QPair<SecurityQuestion, QLineEdit*>> m_answers;
    bool m_built = false;
    QString m_problem;   // why the questions cannot be asked (no askable questions, service error)
};

} // namespace gd
