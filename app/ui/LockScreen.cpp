#include "ui/LockScreen.h"
#include "ui_LockScreen.h"

#include "ui/LoginForm.h"

#include <QKeyEvent>
#include <QLabel>

namespace gd {

LockScreen::LockScreen(StaffService& staff, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LockScreen>())
{
    m_ui->setupUi(this);
    QFont heading = m_ui->lockHeadingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->lockHeadingLabel->setFont(heading);
    m_ui->lockPanel->setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    m_ui->lockPanel->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("lockNotice"));
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("What happened when the kiosk locked"));
    m_notice->hide();
    m_ui->formHolder->addWidget(m_notice);

    m_form = new LoginForm(staff, this);
    m_form->setObjectName(QStringLiteral("lockLoginForm"));
    m_ui->formHolder->addWidget(m_form);
    connect(m_form, &LoginForm::signedIn, this, &LockScreen::unlocked);
}

LockScreen::~LockScreen() = default;

void LockScreen::reset()
{
    m_form->reset();
    m_form->focusFirstField();
}

void LockScreen::setNotice(const QString& text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

QString LockScreen::notice() const
{
    return m_notice->text();
}

// Escape starts over: both fields emptied, cursor back in the user name.
void LockScreen::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape) {
        reset();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace gd
