#include "ui/MessageBox.h"

#include <QPointer>

namespace gd {

namespace {
std::optional<QMessageBox::StandardButton> g_nextAnswer;
QString g_lastText;
} // namespace

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text,
                                       Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                        Buttons buttons, Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::setNextAnswer(Button answer)
{
    g_nextAnswer = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

void MessageBox::clearLastText()
{
    g_lastText.clear();
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                    const QString& text, Buttons buttons, Button defaultButton)
{
    g_lastText = text;
    if (g_nextAnswer) {
        const Button answer = *g_nextAnswer;
        g_nextAnswer.reset();
        return answer;
    }
    // On the heap and guarded: the kiosk may lock while the box waits (the lock rejects it, and
    // the answer is NoButton), and the window it sits on may be taken down meanwhile.
    QPointer<QMessageBox> box = new QMessageBox(icon, title, text, buttons, parent);
    box->setTextFormat(Qt::PlainText);   // messages may quote names or paths: never rich text
    if (defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(defaultButton);
    const int answer = box->exec();
    if (!box)
        return QMessageBox::NoButton;
    delete box.data();
    return static_cast<Button>(answer);
}

} // namespace gd
