#pragma once

// Pictures of the back of a licence for tests and the benchmark: the symbol drawn by ZXing's
// writer (independent of gd_idscan's reader), put on a card, then photographed badly: turned,
// seen at an angle, scaled, blurred and noisy. Everything is deterministic.

#define ZX_USE_UTF8 1
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/MultiFormatWriter.h>

#include <QByteArray>
#include <QImage>
#include <QLinearGradient>
#include <QPainter>
#include <QPolygonF>
#include <QRandomGenerator>
#include <QTransform>

#include <algorithm>
#include <vector>

namespace cardimages {

// The symbol as printed: PDF417 modules are three times as tall as wide; QR modules square.
inline QImage symbol(const QByteArray& payload, ZXing::BarcodeFormat format, int module = 2)
{
    const ZXing::BitMatrix m = ZXing::MultiFormatWriter(format)
                                   .setEncoding(ZXing::CharacterSet::ISO8859_1)
                                   .setMargin(format == ZXing::BarcodeFormat::PDF417 ? 10 : 4)
                                   .encode(payload.toStdString(), 0, 0);
    const int rowHeight = format == ZXing::BarcodeFormat::PDF417 ? module * 3 : module;
    QImage img(m.width() * module, m.height() * rowHeight, QImage::Format_RGB32);
    img.fill(Qt::white);
    QPainter p(&img);
    for (int y = 0; y < m.height(); ++y)
        for (int x = 0; x < m.width(); ++x)
            if (m.get(x, y))
                p.fillRect(x * module, y * rowHeight, module, rowHeight, Qt::black);
    return img;
}

struct Shot {
    QSize size;              // the photo; empty: just large enough for the card
    double scale = 1.0;      // of the card in the photo
    double degrees = 0;      // turned in the image plane
    double keystone = 0;     // seen at an angle: the far edge this fraction narrower
    int blur = 0;            // box blur radius in pixels, applied twice (close to a Gaussian)
    int noise = 0;           // uniform sensor noise, +- grey levels
    quint32 seed = 1;
};

inline void boxBlur(QImage& g, int r)
{
    if (r <= 0)
        return;
    const int w = g.width(), h = g.height();
    std::vector<int> line(std::max(w, h));
    const auto pass = [&](bool horizontal) {
        const int n = horizontal ? w : h, lines = horizontal ? h : w;
        for (int l = 0; l < lines; ++l) {
            const auto px = [&](int i) -> uchar& { return horizontal ? g.scanLine(l)[i] : g.scanLine(i)[l]; };
            for (int i = 0; i < n; ++i)
                line[i] = px(i);
            int sum = 0;
            for (int i = -r; i <= r; ++i)
                sum += line[std::clamp(i, 0, n - 1)];
            for (int i = 0; i < n; ++i) {
                px(i) = uchar(sum / (2 * r + 1));
                sum += line[std::min(i + r + 1, n - 1)] - line[std::max(i - r, 0)];
            }
        }
    };
    for (int k = 0; k < 2; ++k) {
        pass(true);
        pass(false);
    }
}

// The symbol on a card on a desk, photographed as `shot` says.
inline QImage photograph(const QImage& sym, const Shot& shot)
{
    // The card: the symbol with a margin, some printed lines above it like a real card back.
    const int margin = sym.width() / 12;
    QImage card(sym.width() + 2 * margin, sym.height() + 4 * margin, QImage::Format_RGB32);
    card.fill(QColor(236, 232, 224));
    {
        QPainter p(&card);
        p.drawImage(margin, 3 * margin, sym);
        for (int i = 0; i < 3; ++i)
            p.fillRect(margin, margin / 2 + i * margin * 2 / 3, card.width() / (2 + i), margin / 4, QColor(90, 90, 110));
    }
    const double diagonal = std::hypot(card.width(), card.height()) * shot.scale;
    const QSize size = shot.size.isEmpty() ? QSize(int(diagonal) + 40, int(diagonal) + 40) : shot.size;
    QImage photo(size, QImage::Format_RGB32);
    {
        QPainter p(&photo);
        QLinearGradient desk(0, 0, size.width(), size.height());
        desk.setColorAt(0, QColor(120, 100, 80));
        desk.setColorAt(1, QColor(60, 50, 45));
        p.fillRect(photo.rect(), desk);
        const double w = card.width() * shot.scale, h = card.height() * shot.scale;
        const double inset = w * shot.keystone / 2;
        QPolygonF quad{QPointF(-w / 2 + inset, -h / 2), QPointF(w / 2 - inset, -h / 2), QPointF(w / 2, h / 2),
                       QPointF(-w / 2, h / 2)};
        quad = QTransform().translate(size.width() / 2.0, size.height() / 2.0).rotate(shot.degrees).map(quad);
        QTransform t;
        const QPolygonF corners{QPointF(0, 0), QPointF(card.width(), 0), QPointF(card.width(), card.height()),
                                QPointF(0, card.height())};
        if (!QTransform::quadToQuad(corners, quad, t))
            return {};
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::Antialiasing);
        p.setTransform(t);
        p.drawImage(0, 0, card);
    }
    QImage grey = photo.convertToFormat(QImage::Format_Grayscale8);
    boxBlur(grey, shot.blur);
    if (shot.noise > 0) {
        QRandomGenerator rng(shot.seed);
        for (int y = 0; y < grey.height(); ++y) {
            uchar* line = grey.scanLine(y);
            for (int x = 0; x < grey.width(); ++x)
                line[x] = uchar(std::clamp(int(line[x]) + int(rng.bounded(2 * shot.noise + 1)) - shot.noise, 0, 255));
        }
    }
    // A camera delivers colour: the reader's conversion is part of what is measured.
    return grey.convertToFormat(QImage::Format_RGB32);
}

} // namespace cardimages
