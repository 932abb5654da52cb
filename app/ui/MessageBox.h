#pragma once

#include <QMessageBox>

#include <optional>

namespace gd {

// Every message box of the kiosk goes through here, so a test can give the answer a person
// would give (setNextAnswer) instead of blocking on a modal dialog.
class MessageBox {
public:
    using Button = QMessageBox::StandardButton;
    using Buttons = QMessageBox::StandardButtons;

    static Button critical(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button warning(QWidget* parent, const QString& title, const QString& text,
                          Buttons buttons = QMessageBox::Ok, Button defaultButton = QMessageBox::NoButton);
    static Button question(QWidget* parent, const QString& title, const QString& text,
                           Buttons buttons = QMessageBox::Yes | QMessageBox::No,
                           Button defaultButton = QMessageBox::NoButton);

    // Test seam: the next message box is not shown; it returns `answer` at once.
    static void setNextAnswer(Button answer);
    // Test seam: the text of the last message box asked for (shown or answered by the seam).
    static QString lastText();
    static void clearLastText();

private:
    static Button show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                       const QString& text, Buttons buttons, Button defaultButton);
};

} // namespace gd
