#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace Ui {
class VoidLetterDialog;
}

namespace gd {

// Asks why a letter is void, in writing. The reason is checked with the same rule the letter
// queue applies (OverrideReason) before the dialog lets go, so a reason too short to mean
// anything is refused here, in the staff member's words, not after the question "revoke?".
class VoidLetterDialog : public QDialog {
    Q_OBJECT
public:
    // `serial` as printed on the letter; `forWhom` the adult's name.
    VoidLetterDialog(const QString& serial, const QString& forWhom, QWidget* parent = nullptr);
    ~VoidLetterDialog() override;

    // The reason, white space simplified; set once accepted.
    QString reason() const { return m_reason; }
    // Why the typed reason was refused, or empty.
    QString problem() const;

    // The reason for voiding, or nullopt when the staff member keeps the letter.
    static std::optional<QString> ask(QWidget* parent, const QString& serial, const QString& forWhom);
    // Test seam: the next ask() shows nothing and answers `reason` (checked like a typed one: a
    // refused reason answers nullopt and is kept in lastProblem()), or nullopt to keep the letter.
    static void setNextAnswer(std::optional<QString> reason);
    static QString lastProblem();

public Q_SLOTS:
    // Checks the reason; accepts when it holds, else says what to fix and stays open.
    void confirm();

private:
    void showProblem(const QString& text);

    std::unique_ptr<Ui::VoidLetterDialog> m_ui;
    QString m_reason;
};

} // namespace gd
