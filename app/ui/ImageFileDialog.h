#pragma once

#include <QString>

class QWidget;

namespace gd {

// Asks for a picture to scan (a flatbed scan or a photo of a card or form). Every file dialog
// of the kiosk that picks an image goes through here, so a test can give the answer a person
// would give (setNextAnswer) instead of blocking on a modal dialog.
class ImageFileDialog {
public:
    // The chosen file, or empty when the staff member cancelled.
    static QString choose(QWidget* parent, const QString& title);

    // Test seam: the next dialog is not shown; it returns `path` at once (empty: cancelled).
    static void setNextAnswer(const QString& path);
};

} // namespace gd
