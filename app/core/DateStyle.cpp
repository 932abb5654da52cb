#include "core/DateStyle.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gd {

DateStyle dateStyleFromSetting(const QString& value)
{
    if (value == u"dmy")
        return DateStyle::DayFirst;
    if (value == u"iso")
        return DateStyle::Iso;
    return DateStyle::Us;
}

QString dateFormatPattern(DateStyle style)
{
    switch (style) {
    case DateStyle::DayFirst:
        return u"dd/MM/yyyy"_s;
    case DateStyle::Iso:
        return u"yyyy-MM-dd"_s;
    case DateStyle::Us:
        break;
    }
    return u"MM/dd/yyyy"_s;
}

QString formatDate(const QDate& date, DateStyle style)
{
    return date.isValid() ? date.toString(dateFormatPattern(style)) : QString();
}

QDate parseDate(const QString& text, DateStyle style)
{
    static const QRegularExpression iso(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    static const QRegularExpression numeric(u"^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"_s);
    static const QRegularExpression yearFirst(u"^(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})$"_s);
    const QString t = text.trimmed();
    if (const auto m = iso.match(t); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (style == DateStyle::Iso) {
        if (const auto m = yearFirst.match(t); m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        return {};
    }
    const auto m = numeric.match(t);
    if (!m.hasMatch())
        return {};
    const int first = m.captured(1).toInt();
    const int second = m.captured(2).toInt();
    const int year = m.captured(3).toInt();
    return style == DateStyle::Us ? QDate(year, first, second) : QDate(year, second, first);
}

} // namespace gd
