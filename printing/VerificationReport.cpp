#include "printing/VerificationReport.h"

#include "printing/LetterLanguage.h"

#include <QFontMetricsF>
#include <QIODevice>
#include <QLocale>
#include <QMap>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

#include <algorithm>
#include <cmath>

using namespace Qt::Literals::StringLiterals;

namespace gd::reports {

namespace {

const QColor kInk(0x1a, 0x1a, 0x1a);
const QColor kMuted(0x55, 0x55, 0x55);
const QColor kVerified(0x1f, 0x4e, 0x8c);
const QColor kRefused(0xd9, 0x6c, 0x06);
const QColor kRule(0xbb, 0xbb, 0xbb);

constexpr qreal kMargin = 54; // points

QFont reportFont(qreal points, bool bold = false)
{
    QFont f;
    // Names of schools and districts may be in any script: the English letters' fonts and fallbacks.
    f.setFamilies(letterLanguageInfo(LetterLanguage::English).fontFamilies);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

QString number(qint64 n)
{
    return QLocale(QLocale::English, QLocale::UnitedStates).toString(n);
}

QString percent(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return u"–"_s;
    return QString::number(100.0 * double(part) / double(whole), 'f', 1) + u"%"_s;
}

// A page being filled top to bottom; a new page starts when the next block does not fit.
class Pages {
public:
    Pages(QPdfWriter& writer, QPainter& painter, const VerificationReportContent& c)
        : m_writer(writer),
          m_p(painter),
          m_c(c)
    {
        const QRectF page = QRectF(QPointF(0, 0), writer.pageLayout().paintRect(QPageLayout::Point).size());
        m_width = page.width();
        m_bottom = page.height() - kMargin - 24;
        m_y = kMargin;
    }

    qreal left() const { return kMargin; }
    qreal width() const { return m_width - 2 * kMargin; }
    qreal& y() { return m_y; }
    int pages() const { return m_page; }

    void need(qreal height)
    {
        if (m_y + height <= m_bottom)
            return;
        footer();
        m_writer.newPage();
        ++m_page;
        m_y = kMargin;
    }
    void footer()
    {
        m_p.setFont(reportFont(8));
        m_p.setPen(kMuted);
        const QRectF r(left(), m_bottom + 12, width(), 14);
        m_p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
                     u"GuardianDesk verification report · %1 to %2 · device %3"_s.arg(m_c.from.toString(Qt::ISODate),
                                                                                      m_c.to.toString(Qt::ISODate),
                                                                                      m_c.deviceId));
        m_p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, u"Page %1"_s.arg(m_page));
    }

    void heading(const QString& text)
    {
        need(60);
        m_y += 10;
        m_p.setFont(reportFont(13, true));
        m_p.setPen(kInk);
        m_p.drawText(QRectF(left(), m_y, width(), 20), Qt::AlignLeft | Qt::AlignVCenter, text);
        m_y += 22;
        m_p.setPen(QPen(kRule, 0.7));
        m_p.drawLine(QPointF(left(), m_y), QPointF(left() + width(), m_y));
        m_y += 8;
    }

    void line(const QString& text, qreal size = 10, const QColor& color = kInk, bool bold = false)
    {
        const QFont f = reportFont(size, bold);
        const qreal h = QFontMetricsF(f).lineSpacing() + 2;
        need(h);
        m_p.setFont(f);
        m_p.setPen(color);
        const QString shown = QFontMetricsF(f).elidedText(text, Qt::ElideRight, width());
        m_p.drawText(QRectF(left(), m_y, width(), h), Qt::AlignLeft | Qt::AlignVCenter, shown);
        m_y += h;
    }

