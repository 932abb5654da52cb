#pragma once

#include <QProxyStyle>
#include <QSize>

namespace gd {

// Large touch targets for a counter PC: buttons, fields and rows grow with the font (never a
// fixed pixel size), so they stay comfortable at 150% scaling and with larger system fonts.
class KioskStyle : public QProxyStyle {
    Q_OBJECT
public:
    KioskStyle();

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;
    int pixelMetric(PixelMetric metric, const QStyleOption* option = nullptr,
                    const QWidget* widget = nullptr) const override;

    // A focus ring anyone at the counter sees: two pixels (more at 150%) of the highlight colour
    // around the button, list, check box or field that has the keyboard, where Fusion draws a
    // faint line or nothing.
    void drawPrimitive(PrimitiveElement element, const QStyleOption* option, QPainter* painter,
                       const QWidget* widget = nullptr) const override;
    void drawControl(ControlElement element, const QStyleOption* option, QPainter* painter,
                     const QWidget* widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex* option, QPainter* painter,
                            const QWidget* widget = nullptr) const override;
};

// Minimum height of a touch target for the given font metrics: about 2.4 text lines.
int touchTargetHeight(const QFontMetrics& metrics);

// `wanted`, no larger than the available area of the screen `window` is on (or than `window`
// itself, if larger): a dialog sized from its contents or its parent must still fit a 1024x768
// screen at 150%.
QSize boundedToScreen(const QWidget* window, QSize wanted);

} // namespace gd
