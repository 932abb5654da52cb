#pragma once

#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

namespace gd::PageSupport {

// Radio buttons and check boxes grow to a touch target (KioskStyle sizes buttons and fields).
void enlargeTouchTargets(QWidget* page);

// The page's content scrolls when the wizard is shorter than the page (a 1024x768 screen at
// 150%): nothing is cut, and the buttons stay in view. The content's widgets keep their names,
// tab order and parents below the page.
void scrollWhenShort(QWidget* page);

// A form's labels sit level with their (touch-sized) fields instead of at their top edge.
void alignFormLabels(QFormLayout* form);

// The looks of the wizard's messages: never colour alone, always words (and a sign) as well.
void styleAsFieldError(QLabel* label);   // under a field, as the staff member types
void styleAsRefusal(QLabel* label);      // the flow ends here
void styleAsSuccess(QLabel* label);
void styleAsNotice(QLabel* label);       // worth reading before going on

// Shows `text` in `label`, or hides the label when there is nothing to say.
void showMessage(QLabel* label, const QString& text);

// Makes a label's text larger and bold: the one line a page is about.
void makeHeadline(QLabel* label);

// Empties every label and field under `root` (line edits lose their undo history too): what a
// closing wizard does so no personal detail outlives the visit in a widget.
void wipeTexts(QWidget* root);

} // namespace gd::PageSupport
