#pragma once

#include "printing/LetterLanguage.h"

#include <QColor>
#include <QFont>
#include <QGlyphRun>
#include <QList>
#include <QHash>
#include <QImage>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <memory>
#include <optional>

class QPainter;

namespace gd::letters {

// Text laid out for a width, ready to be drawn (any number of times) at a position: its glyphs
// and where they go, relative to the block's top-left corner in device units.
struct TextBlock {
    std::shared_ptr<const QList<QGlyphRun>> runs;
    qreal width = 0;    // points
    qreal height = 0;   // points
    int lines = 0;
};

// What makes two layouts the same: the text, the font (by its number in the run's cache), the
// width and the alignment and direction. Built from numbers, so a lookup hashes the text once.
struct LayoutKey {
    QString text;
    int fontId = -1;
    qint64 width = 0;   // 1/1000 points
    int align = 0;
    int direction = 0;
    friend bool operator==(const LayoutKey&, const LayoutKey&) = default;
};
inline size_t qHash(const LayoutKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.text, k.fontId, k.width, k.align, k.direction);
}

using TextLayoutCache = QHash<LayoutKey, TextBlock>;

// The font choices that PageCanvas::font() resolves.
struct FontKey {
    int face = 0;
    int twentieths = 0;   // size in 1/20 points
    bool bold = false;
    friend bool operator==(const FontKey&, const FontKey&) = default;
};
inline size_t qHash(const FontKey& k, size_t seed = 0)
{
    return qHashMulti(seed, k.face, k.twentieths, k.bold);
}

// What a print run keeps between pages: fonts (kept so their engines stay loaded: resolving a
// font again costs a fontconfig search) and the layouts of texts without a personal field, so a
// batch of letters in one language shapes each paragraph once. Never a secret.
struct RenderCache {
    TextLayoutCache layouts;
    // Per language (fonts differ by language) and font choice. The device, and so its dpi, is
    // the same for the whole run.
    QHash<LetterLanguage, QHash<FontKey, QFont>> fonts;
    QHash<QFont, int> fontIds;   // a short name for each font in the layouts' keys
    void clear()
    {
        layouts.clear();
        fonts.clear();
        fontIds.clear();
    }
};

// How long a laid-out text is kept.
enum class Keep {
    None,       // a secret: laid out, drawn, dropped
    Sheet,      // a name or other merged field: shared by the measuring and drawing passes of a sheet
    Document,   // a text with nothing personal in it: kept for the print run
};

// One page being drawn. Geometry is in points from the paper's top-left corner, converted here
// to the device's units, so the same drawing code serves a 1200 dpi PDF and a 200 dpi image.
// Fonts are resolved for the device, so the layout is the same at every resolution.
class PageCanvas {
public:
    enum class Face {
        Body,    // the language's face and its fallbacks
        Latin,   // addresses and other text that the postal service reads: Latin first
        Code,    // keys and serials: bold, letter-spaced, left to right
    };

    // `layoutDevice` has the resolution of the pages (fonts and layouts are made for it);
    // drawing waits for begin().
    PageCanvas(QPainter& painter, QPaintDevice* layoutDevice, QSizeF pagePoints, const LetterLanguageInfo& language,
               RenderCache* cache);
    // The painter is active on a new page.
    void begin();

    QSizeF page() const { return m_page; }
    bool rtl() const { return m_language.direction == Qt::RightToLeft; }
    const LetterLanguageInfo& language() const { return m_language; }

    QFont font(qreal points, bool bold = false, Face face = Face::Body) const;
    // Latin for text in Latin script only (a postal address, an English name), else the body
    // face, whose first font is the language's own.
    static Face faceFor(const QString& text);

    // Lays `text` out in `width` points. Qt::AlignLeft means the reading start (the right edge in a
    // right-to-left language); add Qt::AlignAbsolute for a fixed side. `fixed`: the text has no
    // personal field and is kept for the print run; otherwise for this sheet.
    TextBlock layout(const QString& text, const QFont& font, qreal width, Qt::Alignment align = Qt::AlignLeft,
                     std::optional<Qt::LayoutDirection> direction = std::nullopt, bool fixed = false)
    {
        return layout(text, font, width, align, direction, fixed ? Keep::Document : Keep::Sheet);
    }
    TextBlock layout(const QString& text, const QFont& font, qreal width, Qt::Alignment align,
                     std::optional<Qt::LayoutDirection> direction, Keep keep);
    void draw(const TextBlock& block, QPointF topLeft);
    // Lays out and draws; returns the height used.
    qreal text(const QString& text, const QFont& font, QPointF topLeft, qreal width,
               Qt::Alignment align = Qt::AlignLeft, std::optional<Qt::LayoutDirection> direction = std::nullopt,
               bool fixed = false);

    // The reading start side as a fixed alignment: left, or right in a right-to-left language.
    Qt::Alignment start() const { return (rtl() ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute; }

    // The rectangle mirrored across the page's vertical centre line in a right-to-left language
    // (columns swap sides); unchanged otherwise.
    QRectF flow(const QRectF& r) const;
    qreal flowX(qreal x, qreal width) const { return flow(QRectF(x, 0, width, 1)).x(); }

    void setColor(const QColor& color);
    void line(QPointF from, QPointF to, qreal widthPoints = 0.6, Qt::PenStyle style = Qt::SolidLine);
    void frame(const QRectF& r, qreal widthPoints = 0.8, Qt::PenStyle style = Qt::SolidLine, qreal radius = 0);
    void fill(const QRectF& r, const QColor& color);
    void checkbox(QPointF topLeft, qreal size, bool checked);
    void image(const QRectF& r, const QImage& image);
    // Large diagonal word behind the content of `r`.
    void watermark(const QRectF& r, const QString& word);

    QPointF toDevice(QPointF p) const { return p * m_k; }
    QRectF toDevice(const QRectF& r) const { return {r.topLeft() * m_k, r.size() * m_k}; }

private:
    QPainter& m_painter;
    QPaintDevice* m_device;
    QSizeF m_page;
    const LetterLanguageInfo& m_language;
    RenderCache* m_cache;
    TextLayoutCache m_sheet;    // merged fields of this sheet; gone with the canvas
    qreal m_k = 1;      // device units per point
    bool m_snap = false;    // glyphs at whole device units
    QColor m_color = Qt::black;
};

// Points per inch, and inches as points.
constexpr qreal kPt = 72.0;
constexpr qreal in(qreal inches) { return inches * kPt; }

// Overwrites a string's characters in place (the string must not share its buffer).
void wipeString(QString& s);

} // namespace gd::letters
