#include "ui/KioskStyle.h"

#include <QGuiApplication>
#include <QPainter>
#include <QScreen>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd {

int touchTargetHeight(const QFontMetrics& metrics)
{
    return metrics.height() * 12 / 5;
}

QSize boundedToScreen(const QWidget* window, QSize wanted)
{
    const QScreen* screen = window ? window->screen() : QGuiApplication::primaryScreen();
    if (!screen)
        return wanted;
    // A window already larger than the screen (a test's fixed geometry) keeps its room.
    QSize room = screen->availableGeometry().size();
    if (window)
        room = room.expandedTo(window->window()->size());
    return wanted.boundedTo(room);
}

namespace {

// The ring: inside the widget's rectangle, so no layout needs room for it.
void drawFocusRing(const QStyleOption* option, QPainter* painter)
{
    const int width = std::max(2, option->fontMetrics.height() / 8);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    QPen pen(option->palette.color(QPalette::Active, QPalette::Highlight), width);
    pen.setJoinStyle(Qt::MiterJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const int inset = width / 2;
    painter->drawRect(option->rect.adjusted(inset, inset, -inset - (width % 2 ? 1 : 0), -inset - (width % 2 ? 1 : 0)));
    painter->restore();
}

bool hasKeyboardFocus(const QStyleOption* option)
{
    return option && (option->state & QStyle::State_HasFocus) && (option->state & QStyle::State_Enabled);
}

} // namespace

// Fusion looks the same on every desktop the kiosk may run on.
KioskStyle::KioskStyle()
    : QProxyStyle(QStyleFactory::create(u"Fusion"_s))
{
}

QSize KioskStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                   const QWidget* widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (!option)
        return s;
    const int target = touchTargetHeight(option->fontMetrics);
    switch (type) {
    case CT_PushButton:
        s.setHeight(std::max(s.height(), target));
        s.setWidth(std::max(s.width(), option->fontMetrics.averageCharWidth() * 12));
        break;
    case CT_ToolButton:
        s.setHeight(std::max(s.height(), target));
        s.setWidth(std::max(s.width(), option->fontMetrics.averageCharWidth() * 10));
        break;
    case CT_LineEdit:
    case CT_ComboBox:
        s.setHeight(std::max(s.height(), target));
        break;
    case CT_ItemViewItem:
        s.setHeight(std::max(s.height(), option->fontMetrics.height() * 2));
        break;
    default:
        break;
    }
    return s;
}

void KioskStyle::drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                               const QWidget* widget) const
{
    if (element == PE_FrameFocusRect && option) {
        drawFocusRing(option, painter);   // check boxes, radio buttons, list cells
        return;
    }
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element == PE_PanelLineEdit && hasKeyboardFocus(option))
        drawFocusRing(option, painter);
}

void KioskStyle::drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                             const QWidget* widget) const
{
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButtonBevel && hasKeyboardFocus(option))
        drawFocusRing(option, painter);
}

void KioskStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                                    const QWidget* widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if ((control == CC_ComboBox || control == CC_ToolButton || control == CC_SpinBox) && hasKeyboardFocus(option))
        drawFocusRing(option, painter);
}

int KioskStyle::pixelMetric(PixelMetric metric, const QStyleOption* option, const QWidget* widget) const
{
    switch (metric) {
    case PM_SplitterWidth:
        return std::max(QProxyStyle::pixelMetric(metric, option, widget), 8);
    default:
        return QProxyStyle::pixelMetric(metric, option, widget);
    }
}

} // namespace gd
