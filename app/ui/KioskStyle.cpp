#include "ui/KioskStyle.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <QStyleFactory>
#include <QStyleOption>

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
