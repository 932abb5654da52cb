#include "printing/PageCanvas.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

#include <QStringBuilder>

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

PageCanvas::PageCanvas(QPainter& painter, QPaintDevice* layoutDevice, QSizeF pagePoints,
                       const LetterLanguageInfo& language, RenderCache* cache)
    : m_painter(painter), m_device(layoutDevice), m_page(pagePoints), m_language(language), m_cache(cache)
{
    m_k = layoutDevice->logicalDpiY() / kPt;
    m_snap = layoutDevice->logicalDpiY() >= 300;
}

void PageCanvas::begin()
{
    m_painter.resetTransform();
    m_painter.setLayoutDirection(m_language.direction);
    m_painter.setRenderHint(QPainter::Antialiasing, true);
    m_painter.setRenderHint(QPainter::TextAntialiasing, true);
    m_painter.setRenderHint(QPainter::SmoothPixmapTransform, false);   // QR modules stay square
    m_painter.setRenderHint(QPainter::LosslessImageRendering, true);   // never JPEG in the PDF
}

QFont PageCanvas::font(qreal points, bool bold, Face face) const
{
    if (face == Face::Body)
        points *= m_language.fontScale;
    points = std::round(points * 20) / 20;   // fewer distinct sizes, fewer font engines
    const FontKey key{int(face), int(std::lround(points * 20)), bold};
    QHash<FontKey, QFont>* fonts = m_cache ? &m_cache->fonts[m_language.language] : nullptr;
    if (fonts) {
        const auto it = fonts->constFind(key);
        if (it != fonts->constEnd())
            return *it;
    }
    QFont f;
    if (face == Face::Body) {
        f.setFamilies(m_language.fontFamilies);
    } else if (face == Face::Code) {
        // Keys: a monospaced face, so every character takes the room the layout measured for it
        // and a parent can count the characters they type.
        f.setFamilies({u"DejaVu Sans Mono"_s, u"Noto Sans Mono"_s, u"Noto Sans"_s});
        f.setStyleHint(QFont::Monospace);
    } else {
        QStringList families{u"Noto Sans"_s};
        for (const QString& fam : m_language.fontFamilies) {
            if (!families.contains(fam))
                families << fam;
        }
        f.setFamilies(families);
    }
    f.setPointSizeF(points);
    f.setWeight(bold || face == Face::Code ? QFont::Bold : QFont::Normal);
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setKerning(true);
    if (face == Face::Code)
        f.setLetterSpacing(QFont::PercentageSpacing, 106);
    const QFont resolved(f, m_device);
    if (fonts) {
        fonts->insert(key, resolved);
        if (!m_cache->fontIds.contains(resolved))
            m_cache->fontIds.insert(resolved, int(m_cache->fontIds.size()));
    }
    return resolved;
}

PageCanvas::Face PageCanvas::faceFor(const QString& text)
{
    for (QChar c : text) {
        const QChar::Script s = c.script();
        if (s != QChar::Script_Latin && s != QChar::Script_Common && s != QChar::Script_Inherited)
            return Face::Body;
    }
    return Face::Latin;
}

TextBlock PageCanvas::layout(const QString& text, const QFont& font, qreal width, Qt::Alignment align,
                             std::optional<Qt::LayoutDirection> direction, Keep keep)
{
    const Qt::LayoutDirection dir = direction.value_or(m_language.direction);
    TextLayoutCache* store = keep == Keep::Document ? (m_cache ? &m_cache->layouts : nullptr)
                           : keep == Keep::Sheet    ? &m_sheet
                                                    : nullptr;
    const int fontId = store && m_cache ? m_cache->fontIds.value(font, -1) : -1;
    if (fontId < 0)
        store = nullptr;   // a font from elsewhere: laid out every time
    LayoutKey key;
    if (store) {
        key = LayoutKey{text, fontId, std::llround(width * 1000), int(align), int(dir)};
        const auto it = store->constFind(key);
        if (it != store->constEnd())
            return *it;
    }

    TextBlock block;
    QTextLayout layout(text, font, m_device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setTextDirection(dir);
    // QTextLayout takes the alignment as absolute; QPainter and QTextDocument mirror a relative
    // one for right-to-left text before they get here, so this does too.
    Qt::Alignment visual = align;
    if (!(visual & Qt::AlignAbsolute) && dir == Qt::RightToLeft && (visual & (Qt::AlignLeft | Qt::AlignRight)))
        visual ^= (Qt::AlignLeft | Qt::AlignRight);
    option.setAlignment(visual | Qt::AlignAbsolute);
    layout.setTextOption(option);
    layout.setCacheEnabled(true);   // keeps the shaping for glyphRuns()
    const qreal w = width * m_k;
    qreal y = 0;
    qreal used = 0;
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(w);
        line.setPosition(QPointF(0, y));
        y += line.height() * m_language.lineSpacing;
        used = std::max(used, line.naturalTextWidth());
        ++block.lines;
    }
    layout.endLayout();
    block.width = used / m_k;
    block.height = y / m_k;

    // On a page of 300 dpi or more each glyph goes to a whole device unit (1/1200 inch in a PDF):
    // nobody sees the difference, and a PDF page's positions become short integers, a third
    // less to write and compress per glyph.
    QList<QGlyphRun> runs = layout.glyphRuns();
    if (m_snap) {
        for (QGlyphRun& run : runs) {
            QList<QPointF> positions = run.positions();
            for (QPointF& p : positions)
                p = QPointF(std::round(p.x()), std::round(p.y()));
            run.setPositions(positions);
        }
    }
    block.runs = std::make_shared<const QList<QGlyphRun>>(std::move(runs));
    if (store)
        store->insert(key, block);
    return block;
}

