#include "printing/AccessKeyLetterRenderer.h"

#include "printing/LetterCommon.h"
#include "printing/LetterKeyTable.h"
#include "printing/LetterTexts.h"
#include "printing/QrCodeRenderer.h"

#include <QPainter>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

namespace {

const QColor kGrey(85, 85, 85);
const QColor kRule(150, 150, 150);

// Where things go on the sheet, in points.
struct Geometry {
    QSizeF page;
    qreal third = 0;            // height of one panel
    qreal side = in(0.5);       // left and right margin of the inner panels
    qreal padTop = 0;           // inside a panel, from its upper fold
    qreal padBottom = 0;        // inside a panel, from its lower fold or the paper's edge
    QRectF returnBox;
    QRectF addressBox;
    QRectF titleColumn;         // trifold: beside the windows, hidden by the envelope
    QRectF postageBox;          // pressure-seal
    QRectF confidentialLine;    // pressure-seal
    QRectF openHint;            // pressure-seal
};

Geometry geometryFor(QSizeF page, LetterLayout layout)
{
    Geometry g;
    g.page = page;
    g.third = page.height() / 3;
    const qreal width = page.width() / kPt;     // inches
    const qreal third = g.third / kPt;
    if (layout == LetterLayout::Trifold) {
        // #10 double-window envelope, 9.5" x 4.125": return window 3.5" x 1" at 5/8" from the
        // left and 1/2" from the top; address window 4.5" x 1.125" at 7/8" from the left and
        // 2.5" from the top. The folded sheet rests on the envelope's bottom edge (it drops
        // `drop` inches) and may sit anywhere across the envelope's width (`play`): the boxes
        // are where the windows overlap in every position, 1/8" inside the top and bottom of
        // each window and never closer than 1/4" to the paper's edge.
        const qreal drop = 4.125 - third;
        const qreal play = 9.5 - width;
        const qreal rTop = std::max(0.25, 0.5 - drop + 0.125);
        const qreal rBottom = 1.5 - drop - 0.125;
        g.returnBox = QRectF(in(0.625), in(rTop), in(4.125 - play - 0.625), in(rBottom - rTop));
        const qreal aTop = 2.5 - drop + 0.125;
        const qreal aBottom = 3.625 - drop - 0.125;
        g.addressBox = QRectF(in(0.875), in(aTop), in(5.375 - play - 0.875), in(aBottom - aTop));
        g.titleColumn = QRectF(in(5.0), in(0.3), page.width() - in(5.0) - in(0.5), in(1.75));
        g.padTop = in(0.25);
        g.padBottom = in(0.25);
    } else {
        // Z-fold pressure-seal mailer: the top third is its outside. Seal glue runs along the
        // edges and folds: nothing prints within 1/4" of a fold or 3/8" of an edge. The address sits in the postal
        // read area, clear of the barcode zone along the bottom 5/8" of the mailer.
        g.returnBox = QRectF(in(0.5), in(0.45), in(3.3), in(0.85));
        g.postageBox = QRectF(page.width() - in(0.5) - in(1.6), in(0.45), in(1.6), in(0.85));
        g.confidentialLine = QRectF(in(0.5), in(1.35), in(2.6), in(0.5));
        g.addressBox = QRectF(in(3.3), in(1.55), page.width() - in(3.3) - in(0.6), in(1.1));
        g.openHint = QRectF(in(0.5), in(third - 0.85), in(2.6), in(0.45));
        g.padTop = in(0.3);
        g.padBottom = in(0.32);
    }
    return g;
}

// Lines in a box, largest size that fits. The first line is bold. `keep`: Document for the
// school's own address, the same on every letter of the run.
void drawLinesInBox(PageCanvas& canvas, const QStringList& lines, const QRectF& box, qreal points, bool firstBold,
                    Keep keep = Keep::Sheet)
{
    for (qreal size = points; size >= 6.0; size -= 0.5) {
        qreal h = 0;
        QList<TextBlock> blocks;
        for (int i = 0; i < lines.size(); ++i) {
            const QFont f = canvas.font(i == 0 && firstBold ? size + 0.5 : size, i == 0 && firstBold,
                                        PageCanvas::faceFor(lines[i]));
            blocks << canvas.layout(lines[i], f, box.width(), Qt::AlignLeft | Qt::AlignAbsolute, Qt::LeftToRight, keep);
            h += blocks.back().height;
        }
        bool wrapped = false;
        for (const auto& b : std::as_const(blocks))
            wrapped = wrapped || b.lines > 1;
        if ((h <= box.height() && !wrapped) || size <= 6.0) {
            qreal y = box.top();
            for (const auto& b : std::as_const(blocks)) {
                canvas.draw(b, QPointF(box.left(), y));
                y += b.height;
            }
            return;
        }
    }
}

QStringList returnLines(const SchoolHeader& s)
{
    QStringList lines;
    if (!s.schoolName.isEmpty())
        lines << plain(s.schoolName);
    if (!s.districtName.isEmpty())
        lines << plain(s.districtName);
    lines << addressLines(s.address);
    return lines;
}

class LetterPainter {
public:
    LetterPainter(PageCanvas& canvas, const LetterTexts& tx, const LetterContent& letter,
                  const AccessKeyLetterRenderer::Options& options)
        : c(canvas), tx(tx), letter(letter), opt(options), g(geometryFor(canvas.page(), letter.layout))
    {
    }

