#include "printing/LetterKeyTable.h"

#include "printing/LetterCommon.h"
#include "printing/LetterTexts.h"

#include <QFontMetricsF>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

namespace {

const QColor kGrey(85, 85, 85);
const QColor kRule(150, 150, 150);
const QColor kShade(236, 236, 236);
const QColor kFrame(60, 60, 60);

QString kindLabel(const LetterTexts& tx, KeyKind kind, bool second)
{
    switch (kind) {
    case KeyKind::Pin:
        return tx.translate("AccessKeyLetter", "PIN");
    case KeyKind::AccessIdPassword:
        return second ? tx.translate("AccessKeyLetter", "Access password") : tx.translate("AccessKeyLetter", "Access ID");
    case KeyKind::CreationCode:
        return tx.translate("AccessKeyLetter", "Account creation code");
    }
    return {};
}

// The secret as text for the moment it is drawn; wiped by the caller.
QString secretText(const crypto::SecretBytes& secret, bool mask)
{
    QString s = QString::fromUtf8(secret.bytes());
    if (mask) {
        const qsizetype n = s.size();
        wipeString(s);
        s = QString(n, QChar(0x2022));
    }
    return s;
}

// Draws a key's text and wipes it: the layout shares the string, so it goes first.
void drawSecret(PageCanvas& c, const crypto::SecretBytes& secret, bool mask, const QFont& font, qreal width, QPointF at)
{
    QString text = secretText(secret, mask);
    {
        const TextBlock b = c.layout(text, font, width, c.start(), Qt::LeftToRight, Keep::None);
        c.draw(b, at);
    }
    wipeString(text);
}

} // namespace

LetterKeyTable::LetterKeyTable(PageCanvas& canvas, const LetterTexts& texts, const LetterContent& letter,
                               bool maskSecrets, bool companion)
    : c(canvas), tx(texts), letter(letter), mask(maskSecrets), companion(companion)
{
}

qreal LetterKeyTable::para(const QString& text, const QFont& font, qreal x, qreal y, qreal width, bool paint) const
{
    const TextBlock b = c.layout(text, font, width, Qt::AlignLeft, std::nullopt, true);
    if (paint)
        c.draw(b, QPointF(x, y));
    return b.height;
}

qreal LetterKeyTable::header(qreal s, bool paint, qreal top, const QRectF& a) const
{
    const qreal pad = 5 * s;
    QString text = tx.translate("AccessKeyLetter", "Your keys: do not share them with anyone");
    if (letter.specimen)
        text += u"  \u2014  SPECIMEN \u00b7 "_s + tx.translate("Common", "Specimen: not valid");
    const TextBlock hb = c.layout(text, c.font(9 * s, true), a.width() - 2 * pad, Qt::AlignLeft, std::nullopt, !letter.specimen);
    const qreal height = hb.height + 2 * pad * 0.7;
    if (paint) {
        c.fill(QRectF(a.left(), top, a.width(), height), kShade);
        c.draw(hb, QPointF(a.left() + pad, top + pad * 0.7));
    }
    return height;
}

qreal LetterKeyTable::companionNote(qreal s, bool paint, qreal top, const QRectF& a) const
{
    // The English sheet's box is named in English so the reader can find it.
    const qreal pad = 5 * s;
    const QString note = tx.translate("AccessKeyLetter", "Your keys are printed on the first sheet of this letter, in English, in the box “%1”.")
                             .arg(QStringLiteral("Your keys: do not share them with anyone"));
    const TextBlock b = c.layout(note, c.font(9 * s), a.width() - 2 * pad, Qt::AlignLeft, std::nullopt, true);
    if (paint)
        c.draw(b, QPointF(a.left() + pad, top + pad));
    return b.height + 2 * pad;
}