    // Text that may run over several lines, wrapped at word boundaries.
    void paragraph(const QString& text, qreal size, const QColor& color)
    {
        const QFont f = reportFont(size);
        const QRectF bounds = QFontMetricsF(f).boundingRect(QRectF(0, 0, width(), 1000), Qt::TextWordWrap, text);
        need(bounds.height() + 2);
        m_p.setFont(f);
        m_p.setPen(color);
        m_p.drawText(QRectF(left(), m_y, width(), bounds.height() + 2), Qt::AlignLeft | Qt::TextWordWrap, text);
        m_y += bounds.height() + 2;
    }

private:
    QPdfWriter& m_writer;
    QPainter& m_p;
    const VerificationReportContent& m_c;
    qreal m_width = 0;
    qreal m_bottom = 0;
    qreal m_y = 0;
    int m_page = 1;
};

// Horizontal bars with the label on the left and the count and share on the right, most first.
void barTable(Pages& pages, QPainter& p, const QList<ReportCount>& rows, qint64 whole, const QColor& color,
              const QString& emptyText)
{
    if (rows.isEmpty()) {
        pages.line(emptyText, 10, kMuted);
        return;
    }
    const QFont f = reportFont(9.5);
    const QFontMetricsF fm(f);
    const qreal rowH = fm.lineSpacing() + 6;
    const qreal labelW = pages.width() * 0.36;
    const qreal numbersW = 110;
    const qreal barW = pages.width() - labelW - numbersW - 12;
    qint64 most = 1;
    for (const auto& r : rows)
        most = std::max(most, r.count);
    for (const auto& r : rows) {
        pages.need(rowH);
        const qreal y = pages.y();
        p.setFont(f);
        p.setPen(kInk);
        p.drawText(QRectF(pages.left(), y, labelW - 6, rowH), Qt::AlignLeft | Qt::AlignVCenter,
                   fm.elidedText(r.label, Qt::ElideRight, labelW - 6));
        const qreal w = std::max<qreal>(r.count > 0 ? 1.0 : 0.0, barW * double(r.count) / double(most));
        p.fillRect(QRectF(pages.left() + labelW, y + 3, w, rowH - 6), color);
        p.drawText(QRectF(pages.left() + pages.width() - numbersW, y, numbersW, rowH),
                   Qt::AlignRight | Qt::AlignVCenter, u"%1  (%2)"_s.arg(number(r.count), percent(r.count, whole)));
        pages.y() += rowH;
    }
}

struct Bucket {
    QDate start;
    qint64 verified = 0;
    qint64 refused = 0;
};

QList<Bucket> buckets(const VerificationReportContent& c, int bucketDays)
{
    const auto startOf = [bucketDays](const QDate& d) {
        if (bucketDays == 1)
            return d;
        if (bucketDays == 7)
            return d.addDays(1 - d.dayOfWeek()); // Monday
        return QDate(d.year(), d.month(), 1);
    };
    QMap<QDate, Bucket> byStart;
    for (QDate d = startOf(c.from); d <= c.to;) {
        byStart.insert(d, Bucket{d});
        d = bucketDays == 31 ? d.addMonths(1) : d.addDays(bucketDays);
    }
    for (const auto& day : c.perDay) {
        Bucket& b = byStart[startOf(day.date)];
        b.start = startOf(day.date);
        b.verified += day.verified;
        b.refused += day.refused;
    }
    return byStart.values();
}

// Stacked columns over time: verified below, refused on top, with a scale and date marks.
void timeChart(Pages& pages, QPainter& p, const VerificationReportContent& c)
{
    const int bucketDays = reportBucketDays(c.from.daysTo(c.to) + 1);
    const QList<Bucket> bs = buckets(c, bucketDays);
    const qreal chartH = 170;
    pages.need(chartH + 40);
    const qreal top = pages.y();
    const QFont small = reportFont(7.5);
    const QFontMetricsF sm(small);
    const qreal axisW = 40;
    const QRectF area(pages.left() + axisW, top + 6, pages.width() - axisW, chartH);

    qint64 most = 1;
    for (const auto& b : bs)
        most = std::max(most, b.verified + b.refused);
    // A round scale: 1, 2 or 5 times a power of ten, in four steps.
    const double raw = double(most) / 4.0;
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    double step = magnitude;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * magnitude >= raw) {
            step = m * magnitude;
            break;
        }
    }
    const double scaleTop = step * 4;

    p.setFont(small);
    for (int i = 0; i <= 4; ++i) {
        const qreal y = area.bottom() - area.height() * i / 4.0;
        p.setPen(QPen(kRule, i == 0 ? 0.8 : 0.3));
        p.drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        p.setPen(kMuted);
        p.drawText(QRectF(pages.left(), y - 6, axisW - 4, 12), Qt::AlignRight | Qt::AlignVCenter,
                   number(qint64(step * i)));
    }
    const qreal slot = area.width() / std::max<qsizetype>(bs.size(), 1);
    const qreal barW = std::max<qreal>(0.6, slot * 0.75);
    const int labelEvery = std::max(1, int(std::ceil(sm.horizontalAdvance(u"0000-00-00"_s) * 1.3 / slot)));
    for (qsizetype i = 0; i < bs.size(); ++i) {
        const Bucket& b = bs[i];
        const qreal x = area.left() + slot * i + (slot - barW) / 2;
        const qreal hv = area.height() * double(b.verified) / scaleTop;
        const qreal hr = area.height() * double(b.refused) / scaleTop;
        p.fillRect(QRectF(x, area.bottom() - hv, barW, hv), kVerified);
        p.fillRect(QRectF(x, area.bottom() - hv - hr, barW, hr), kRefused);
        if (i % labelEvery == 0) {
            p.setPen(kMuted);
            const QString label = bucketDays == 31 ? b.start.toString(u"MMM yyyy"_s) : b.start.toString(u"MMM d"_s);
            p.drawText(QRectF(area.left() + slot * i - 40 + slot / 2, area.bottom() + 3, 80, 12), Qt::AlignCenter,
                       label);
        }
    }
    pages.y() = area.bottom() + 18;
    // Legend.
    const QFont f = reportFont(8.5);
    p.setFont(f);
    qreal x = area.left();
    for (const auto& [color, text] : {std::pair{kVerified, u"Verified"_s}, std::pair{kRefused, u"Refused"_s}}) {
        p.fillRect(QRectF(x, pages.y() + 3, 9, 9), color);
        p.setPen(kInk);
        p.drawText(QRectF(x + 13, pages.y(), 120, 15), Qt::AlignLeft | Qt::AlignVCenter, text);
        x += 13 + QFontMetricsF(f).horizontalAdvance(text) + 18;
    }
    pages.y() += 20;
}

} // namespace

