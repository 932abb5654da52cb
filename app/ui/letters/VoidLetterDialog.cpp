#include "ui/letters/VoidLetterDialog.h"
#include "ui_VoidLetterDialog.h"

#include "core/rules/OverrideReason.h"
#include "ui/wizard/PageSupport.h"

#include <QLayout>
#include <QPointer>

#include <algorithm>
#include <utility>

namespace gd {

namespace {
std::optional<std::optional<QString>> g_nextAnswer;
QString g_lastProblem;
} // namespace

VoidLetterDialog::VoidLetterDialog(const QString& serial, const QString& forWhom, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::VoidLetterDialog>())
{
    m_ui->setupUi(this);
    m_ui->headingLabel->setText(tr("Void letter %1").arg(serial));
    PageSupport::makeHeadline(m_ui->headingLabel);
    m_ui->letterLabel->setText(tr("For %1.").arg(forWhom));
    PageSupport::styleAsNotice(m_ui->explanationLabel);
    PageSupport::styleAsFieldError(m_ui->problemLabel);
    m_ui->problemLabel->hide();
    m_ui->reasonEdit->setPlaceholderText(
        tr("At least %n characters", nullptr, OverrideReason::MinLength));
    m_ui->voidButton->setEnabled(false);
    connect(m_ui->reasonEdit, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_ui->voidButton->setEnabled(!text.trimmed().isEmpty());
        showProblem(QString());
    });
    // Return presses the default button (Void), which checks the reason.
    connect(m_ui->voidButton, &QPushButton::clicked, this, &VoidLetterDialog::confirm);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
}

VoidLetterDialog::~VoidLetterDialog() = default;

QString VoidLetterDialog::problem() const
{
    return m_ui->problemLabel->isVisibleTo(this) ? m_ui->problemLabel->text() : QString();
}

void VoidLetterDialog::showProblem(const QString& text)
{
    PageSupport::showMessage(m_ui->problemLabel, text);
    // A shown window does not grow by itself: without this the new line squeezes the wrapped
    // labels above it and cuts their last line.
    if (!isVisible())
        return;
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void VoidLetterDialog::confirm()
{
    auto reason = OverrideReason::validate(m_ui->reasonEdit->text());
    if (!reason) {
        showProblem(reason.message());
        m_ui->reasonEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_reason = *reason;
    accept();
}

std::optional<QString> VoidLetterDialog::ask(QWidget* parent, const QString& serial, const QString& forWhom)
{
    g_lastProblem.clear();
    if (g_nextAnswer) {
        const std::optional<QString> answer = *std::exchange(g_nextAnswer, std::nullopt);
        if (!answer)
            return std::nullopt;
        auto reason = OverrideReason::validate(*answer);
        if (!reason) {
            g_lastProblem = reason.message();
            return std::nullopt;
        }
        return *reason;
    }
    // On the heap and guarded: the kiosk may lock while it waits (the lock rejects it: no
    // reason, the letter is kept), and the queue it sits on may be taken down meanwhile.
    QPointer<VoidLetterDialog> dialog = new VoidLetterDialog(serial, forWhom, parent);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return std::nullopt;
    g_lastProblem = dialog->problem();
    const QString reason = dialog->reason();
    delete dialog.data();
    if (!accepted)
        return std::nullopt;
    return reason;
}

void VoidLetterDialog::setNextAnswer(std::optional<QString> reason)
{
    g_nextAnswer.emplace(std::move(reason));
}

QString VoidLetterDialog::lastProblem()
{
    return g_lastProblem;
}

} // namespace gd
