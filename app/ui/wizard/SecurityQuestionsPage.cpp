#include "ui/wizard/SecurityQuestionsPage.h"
#include "ui_SecurityQuestionsPage.h"

#include "core/rules/SecurityQuestions.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::Literals::StringLiterals;

namespace gd {

SecurityQuestionsPage::SecurityQuestionsPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::SecurityQuestionsPage>())
    , m_session(session)
{
    setObjectName(u"securityQuestionsPage"_s);
    m_ui->setupUi(this);
    PageSupport::styleAsNotice(m_ui->noQuestionsLabel);
}

SecurityQuestionsPage::~SecurityQuestionsPage() = default;

void SecurityQuestionsPage::build(const QList<SecurityQuestion>& questions)
{
    QWidget* previous = nullptr;
    int row = 0;
    // Questions read on one line where the page is wide enough; answers take the rest.
    m_ui->questionsLayout->setColumnStretch(0, 2);
    m_ui->questionsLayout->setColumnStretch(1, 3);
    for (SecurityQuestion question : questions) {
        auto* label = new QLabel(WizardText::question(question), m_ui->questionsPanel);
        label->setObjectName(u"question_"_s + toWire(question));
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        auto* edit = new QLineEdit(m_ui->questionsPanel);
        edit->setObjectName(u"answer_"_s + toWire(question));
        edit->setMaxLength(SecurityQuestions::MaxAnswerLength);
        edit->setAccessibleName(WizardText::question(question));
        edit->setAccessibleDescription(tr("Type what the adult says. Leave it blank if you did not ask."));
        label->setBuddy(edit);
        m_ui->questionsLayout->addWidget(label, row, 0);
        m_ui->questionsLayout->addWidget(edit, row, 1);
        ++row;
        connect(edit, &QLineEdit::textChanged, this, &SecurityQuestionsPage::refresh);
        if (previous)
            setTabOrder(previous, edit);
        previous = edit;
        m_answers.append({question, edit});
    }
}

void SecurityQuestionsPage::initializePage()
{
    if (!m_built) {
        auto askable = m_session.askableQuestions();
        if (askable) {
            build(askable.value());
            m_problem.clear();
        } else {
            m_problem = askable.message();
        }
        m_built = askable.ok();
    }
    const int required = m_session.requiredPasses();
    if (m_session.questionsMandatory()) {
        m_ui->introLabel->setText(tr("Video call: ask at least %n of these questions and type what the adult says. "
                                     "Leave a question blank if you did not ask it.",
                                     nullptr, required));
    } else {
        m_ui->introLabel->setText(tr("Optional in person: you may ask some of these questions, for example when the "
                                     "photo on the ID is unclear. Leave them all blank to go on without questions."));
    }
    QString notice = m_problem;
    if (notice.isEmpty() && m_session.questionsMandatory() && m_answers.size() < required)
        notice = tr("The student's record can answer only %n question(s), and a video verification needs %1. "
                    "Verify this adult in person instead.", nullptr, int(m_answers.size()))
                     .arg(required);
    else if (notice.isEmpty() && m_answers.isEmpty())
        notice = tr("The student's record holds nothing to ask about. Go on without questions.");
    PageSupport::showMessage(m_ui->noQuestionsLabel, notice);
    refresh();
}

QLineEdit* SecurityQuestionsPage::answerEdit(SecurityQuestion question) const
{
    for (const auto& [q, edit] : m_answers) {
        if (q == question)
            return edit;
    }
    return nullptr;
}

int SecurityQuestionsPage::typedCount() const
{
    int n = 0;
    for (const auto& entry : m_answers)
        n += entry.second->text().trimmed().isEmpty() ? 0 : 1;
    return n;
}

void SecurityQuestionsPage::refresh()
{
    const int typed = typedCount();
    if (m_answers.isEmpty())
        m_ui->countLabel->clear();
    else if (m_session.questionsMandatory())
        m_ui->countLabel->setText(tr("%n answer(s) typed; at least %1 needed.", nullptr, typed)
                                      .arg(m_session.requiredPasses()));
    else
        m_ui->countLabel->setText(tr("%n answer(s) typed.", nullptr, typed));
    Q_EMIT completeChanged();
}

bool SecurityQuestionsPage::isComplete() const
{
    if (!m_session.questionsMandatory())
        return m_problem.isEmpty() || typedCount() == 0;
    return m_problem.isEmpty() && typedCount() >= m_session.requiredPasses();
}

bool SecurityQuestionsPage::validatePage()
{
    QList<SecurityAnswer> answers;
    for (const auto& [question, edit] : m_answers) {
        if (!edit->text().trimmed().isEmpty())
            answers.append({question, edit->text()});
    }
    m_session.setAnswers(answers);
    return true;
}

int SecurityQuestionsPage::nextId() const
{
    return AttestationPageId;
}

} // namespace gd