int reportBucketDays(qint64 days)
{
    if (days <= 62)
        return 1;
    if (days <= 366)
        return 7;
    return 31;
}

Result<int> renderVerificationReport(QIODevice* out, const VerificationReportContent& c)
{
    if (!out || !out->isWritable())
        return Error::io(u"the report has nowhere to go (the output is not open for writing)"_s);
    QPdfWriter writer(out);
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize::Letter), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    writer.setResolution(72); // one unit is one point
    writer.setTitle(u"Verification log report %1 to %2"_s.arg(c.from.toString(Qt::ISODate), c.to.toString(Qt::ISODate)));
    writer.setCreator(u"GuardianDesk"_s);
    QPainter p;
    if (!p.begin(&writer))
        return Error::io(u"the report could not be started (PDF writer)"_s);
    p.setRenderHint(QPainter::Antialiasing);
    Pages pages(writer, p, c);

    const qint64 total = c.verified + c.refused;
    pages.line(u"Verification log report"_s, 18, kInk, true);
    pages.line(c.school.isEmpty() ? c.district : u"%1 · %2"_s.arg(c.district, c.school), 11);
    const QLocale us(QLocale::English, QLocale::UnitedStates);
    pages.line(u"%1 to %2"_s.arg(us.toString(c.from, u"MMMM d, yyyy"_s), us.toString(c.to, u"MMMM d, yyyy"_s)), 11);
    pages.paragraph(c.filters, 9, kMuted);
    pages.paragraph(u"Made %1 on device %2. The signature file next to this report shows whether it was changed."_s
                        .arg(c.generatedAt, c.deviceId),
                    9, kMuted);
    pages.y() += 8;

    // Three totals in boxes.
    pages.need(64);
    const qreal boxW = (pages.width() - 2 * 12) / 3;
    const std::array<std::tuple<QString, QString, QColor>, 3> boxes = {{
        {u"Verifications"_s, number(total), kInk},
        {u"Verified"_s, u"%1  (%2)"_s.arg(number(c.verified), percent(c.verified, total)), kVerified},
        {u"Refused"_s, u"%1  (%2)"_s.arg(number(c.refused), percent(c.refused, total)), kRefused},
    }};
    for (size_t i = 0; i < boxes.size(); ++i) {
        const QRectF r(pages.left() + i * (boxW + 12), pages.y(), boxW, 56);
        p.setPen(QPen(kRule, 0.8));
        p.setBrush(Qt::NoBrush);
        p.drawRect(r);
        p.setPen(kMuted);
        p.setFont(reportFont(9));
        p.drawText(r.adjusted(10, 6, -10, -30), Qt::AlignLeft | Qt::AlignVCenter, std::get<0>(boxes[i]));
        p.setPen(std::get<2>(boxes[i]));
        p.setFont(reportFont(15, true));
        p.drawText(r.adjusted(10, 24, -10, -6), Qt::AlignLeft | Qt::AlignVCenter, std::get<1>(boxes[i]));
    }
    pages.y() += 64;

    const int bucketDays = reportBucketDays(c.from.daysTo(c.to) + 1);
    pages.heading(bucketDays == 1   ? u"Verifications per day"_s
                  : bucketDays == 7 ? u"Verifications per week (weeks start on Monday)"_s
                                    : u"Verifications per month"_s);
    timeChart(pages, p, c);

    pages.heading(u"By method"_s);
    barTable(pages, p, c.byMethod, total, kVerified, u"No verifications in this period."_s);
    pages.heading(u"Verified adults by ID type"_s);
    barTable(pages, p, c.byIdType, c.verified, kVerified, u"No adult was verified in this period."_s);
    pages.heading(u"Refusals by reason"_s);
    barTable(pages, p, c.refusalsByReason, c.refused, kRefused, u"No refusals in this period."_s);
    if (c.bySchool.size() > 1) {
        pages.heading(u"By school"_s);
        barTable(pages, p, c.bySchool, total, kVerified, {});
    }
    pages.footer();
    if (!p.end())
        return Error::io(u"the report could not be finished (PDF writer)"_s);
    return pages.pages();
}

} // namespace gd::reports
