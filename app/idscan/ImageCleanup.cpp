#include "idscan/ImageCleanup.h"

#include <QTransform>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

namespace gd {

double ImageCleanup::skewDegrees(const QImage& grey)
{
    constexpr int kMaxSide = 800;
    constexpr int kBins = 180;       // gradient direction, one degree each, modulo 180
    constexpr int kMinStrength = 64;  // |gx| + |gy| of an edge worth counting (noise stays below)
    // Smoothed first: Sobel's direction is biased towards the axes on edges only a pixel or two
    // apart, which thin bars are.
    const QImage small = smoothed(std::max(grey.width(), grey.height()) > kMaxSide
                                      ? grey.scaled(kMaxSide, kMaxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                      : grey);
    // A histogram of edge directions weighted by strength: the bars of a symbol make one sharp
    // peak, which the card's outline, printed text and noise do not move (a mean would).
    std::array<double, kBins> histogram{};
    for (int y = 1; y + 1 < small.height(); ++y) {
        const uchar* up = small.constScanLine(y - 1);
        const uchar* mid = small.constScanLine(y);
        const uchar* down = small.constScanLine(y + 1);
        for (int x = 1; x + 1 < small.width(); ++x) {
            const int gx = (up[x + 1] + 2 * mid[x + 1] + down[x + 1]) - (up[x - 1] + 2 * mid[x - 1] + down[x - 1]);
            const int gy = (down[x - 1] + 2 * down[x] + down[x + 1]) - (up[x - 1] + 2 * up[x] + up[x + 1]);
            const int strength = std::abs(gx) + std::abs(gy);
            if (strength < kMinStrength)
                continue;
            double direction = std::atan2(double(gy), double(gx)) * 180.0 / std::numbers::pi;   // -180..180
            if (direction < 0)
                direction += 180;
            histogram[std::size_t(int(direction) % kBins)] += strength;
        }
    }
    // The peak of the histogram smoothed over 5 degrees, refined between its neighbours.
    const auto at = [&histogram](int i) { return histogram[std::size_t((i % kBins + kBins) % kBins)]; };
    const auto smooth = [&at](int i) { return at(i - 2) + 2 * at(i - 1) + 3 * at(i) + 2 * at(i + 1) + at(i + 2); };
    int peak = 0;
    for (int i = 1; i < kBins; ++i) {
        if (smooth(i) > smooth(peak))
            peak = i;
    }
    const double left = smooth(peak - 1), centre = smooth(peak), right = smooth(peak + 1);
    const double curvature = left - 2 * centre + right;
    double degrees = peak + 0.5 + (curvature < 0 ? 0.5 * (left - right) / curvature : 0.0);
    while (degrees > 45)
        degrees -= 90;
    while (degrees < -45)
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
