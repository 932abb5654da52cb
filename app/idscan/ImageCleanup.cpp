#include "idscan/ImageCleanup.h"

#include <QTransform>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <vector>

namespace gd {

double ImageCleanup::skewDegrees(const QImage& grey)
{
    constexpr int kMaxSide = 640;
    const QImage small = std::max(grey.width(), grey.height()) > kMaxSide
                             ? grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                             : grey;
    // Sums of the structure tensor; squared gradients weight strong edges, so noise and soft
    // shading count little against the bars.
    double xx = 0, yy = 0, xy = 0;
    for (int y = 1; y + 1 < small.height(); ++y) {
        const uchar* up = small.constScanLine(y - 1);
        const uchar* mid = small.constScanLine(y);
        const uchar* down = small.constScanLine(y + 1);
        for (int x = 1; x + 1 < small.width(); ++x) {
            const int gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) - (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
            const int gy = (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
            xx += double(gx) * gx;
            yy += double(gy) * gy;
            xy += double(gx) * gy;
        }
    }
    double degrees = 0.5 * std::atan2(2 * xy, xx - yy) * 180.0 / std::numbers::pi;
    if (degrees > 45)
        degrees -= 90;
    else if (degrees < -45)
        degrees += 90;
    return degrees;
}

QImage ImageCleanup::straightened(const QImage& grey, double degrees)
{
    // Bilinear resampling by hand: QPainter's smooth transform on an 8-bit image costs
    // several times as much on a 2-megapixel photo.
    const QRect bounds = QTransform().rotate(-degrees).mapRect(grey.rect());
    QImage out(bounds.size(), QImage::Format_Grayscale8);
    const double radians = degrees * std::numbers::pi / 180.0;
    const double c = std::cos(radians), s = std::sin(radians);
    const double inX = grey.width() / 2.0, inY = grey.height() / 2.0;
    const double outX = out.width() / 2.0, outY = out.height() / 2.0;
    constexpr int kOne = 1 << 16;   // 16.16 fixed point
    const int w = grey.width(), h = grey.height();
    for (int y = 0; y < out.height(); ++y) {
        uchar* dst = out.scanLine(y);
        // Source of this row's first pixel, then one step per pixel along the turned row.
        const double dy = y + 0.5 - outY;
        double sx = inX + c * (0.5 - outX) - s * dy - 0.5;
        double sy = inY + s * (0.5 - outX) + c * dy - 0.5;
        auto fx = qint64(sx * kOne), fy = qint64(sy * kOne);
        const auto stepX = qint64(c * kOne), stepY = qint64(s * kOne);
        for (int x = 0; x < out.width(); ++x, fx += stepX, fy += stepY) {
            const qint64 x0 = fx >> 16, y0 = fy >> 16;
            if (x0 < 0 || y0 < 0 || x0 + 1 >= w || y0 + 1 >= h) {
                dst[x] = 255;
                continue;
            }
            const int ax = int(fx & (kOne - 1)) >> 8, ay = int(fy & (kOne - 1)) >> 8;   // 0..255
            const uchar* r0 = grey.constScanLine(int(y0)) + x0;
            const uchar* r1 = grey.constScanLine(int(y0) + 1) + x0;
            const int top = r0[0] * (256 - ax) + r0[1] * ax;
            const int bottom = r1[0] * (256 - ax) + r1[1] * ax;
            dst[x] = uchar((top * (256 - ay) + bottom * ay) >> 16);
        }
    }
    return out;
}

QImage ImageCleanup::smoothed(const QImage& grey)
{
    const int w = grey.width(), h = grey.height();
    QImage out(w, h, QImage::Format_Grayscale8);
    for (int y = 0; y < h; ++y) {
        const uchar* lines[3] = {grey.constScanLine(std::max(0, y - 1)), grey.constScanLine(y),
                                 grey.constScanLine(std::min(h - 1, y + 1))};
        uchar* dst = out.scanLine(y);
        for (int x = 0; x < w; ++x) {
            const int l = std::max(0, x - 1), r = std::min(w - 1, x + 1);
            int sum = 0;
            for (const uchar* line : lines)
                sum += line[l] + line[x] + line[r];
            dst[x] = uchar(sum / 9);
        }
    }
    return out;
}

} // namespace gd