void PageCanvas::draw(const TextBlock& block, QPointF topLeft)
{
    if (!block.runs)
        return;
    m_painter.setPen(m_color);
    QPointF at = topLeft * m_k;
    if (m_snap)
        at = QPointF(std::round(at.x()), std::round(at.y()));
    for (const QGlyphRun& run : *block.runs)
        m_painter.drawGlyphRun(at, run);
}

qreal PageCanvas::text(const QString& text, const QFont& font, QPointF topLeft, qreal width, Qt::Alignment align,
                       std::optional<Qt::LayoutDirection> direction, bool fixed)
{
    const TextBlock b = layout(text, font, width, align, direction, fixed);
    draw(b, topLeft);
    return b.height;
}

QRectF PageCanvas::flow(const QRectF& r) const
{
    if (!rtl())
        return r;
    return QRectF(m_page.width() - r.x() - r.width(), r.y(), r.width(), r.height());
}

void PageCanvas::setColor(const QColor& color)
{
    m_color = color;
}

void PageCanvas::line(QPointF from, QPointF to, qreal widthPoints, Qt::PenStyle style)
{
    QPen pen(m_color, widthPoints * m_k, style, Qt::FlatCap);
    m_painter.setPen(pen);
    m_painter.drawLine(from * m_k, to * m_k);
}

void PageCanvas::frame(const QRectF& r, qreal widthPoints, Qt::PenStyle style, qreal radius)
{
    m_painter.setPen(QPen(m_color, widthPoints * m_k, style, Qt::SquareCap, Qt::MiterJoin));
    m_painter.setBrush(Qt::NoBrush);
    if (radius > 0)
        m_painter.drawRoundedRect(toDevice(r), radius * m_k, radius * m_k);
    else
        m_painter.drawRect(toDevice(r));
}

void PageCanvas::fill(const QRectF& r, const QColor& color)
{
    m_painter.fillRect(toDevice(r), color);
}

void PageCanvas::checkbox(QPointF topLeft, qreal size, bool checked)
{
    const QRectF box(topLeft, QSizeF(size, size));
    frame(box, 0.7);
    if (checked) {
        QPainterPath tick;
        tick.moveTo(toDevice(QPointF(box.left() + size * 0.2, box.top() + size * 0.55)));
        tick.lineTo(toDevice(QPointF(box.left() + size * 0.42, box.top() + size * 0.78)));
        tick.lineTo(toDevice(QPointF(box.left() + size * 0.82, box.top() + size * 0.22)));
        m_painter.setPen(QPen(m_color, size * 0.14 * m_k, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        m_painter.setBrush(Qt::NoBrush);
        m_painter.drawPath(tick);
    }
}

void PageCanvas::image(const QRectF& r, const QImage& image)
{
    m_painter.drawImage(toDevice(r), image);
}

void PageCanvas::watermark(const QRectF& r, const QString& word)
{
    // Drawn as outlines, not text: the mark must not end up in the page's extracted words.
    QFont f = font(r.height() * 0.42, true, Face::Latin);
    QPainterPath path;
    path.addText(QPointF(0, 0), f, word);
    const QRectF bounds = path.boundingRect();
    m_painter.save();
    m_painter.translate(toDevice(r.center()));
    m_painter.rotate(-std::atan2(r.height(), r.width()) * 180.0 / M_PI * 0.6);
    m_painter.translate(-bounds.center());
    m_painter.fillPath(path, QColor(226, 226, 226));
    m_painter.restore();
}

void wipeString(QString& s)
{
    if (s.isEmpty())
        return;
    volatile char16_t* p = reinterpret_cast<char16_t*>(s.data());
    for (qsizetype i = 0; i < s.size(); ++i)
        p[i] = 0;
    s.clear();
}

} // namespace gd::letters
