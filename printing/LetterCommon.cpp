#include "printing/LetterCommon.h"

#include "printing/LetterTexts.h"

using namespace Qt::Literals::StringLiterals;

namespace gd::letters {

QString plain(const QString& field)
{
    QString out;
    out.reserve(field.size());
    bool space = false;
    for (QChar c : field) {
        const char16_t u = c.unicode();
        const bool bidiControl = (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E
            || u == 0x200F || u == 0x061C;
        // Zero-width (non-)joiners stay: Persian and Indic names need them.
        if (bidiControl || c.category() == QChar::Other_Control || c.isSpace()) {
            if (!bidiControl && c.isSpace())
                space = !out.isEmpty();
            continue;
        }
        if (space)
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

QString inSentence(const QString& field)
{
    // FIRST STRONG ISOLATE ... POP DIRECTIONAL ISOLATE (Unicode 6.3), which Qt's bidi honours.
    return QChar(0x2068) + plain(field) + QChar(0x2069);
}

QString formatDate(const LetterTexts& texts, const LetterLanguageInfo& language, QDate date)
{
    if (!date.isValid())
        return {};
    //: A Qt date format (QDate::toString) for the dates printed on letters: issue and expiry.
    //: MMMM is the month's name in your language, d the day, yyyy the year.
    QString format = texts.translate("Common", "MMMM d, yyyy");
    if (language.monthNames.size() == 12) {
        // The month's own name, quoted into the format in place of MMMM (outside quotes).
        bool quoted = false;
        for (qsizetype i = 0; i + 3 < format.size(); ++i) {
            if (format[i] == u'\'')
                quoted = !quoted;
            else if (!quoted && QStringView(format).mid(i, 4) == u"MMMM") {
                format.replace(i, 4, u'\'' + language.monthNames.at(date.month() - 1) + u'\'');
                break;
            }
        }
    }
    return language.locale.toString(date, format);
}

QStringList addressLines(const Address& a)
{
    QStringList lines;
    if (!a.line1.trimmed().isEmpty())
        lines << plain(a.line1);
    if (!a.line2.trimmed().isEmpty())
        lines << plain(a.line2);
    QString last = plain(a.city);
    const QString stateZip = plain(QString(plain(a.state) + u' ' + plain(a.postalCode)));
    if (!stateZip.isEmpty())
        last = last.isEmpty() ? stateZip : last + u", "_s + stateZip;
    if (!last.isEmpty())
        lines << last;
    return lines;
}

qreal drawSchoolHeading(PageCanvas& canvas, const LetterTexts& texts, const SchoolHeader& school, const QRectF& area,
                        bool paint)
{
    qreal y = area.top();
    // Names and addresses stay in their own direction, on the page's start side.
    auto line = [&](const QString& text, const QFont& font, bool fixed) {
        const TextBlock b = canvas.layout(text, font, area.width(), canvas.start(), Qt::LayoutDirectionAuto, fixed);
        if (paint)
            canvas.draw(b, QPointF(area.left(), y));
        y += b.height;
    };
    line(plain(school.schoolName), canvas.font(12.5, true, PageCanvas::Face::Latin), true);
    canvas.setColor(QColor(60, 60, 60));
    if (!school.districtName.isEmpty())
        line(plain(school.districtName), canvas.font(8.5, false, PageCanvas::Face::Latin), true);
    const QStringList address = addressLines(school.address);
    if (!address.isEmpty())
        line(address.join(u" \u00b7 "_s), canvas.font(8.5, false, PageCanvas::Face::Latin), true);
    if (!school.phone.isEmpty()) {
        const TextBlock b = canvas.layout(texts.translate("Common", "Phone: %1").arg(inSentence(school.phone)), canvas.font(8.5),
                                          area.width(), Qt::AlignLeft, std::nullopt, true);
        if (paint)
            canvas.draw(b, QPointF(area.left(), y));
        y += b.height;
    }
    canvas.setColor(Qt::black);
    return y - area.top();
}

qreal fieldLabelHeight(PageCanvas& canvas, const QString& label, qreal width, qreal labelPoints)
{
    if (label.isEmpty())
        return 0;
    return canvas.layout(label, canvas.font(labelPoints), width, Qt::AlignLeft, std::nullopt, true).height;
}

qreal drawField(PageCanvas& canvas, const QString& label, const QString& value, QPointF topLeft, qreal width,
                qreal labelPoints, qreal valuePoints, qreal labelHeight)
{
    canvas.setColor(QColor(70, 70, 70));
    const qreal ownLabel = label.isEmpty()
        ? 0
        : canvas.text(label, canvas.font(labelPoints), topLeft, width, Qt::AlignLeft, std::nullopt, true);
    canvas.setColor(Qt::black);
    const qreal labelSpace = std::max(ownLabel, labelHeight);
    const QFont valueFont = canvas.font(valuePoints, false, PageCanvas::faceFor(value));
    const qreal lineGap = valuePoints * 1.9;
    const qreal baseline = topLeft.y() + labelSpace + lineGap;
    if (!value.isEmpty()) {
        const TextBlock b = canvas.layout(plain(value), valueFont, width, canvas.start(), Qt::LayoutDirectionAuto);
        canvas.draw(b, QPointF(topLeft.x(), baseline - b.height - 1.5));
    }
    canvas.setColor(QColor(120, 120, 120));
    canvas.line(QPointF(topLeft.x(), baseline), QPointF(topLeft.x() + width, baseline), 0.5);
    canvas.setColor(Qt::black);
    return labelSpace + lineGap + 4;
}

QSizeF paperPoints(PaperSize paper)
{
    return paper == PaperSize::A4 ? QSizeF(595.2756, 841.8898) : QSizeF(612, 792);
}

} // namespace gd::letters

namespace gd::letters {

qreal officeText(PageCanvas& canvas, const QString& text, QPointF topLeft, qreal width, qreal points, bool bold)
{
    return canvas.text(text, canvas.font(points, bold, PageCanvas::Face::Latin), topLeft, width,
                       Qt::AlignLeft | Qt::AlignAbsolute, Qt::LeftToRight, true);
}

qreal drawOfficeHeading(PageCanvas& canvas, const LetterTexts& texts, QPointF topLeft, qreal width)
{
    const qreal h = officeText(canvas, u"FOR SCHOOL OFFICE USE ONLY"_s, topLeft, width * 0.5, 9.5, true);
    if (canvas.language().language != LetterLanguage::English) {
        canvas.setColor(QColor(70, 70, 70));
        const QString local = texts.translate("Common", "For school office use only");
        canvas.text(local, canvas.font(8.5), QPointF(topLeft.x() + width * 0.5, topLeft.y()), width * 0.5,
                    Qt::AlignRight | Qt::AlignAbsolute, std::nullopt, true);
        canvas.setColor(Qt::black);
    }
    return h;
}

qreal officeField(PageCanvas& canvas, const QString& label, const QString& value, QPointF topLeft, qreal width)
{
    const QFont labelFont = canvas.font(7.5, false, PageCanvas::Face::Latin);
    const TextBlock lb = canvas.layout(label, labelFont, width, Qt::AlignLeft | Qt::AlignAbsolute, Qt::LeftToRight, true);
    const qreal lineY = topLeft.y() + 22;
    canvas.setColor(QColor(70, 70, 70));
    canvas.draw(lb, QPointF(topLeft.x(), topLeft.y()));
    canvas.setColor(Qt::black);
    if (!value.isEmpty()) {
        const TextBlock vb = canvas.layout(plain(value), canvas.font(10, false, PageCanvas::Face::Latin), width,
                                           Qt::AlignLeft | Qt::AlignAbsolute, Qt::LeftToRight);
        canvas.draw(vb, QPointF(topLeft.x(), lineY - vb.height));
    }
    canvas.setColor(QColor(120, 120, 120));
    canvas.line(QPointF(topLeft.x(), lineY), QPointF(topLeft.x() + width, lineY), 0.5);
    canvas.setColor(Qt::black);
    return 26;
}

QString relationshipLabel(const LetterTexts& tx, const QString& relationship)
{
    const auto kind = relationshipKindFromString(relationship.trimmed());
    if (!kind)
        return plain(relationship);
    switch (*kind) {
    case RelationshipKind::Mother:
        return tx.translate("Relationship", "Mother");
    case RelationshipKind::Father:
        return tx.translate("Relationship", "Father");
    case RelationshipKind::LegalGuardian:
        return tx.translate("Relationship", "Legal guardian");
    case RelationshipKind::Caregiver:
        return tx.translate("Relationship", "Caregiver");
    case RelationshipKind::Other:
        return tx.translate("Relationship", "Other relationship");
    }
    return plain(relationship);
}

} // namespace gd::letters
