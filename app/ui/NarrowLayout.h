#pragma once

#include <QObject>
#include <QPointer>

class QScrollArea;
class QSplitter;
class QWidget;

namespace gd {

// The search and the student card side by side need room a small screen at 150% does not have
// (1366x768 at 150% is 911 pixels wide): squeezed, the card cuts the name, the no-contact
// banner and the adults' flags. On such a window one of them takes the whole width, as on a
// phone: the search and its results, until the staff member opens a student (Enter or a click
// on a result); then the card, until they go back (Escape, or a finished verification). Wide
// windows show both side by side.
class NarrowLayout : public QObject {
    Q_OBJECT
public:
    NarrowLayout(QSplitter* splitter, QWidget* searchPanel, QWidget* cardPanel, QScrollArea* cardScroll,
                 QObject* parent = nullptr);

    // Shows the search again before the keyboard goes back to it.
    void revealSearch();
    // Shows the card before the keyboard goes into it.
    void revealCard();
    // Whether the card and the search fit side by side at the window's width.
    bool sideBySideFits() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void update();

    QPointer<QSplitter> m_splitter;
    QPointer<QWidget> m_search;
    QPointer<QWidget> m_card;
    QPointer<QScrollArea> m_cardScroll;
};

} // namespace gd
