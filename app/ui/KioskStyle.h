#pragma once

#include <QProxyStyle>

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
};

// Minimum height of a touch target for the given font metrics: about 2.4 text lines.
int touchTargetHeight(const QFontMetrics& metrics);

} // namespace gd
