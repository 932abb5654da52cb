#pragma once

#include <QWizardPage>

#include <memory>

namespace Ui {
class KeysIssuedPage;
}

namespace gd {

class VerificationSession;

// The end of a verified visit: how many keys, for which children, who was left out and why,
// and where the letter is. Never a key itself.
class KeysIssuedPage : public QWizardPage {
    Q_OBJECT
public:
    explicit KeysIssuedPage(VerificationSession& session, QWidget* parent = nullptr);
    ~KeysIssuedPage() override;

    void initializePage() override;

private:
    std::unique_ptr<Ui::KeysIssuedPage> m_ui;
    VerificationSession& m_session;
};

} // namespace gd