    Status draw(const std::function<Status()>& startPage);

private:
    void drawTopPanel();
    void drawFoldMarks();
    qreal middlePanel(qreal s, bool paint, bool withWarning);
    qreal bottomPanel(qreal s, bool paint, bool withWarning);
    qreal warning(qreal s, bool paint, qreal top, const QRectF& area);

    // Lays out (and paints when asked) a paragraph; returns its height.
    qreal para(const QString& text, const QFont& font, qreal x, qreal y, qreal width, bool paint,
               bool fixedText, Qt::Alignment align = Qt::AlignLeft)
    {
        const TextBlock b = c.layout(text, font, width, align, std::nullopt, fixedText);
        if (paint)
            c.draw(b, QPointF(x, y));
        return b.height;
    }

    QRectF panelArea(int panel) const
    {
        const qreal top = g.third * panel + g.padTop;
        const qreal bottom = panel == 2 ? g.page.height() - g.padBottom : g.third * (panel + 1) - g.padBottom;
        return QRectF(g.side, top, g.page.width() - 2 * g.side, bottom - top);
    }

    PageCanvas& c;
    const LetterTexts& tx;
    const LetterContent& letter;
    const AccessKeyLetterRenderer::Options& opt;
    Geometry g;
    QImage seal;
};

Status LetterPainter::draw(const std::function<Status()>& startPage)
{
    if (!opt.companion) {
        auto qr = QrCodeRenderer::renderBitmap(letter.sealPayload);
        if (!qr)
            return Error::badInput(u"The letter's seal cannot be printed: %1"_s.arg(qr.message()));
        seal = *qr;
    }

    // The largest type that fits each inner panel; the warning moves from beside the keys to
    // the top of the last panel when the keys need the room. The fullest letter (seven keys of
    // the longest kind, a pressure-seal mailer in a taller script) sets at 0.76; 0.70 is the
    // floor, below which a letter is refused rather than printed too small to read.
    const qreal scales[] = {1.0, 0.94, 0.88, 0.82, 0.76, 0.70};
    auto fit = [&](auto&& height, qreal room) -> std::optional<qreal> {
        for (qreal s : scales) {
            if (height(s) <= room)
                return s;
        }
        return std::nullopt;
    };
    for (bool warningWithKeys : {true, false}) {
        const auto middle = fit([&](qreal s) { return middlePanel(s, false, warningWithKeys); }, panelArea(1).height());
        if (!middle || (warningWithKeys && *middle < 0.9))
            continue;
        const auto bottom = fit([&](qreal s) { return bottomPanel(s, false, !warningWithKeys); }, panelArea(2).height());
        if (!bottom)
            continue;
        if (Status ok = startPage(); !ok)
            return ok;
        if (letter.specimen) {
            for (int panel = 0; panel < 3; ++panel)
                c.watermark(QRectF(0, g.third * panel, g.page.width(), g.third), u"SPECIMEN"_s);
        }
        drawFoldMarks();
        drawTopPanel();
        middlePanel(*middle, true, warningWithKeys);
        bottomPanel(*bottom, true, !warningWithKeys);
        return {};
    }
    return Error::badInput(u"The letter's text does not fit its page (%1 keys in %2)."_s
                               .arg(letter.keys.size())
                               .arg(c.language().englishName));
}

void LetterPainter::drawFoldMarks()
{
    c.setColor(kRule);
    for (int fold = 1; fold <= 2; ++fold) {
        const qreal y = g.third * fold;
        c.line(QPointF(in(0.12), y), QPointF(in(0.38), y), 0.6);
        c.line(QPointF(g.page.width() - in(0.38), y), QPointF(g.page.width() - in(0.12), y), 0.6);
    }
    c.setColor(Qt::black);
}

void LetterPainter::drawTopPanel()
{
    const bool mail = letter.delivery == LetterDelivery::Mail && !opt.companion;
    const QString name = plain(letter.guardianName);
    if (letter.layout == LetterLayout::Trifold) {
        if (!opt.companion)
            drawLinesInBox(c, returnLines(letter.school), g.returnBox, 8.0, true, Keep::Document);
        if (mail) {
            drawLinesInBox(c, QStringList{name} + addressLines(letter.mailingAddress), g.addressBox, 10.5, false);
        } else if (!opt.companion) {
            drawLinesInBox(c, {name}, g.addressBox, 10.5, false);
            c.setColor(kGrey);
            c.text(tx.translate("AccessKeyLetter", "Handed over in person at the school."), c.font(8.5),
                   QPointF(g.addressBox.left(), g.addressBox.top() + 18), g.addressBox.width(), Qt::AlignLeft, std::nullopt, true);
            c.setColor(Qt::black);
        }
        // Title column, hidden by the envelope, read once the letter is open.
        const QRectF col = g.titleColumn;
        qreal y = col.top();
        y += para(tx.translate("AccessKeyLetter", "Your parent portal access key"), c.font(13, true), col.left(), y,
                  col.width(), true, true);
        y += 4;
        c.setColor(kGrey);
        y += para(tx.translate("AccessKeyLetter", "Personal and confidential"), c.font(8.5, true), col.left(), y,
                  col.width(), true, true);
        y += para(tx.translate("AccessKeyLetter", "Issued %1").arg(inSentence(formatDate(tx, c.language(), letter.issuedOn))),
                  c.font(8.5), col.left(), y, col.width(), true, true);
        y += para(tx.translate("AccessKeyLetter", "Letter number: %1").arg(inSentence(letter.serial)), c.font(8.5),
                  col.left(), y, col.width(), true, false);
        if (opt.companion) {
            y += 6;
            c.setColor(Qt::black);
            para(tx.translate("AccessKeyLetter", "This sheet repeats the letter in your language. Your keys are only on the first sheet."),
                 c.font(8.5, true), col.left(), y, col.width(), true, true);
        }
        c.setColor(Qt::black);
        return;
    }

    // Pressure-seal: the outside of the mailer.
    if (opt.companion) {
        const QRectF area = panelArea(0);
        qreal y = area.top();
        y += para(tx.translate("AccessKeyLetter", "Your parent portal access key"), c.font(13, true), area.left(), y,
                  area.width(), true, true);
        para(tx.translate("AccessKeyLetter", "This sheet repeats the letter in your language. Your keys are only on the first sheet."),
             c.font(9, true), area.left(), y + 6, area.width(), true, true);
        return;
    }
    drawLinesInBox(c, returnLines(letter.school), g.returnBox, 8.0, true, Keep::Document);
    c.setColor(Qt::black);
    para(tx.translate("AccessKeyLetter", "Personal and confidential: to be opened only by the person named on this letter."), c.font(8, true),
         g.confidentialLine.left(), g.confidentialLine.top(), g.confidentialLine.width(), true, true,
         Qt::AlignLeft | Qt::AlignAbsolute);
    if (!letter.postageIndicia.isEmpty()) {
        c.frame(g.postageBox, 0.7);
        QStringList lines;
        for (const QString& l : letter.postageIndicia)
            lines << plain(l);
        const QFont f = c.font(6.5, false, PageCanvas::Face::Latin);
        const TextBlock b = c.layout(lines.join(u'\n'), f, g.postageBox.width() - 8, Qt::AlignHCenter, Qt::LeftToRight);
        c.draw(b, QPointF(g.postageBox.left() + 4, g.postageBox.center().y() - b.height / 2));
    }
    if (mail) {
        drawLinesInBox(c, QStringList{name} + addressLines(letter.mailingAddress), g.addressBox, 10.5, false);
    } else {
        drawLinesInBox(c, {name}, g.addressBox, 10.5, false);
        c.setColor(kGrey);
        c.text(tx.translate("AccessKeyLetter", "Handed over in person at the school."), c.font(8.5),
               QPointF(g.addressBox.left(), g.addressBox.top() + 18), g.addressBox.width(), Qt::AlignLeft, std::nullopt, true);
    }
    c.setColor(kGrey);
    para(tx.translate("AccessKeyLetter", "To open, tear off the strips along both sides."), c.font(7.5), g.openHint.left(),
         g.openHint.top(), g.openHint.width(), true, true, Qt::AlignLeft | Qt::AlignAbsolute);
    c.setColor(Qt::black);
}

qreal LetterPainter::middlePanel(qreal s, bool paint, bool withWarning)
{
    const QRectF a = panelArea(1);
    qreal y = a.top();
    if (letter.layout == LetterLayout::PressureSeal && !opt.companion) {
        // The mailer's outside says nothing of what is inside: the title is here.
        y += para(tx.translate("AccessKeyLetter", "Your parent portal access key"), c.font(13 * s, true), a.left(), y,
                  a.width(), paint, true);
        if (paint)
            c.setColor(kGrey);
        const QString meta = tx.translate("AccessKeyLetter", "Issued %1").arg(inSentence(formatDate(tx, c.language(), letter.issuedOn)))
            + u"   \u00b7   "_s + tx.translate("AccessKeyLetter", "Letter number: %1").arg(inSentence(letter.serial));
        y += para(meta, c.font(8 * s), a.left(), y, a.width(), paint, false);
        if (paint)
            c.setColor(Qt::black);
        y += 5 * s;
    }
    y += para(tx.translate("AccessKeyLetter", "Dear %1,").arg(inSentence(letter.guardianName)), c.font(10 * s, true),
              a.left(), y, a.width(), paint, false);
    y += 3 * s;
    y += para(tx.translate("AccessKeyLetter",
                           "The school has confirmed that school records list you as a parent or guardian of the "
                           "students named below. With the keys in this letter you can link them to your parent "
                           "portal account and follow their attendance, grades and school news online."),
              c.font(9 * s), a.left(), y, a.width(), paint, true);
    y += 6 * s;
    y += LetterKeyTable(c, tx, letter, opt.maskSecrets, opt.companion).draw(s, paint, y, a);
    if (withWarning) {
        y += 6 * s;
        y += warning(s, paint, y, a);
    }
    return y - a.top();
}

qreal LetterPainter::warning(qreal s, bool paint, qreal top, const QRectF& a)
{
    const qreal pad = 5 * s;
    const qreal bar = 3.5 * s;
    const QString text = tx.translate("AccessKeyLetter",
                                      "If this letter reached you already opened or damaged, do not use the keys. "
                                      "Call the school at %1: it will cancel them and give you new ones.")
                             .arg(inSentence(letter.school.phone));
    const qreal w = a.width() - bar - 2 * pad;
    const TextBlock b = c.layout(text, c.font(8.5 * s, true), w, Qt::AlignLeft, std::nullopt, true);   // the school's phone
    const qreal h = b.height + 2 * pad;
    if (paint) {
        const QRectF box(a.left(), top, a.width(), h);
        c.fill(box, QColor(245, 245, 245));
        c.fill(c.flow(QRectF(a.left(), top, bar, h)), Qt::black);
        c.draw(b, QPointF(c.flowX(a.left() + bar + pad, w), top + pad));
    }
    return h;
}

qreal LetterPainter::bottomPanel(qreal s, bool paint, bool withWarning)
{
    const QRectF a = panelArea(2);
    qreal y = a.top();
    if (withWarning) {
        y += warning(s, paint, y, a);
        y += 7 * s;
    }
    const qreal sealColumn = opt.companion ? 0 : in(1.45);
    const qreal gap = opt.companion ? 0 : in(0.2);
    const qreal textWidth = a.width() - sealColumn - gap;
    const QRectF textCol = c.flow(QRectF(a.left(), 0, textWidth, 1));
    const QRectF sealCol = c.flow(QRectF(a.right() - sealColumn, 0, sealColumn, 1));
    const qreal columnsTop = y;

    y += para(tx.translate("AccessKeyLetter", "How to connect your account"), c.font(10.5 * s, true), textCol.left(), y,
              textCol.width(), paint, true);
    y += 3 * s;
    const QString steps[] = {
        tx.translate("AccessKeyLetter", "Go to %1 on a computer or phone.").arg(inSentence(letter.portalUrl)),
        tx.translate("AccessKeyLetter", "Create a parent account with your own e-mail address, or sign in if you already have one."),
        tx.translate("AccessKeyLetter", "Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter."),
        tx.translate("AccessKeyLetter", "Repeat for each student. Each key works only for the student named next to it, and only once."),
        tx.translate("AccessKeyLetter", "Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message."),
    };
    const qreal numberWidth = 13 * s;
    const QFont stepFont = c.font(9 * s);
    for (int i = 0; i < 5; ++i) {
        const QString number = c.language().locale.toString(i + 1) + u'.';
        const QRectF num = c.flow(QRectF(textCol.left(), 0, numberWidth, 1));
        const QRectF body = c.flow(QRectF(textCol.left() + numberWidth, 0, textCol.width() - numberWidth, 1));
        if (c.rtl()) {
            // flow() mirrors across the page; inside the text column the number goes to its right edge.
            const QRectF n(textCol.right() - numberWidth, 0, numberWidth, 1);
            const QRectF t(textCol.left(), 0, textCol.width() - numberWidth, 1);
            para(number, c.font(9 * s, true), n.left(), y, n.width(), paint, true);
            y += para(steps[i], stepFont, t.left(), y, t.width(), paint, true) + 2 * s;
        } else {
            para(number, c.font(9 * s, true), num.left(), y, num.width(), paint, true);
            y += para(steps[i], stepFont, body.left(), y, body.width(), paint, true) + 2 * s;
        }
    }
    y += 3 * s;
    bool expires = false;
    for (const LetterKey& k : letter.keys)
        expires = expires || k.expiresOn.isValid();
    if (expires) {
        y += para(tx.translate("AccessKeyLetter", "Use each key no later than the date printed next to it. After that date, ask the school for a new key."),
                  c.font(8.5 * s, true), textCol.left(), y, textCol.width(), paint, true);
        y += 2 * s;
    }
    y += para(tx.translate("AccessKeyLetter", "Questions? Call the school at %1.").arg(inSentence(letter.school.phone)), c.font(8.5 * s),
              textCol.left(), y, textCol.width(), paint, true);

    // The seal column.
    qreal sealBottom = columnsTop;
    if (!opt.companion) {
        const qreal size = in(1.15);
        const QRectF qr(sealCol.left() + (sealCol.width() - size) / 2, columnsTop, size, size);
        if (paint)
            c.image(qr, seal);
        if (paint)
            c.setColor(kGrey);
        const qreal hc = para(tx.translate("AccessKeyLetter", "Security seal: the school can scan it to check that this letter is real. It does not contain your key."),
                              c.font(6.5 * s), sealCol.left(), qr.bottom() + 2, sealCol.width(), paint, true, Qt::AlignHCenter);
        if (paint)
            c.setColor(Qt::black);
        sealBottom = qr.bottom() + 2 + hc;
    }

    // Footer line with the serial, at the bottom of the panel.
    const QString footer = u"%1  \u00b7  %2  \u00b7  %3"_s.arg(plain(letter.serial), plain(letter.school.schoolCode),
                                                           opt.companion ? letterLanguageInfo(c.language().language).tag
                                                                         : plain(letter.school.schoolName));
    const TextBlock fb = c.layout(footer, c.font(6.5, false, PageCanvas::Face::Latin), a.width(), Qt::AlignLeft);
    const qreal footerTop = a.bottom() - fb.height;
    if (paint) {
        c.setColor(kGrey);
        c.draw(fb, QPointF(a.left(), footerTop));
        c.setColor(Qt::black);
    }
    const qreal used = std::max(y, sealBottom) - a.top();
    return used + fb.height + 4;
}

} // namespace