qreal LetterKeyTable::draw(qreal s, bool paint, qreal top, const QRectF& a) const
{
    const qreal pad = 5 * s;
    qreal y = top + header(s, paint, top, a);
    if (companion) {
        y += companionNote(s, paint, y, a);
        if (paint) {
            c.setColor(kFrame);
            c.frame(QRectF(a.left(), top, a.width(), y - top), 1.0);
            c.setColor(Qt::black);
        }
        return y - top;
    }

    const bool uniform = std::all_of(letter.keys.begin(), letter.keys.end(),
                                     [&](const LetterKey& k) { return k.kind == letter.keys.front().kind; });
    const bool anyExpiry = std::any_of(letter.keys.begin(), letter.keys.end(),
                                       [](const LetterKey& k) { return k.expiresOn.isValid(); });
    // Four keys or more: one line per key where it fits (the student ID beside the name), so
    // the district's cap of seven still fits the panel.
    const bool compact = letter.keys.size() > 3;

    // Columns: student | key | use by (left out when no key expires), mirrored in a
    // right-to-left language. Compact rows give the key column more of the width.
    const qreal wStudent = a.width() * (compact ? 0.30 : 0.36);
    const qreal wExpiry = anyExpiry ? a.width() * (compact ? 0.15 : 0.17) : 0;
    const qreal wKey = a.width() - wStudent - wExpiry;
    const QRectF colStudent = c.flow(QRectF(a.left(), 0, wStudent, 1));
    const QRectF colKey = c.flow(QRectF(a.left() + wStudent, 0, wKey, 1));
    const QRectF colExpiry = c.flow(QRectF(a.left() + wStudent + wKey, 0, wExpiry, 1));

    const KeyKind firstKind = letter.keys.empty() ? KeyKind::Pin : letter.keys.front().kind;
    const int headParts = uniform && firstKind == KeyKind::AccessIdPassword ? 2 : 1;
    const qreal headPartWidth = (colKey.width() - 2 * pad) / headParts;
    // The left edge of part `part` (each `width` wide) of the key column, in reading order.
    const auto partX = [&](int part, qreal width) {
        return c.rtl() ? colKey.right() - pad - width * (part + 1) : colKey.left() + pad + width * part;
    };

    // Column headings: with keys of one kind, the kind's label heads the key column (each half
    // of an access ID and password pair), so the rows need no labels.
    {
        const QFont f = c.font(7 * s);
        const QFont kindFont = c.font(7.5 * s, true);
        if (paint)
            c.setColor(kGrey);
        qreal h = para(tx.translate("AccessKeyLetter", "Student"), f, colStudent.left() + pad, y + pad * 0.6,
                       colStudent.width() - 2 * pad, paint);
        if (uniform) {
            for (int part = 0; part < headParts; ++part) {
                const QString label = kindLabel(tx, firstKind, part == 1);
                h = std::max(h, para(label, kindFont, partX(part, headPartWidth), y + pad * 0.6, headPartWidth - 4,
                                     paint));
            }
        } else {
            h = std::max(h, para(tx.translate("AccessKeyLetter", "Key"), f, colKey.left() + pad, y + pad * 0.6,
                                 colKey.width() - 2 * pad, paint));
        }
        if (anyExpiry)
            h = std::max(h, para(tx.translate("AccessKeyLetter", "Use no later than"), f, colExpiry.left() + pad,
                                 y + pad * 0.6, colExpiry.width() - 2 * pad, paint));
        if (paint)
            c.setColor(Qt::black);
        y += h + pad * 0.6;
    }

    const qreal rowPad = compact ? 2.2 * s : pad;
    const QFont codeFont = c.font(11.5 * s, true, PageCanvas::Face::Code);
    const QFont labelFont = c.font(7 * s);
    const qreal codeLine = QFontMetricsF(codeFont).height() / c.toDevice(QPointF(1, 1)).y();

    for (const LetterKey& key : letter.keys) {
        if (paint) {
            c.setColor(kRule);
            c.line(QPointF(a.left(), y), QPointF(a.right(), y), 0.5);
            c.setColor(Qt::black);
        }
        const qreal rowTextTop = y + rowPad;

        // Student: the name, and the student ID beside it when both fit on the line.
        const qreal studentWidth = colStudent.width() - 2 * pad;
        const TextBlock nameBlock = c.layout(plain(key.studentName), c.font(9 * s, true), studentWidth, c.start(),
                                             Qt::LayoutDirectionAuto);
        qreal hs = nameBlock.height;
        const qreal nameY = compact ? rowTextTop + (codeLine - nameBlock.height) / 2 : rowTextTop;
        if (paint)
            c.draw(nameBlock, QPointF(colStudent.left() + pad, nameY));
        if (!key.studentId.isEmpty()) {
            const QString id = tx.translate("AccessKeyLetter", "Student ID: %1").arg(inSentence(key.studentId));
            const TextBlock idBlock = c.layout(id, c.font(7.5 * s), studentWidth, Qt::AlignLeft);
            const bool beside = compact && nameBlock.lines == 1 && nameBlock.width + 6 + idBlock.width <= studentWidth;
            if (paint) {
                c.setColor(kGrey);
                if (beside) {
                    // After the name in reading order: flow() mirrors from the unmirrored column.
                    const QRectF at = c.flow(QRectF(a.left() + pad + nameBlock.width + 6, 0, idBlock.width + 1, 1));
                    const TextBlock fitted = c.layout(id, c.font(7.5 * s), idBlock.width + 1, Qt::AlignLeft);
                    c.draw(fitted, QPointF(at.left(), nameY + (nameBlock.height - idBlock.height) / 2 + 0.5));
                } else {
                    c.draw(idBlock, QPointF(colStudent.left() + pad, nameY + nameBlock.height));
                }
                c.setColor(Qt::black);
            }
            if (!beside)
                hs += idBlock.height;
        }

        // Key: one value, or two side by side (access ID and password).
        const bool pair = key.kind == KeyKind::AccessIdPassword;
        const int parts = pair ? 2 : 1;
        const qreal partWidth = (colKey.width() - 2 * pad) / parts;
        qreal hk = 0;
        for (int part = 0; part < parts; ++part) {
            const qreal x = partX(part, partWidth);
            const crypto::SecretBytes& secret = pair && part == 0 ? key.accessId : key.secret;
            const QString standIn(secret.size(), u'W');
            if (uniform) {
                // The label is the column's heading.
                const qreal codeHeight = c.layout(standIn, codeFont, partWidth - 4, c.start(), Qt::LeftToRight, Keep::None).height;
                if (paint)
                    drawSecret(c, secret, mask, codeFont, partWidth - 4, QPointF(x, rowTextTop));
                hk = std::max(hk, std::max(codeLine, codeHeight));
                continue;
            }
            // Mixed kinds: each key carries its label. Compact rows put it beside the key, in
            // reading order, while the key fits on its line; a longer key goes under its label.
            const QString labelText = kindLabel(tx, key.kind, pair && part == 1);
            TextBlock label = c.layout(labelText, labelFont, compact ? partWidth * 0.45 : partWidth - 4, Qt::AlignLeft,
                                       std::nullopt, true);
            bool beside = compact;
            qreal codeX = x;
            qreal codeY = rowTextTop + label.height;
            qreal codeWidth = partWidth - 4;
            qreal codeHeight = 0;
            if (beside) {
                const qreal lw = std::min(label.width, partWidth * 0.45) + 5;
                codeWidth = partWidth - lw - 2;
                codeHeight = c.layout(standIn, codeFont, codeWidth, c.start(), Qt::LeftToRight, Keep::None).height;
                if (codeHeight > codeLine * 1.01) {
                    const TextBlock above = c.layout(labelText, labelFont, partWidth - 4, Qt::AlignLeft, std::nullopt, true);
                    const qreal under = c.layout(standIn, codeFont, partWidth - 4, c.start(), Qt::LeftToRight, Keep::None).height;
                    if (above.height + under < codeHeight) {
                        beside = false;
                        label = above;
                        codeWidth = partWidth - 4;
                        codeHeight = under;
                        codeY = rowTextTop + label.height;
                    }
                }
                if (beside) {
                    codeX = c.rtl() ? x : x + lw;
                    codeY = rowTextTop;
                }
            } else {
                codeHeight = c.layout(standIn, codeFont, codeWidth, c.start(), Qt::LeftToRight, Keep::None).height;
            }
            if (paint) {
                c.setColor(kGrey);
                if (beside)
                    c.draw(label, QPointF(c.rtl() ? x + partWidth - 2 - partWidth * 0.45 : x,
                                          rowTextTop + (codeLine - label.height) / 2));
                else
                    c.draw(label, QPointF(x, rowTextTop));
                c.setColor(Qt::black);
                drawSecret(c, secret, mask, codeFont, codeWidth, QPointF(codeX, codeY));
            }
            hk = std::max(hk, beside ? std::max(codeLine, codeHeight) : label.height + std::max(codeLine, codeHeight));
        }

        // Use by.
        qreal he = 0;
        if (anyExpiry) {
            const QString expiry = key.expiresOn.isValid() ? formatDate(tx, c.language(), key.expiresOn) : u"\u2014"_s;
            const TextBlock eb = c.layout(expiry, c.font(8.5 * s), colExpiry.width() - 2 * pad, Qt::AlignLeft, std::nullopt, true);
            const qreal expiryY = compact ? rowTextTop + (codeLine - eb.height) / 2 : rowTextTop + (uniform ? 0 : 8 * s);
            if (paint)
                c.draw(eb, QPointF(colExpiry.left() + pad, expiryY));
            he = expiryY + eb.height - rowTextTop;
        }
        y = rowTextTop + std::max({hs, hk, he}) + rowPad;
    }
    if (paint) {
        c.setColor(kFrame);
        c.frame(QRectF(a.left(), top, a.width(), y - top), 1.0);
        c.setColor(Qt::black);
    }
    return y - top;
}

} // namespace gd::letters
