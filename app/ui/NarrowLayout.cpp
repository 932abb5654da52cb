#include "ui/NarrowLayout.h"

#include <QScrollArea>
#include <QApplication>
#include <QEvent>
#include <QScrollBar>
#include <QSplitter>

namespace gd {

NarrowLayout::NarrowLayout(QSplitter* splitter, QWidget* searchPanel, QWidget* cardPanel,
                           QScrollArea* cardScroll, QObject* parent)
    : QObject(parent)
    , m_splitter(splitter)
    , m_search(searchPanel)
    , m_card(cardPanel)
    , m_cardScroll(cardScroll)
{
    splitter->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this] { update(); });
}

bool NarrowLayout::sideBySideFits() const
{
    if (!m_splitter || !m_search || !m_cardScroll)
        return true;
    const QWidget* content = m_cardScroll->widget();
    const int card = (content ? content->minimumSizeHint().width() : 0) + m_cardScroll->verticalScrollBar()->sizeHint().width()
        + 2 * m_cardScroll->frameWidth();
    return m_search->minimumWidth() + m_splitter->handleWidth() + card <= m_splitter->width();
}

void NarrowLayout::revealSearch()
{
    if (m_search)
        m_search->show();
}

void NarrowLayout::revealCard()
{
    if (m_card)
        m_card->show();
}

void NarrowLayout::update()
{
    if (!m_search || !m_card)
        return;
    if (sideBySideFits()) {
        m_search->show();
        m_card->show();
        return;
    }
    const QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_card->window())
        return;   // a dialog or another window has the keyboard: keep what is shown
    const bool inCard = m_card->isAncestorOf(focus);
    m_search->setVisible(!inCard);
    m_card->setVisible(inCard);
}

bool NarrowLayout::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize)
        update();
    return QObject::eventFilter(watched, event);
}

} // namespace gd