Status AccessKeyLetterRenderer::validate(const LetterContent& letter)
{
    if (letter.delivery == LetterDelivery::Mail && letter.mailingAddress.isEmpty())
        return Error::badInput(u"The guardian has no mailing address on record, so this letter cannot be mailed: "
                               "print it for handing over in person at the school."_s);
    if (letter.delivery == LetterDelivery::Mail && !letter.mailingAddress.isMailable())
        return Error::badInput(u"The guardian's address on record is incomplete (street, city and postal code are "
                               "needed), so this letter cannot be mailed: hand it over in person."_s);
    if (plain(letter.guardianName).isEmpty())
        return Error::badInput(u"The letter needs the guardian's name."_s);
    if (letter.keys.empty())
        return Error::badInput(u"A sealed letter needs at least one key."_s);
    if (letter.keys.size() > size_t(LetterContent::kMaxKeysPerLetter))
        return Error::badInput(u"A letter holds at most %1 keys, not %2."_s.arg(LetterContent::kMaxKeysPerLetter)
                                   .arg(letter.keys.size()));
    for (const LetterKey& k : letter.keys) {
        if (plain(k.studentName).isEmpty())
            return Error::badInput(u"Every key on a letter needs its student's name."_s);
        if (k.secret.isEmpty() || (k.kind == KeyKind::AccessIdPassword && k.accessId.isEmpty()))
            return Error::badInput(u"The key %1 on the letter is empty."_s.arg(k.keyId));
        if (k.secret.size() > 64 || k.accessId.size() > 64)
            return Error::badInput(u"A key is too long to print (at most 64 characters)."_s);
    }
    if (letter.sealPayload.isEmpty())
        return Error::badInput(u"A sealed letter needs its seal (LetterSeal::seal)."_s);
    if (letter.portalUrl.trimmed().isEmpty())
        return Error::badInput(u"The letter needs the parent portal's address (district settings)."_s);
    if (letter.serial.trimmed().isEmpty())
        return Error::badInput(u"The letter needs its serial number."_s);
    if (!letter.issuedOn.isValid())
        return Error::badInput(u"The letter needs its issue date."_s);
    return {};
}

Status AccessKeyLetterRenderer::draw(PageCanvas& canvas, const LetterTexts& texts, const LetterContent& letter,
                                     const Options& options, const std::function<Status()>& startPage)
{
    if (!options.companion) {
        if (Status ok = validate(letter); !ok)
            return ok;
    }
    LetterPainter painter(canvas, texts, letter, options);
    return painter.draw(startPage);
}

} // namespace gd::letters
