#include "idscan/AamvaDate.h"

#include <QString>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr int kFirstYear = 1900;
constexpr int kLastYear = 2099;

std::optional<QDate> plausible(int year, int month, int day)
{
    if (year < kFirstYear || year > kLastYear)
        return std::nullopt;
    const QDate d(year, month, day);
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

std::optional<QDate> read(QStringView digits, AamvaDate::Order order)
{
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    bool ok = true;
    const auto number = [&](qsizetype at, qsizetype n) {
        bool partOk = false;
        const int v = digits.sliced(at, n).toInt(&partOk);
        ok = ok && partOk;
        return v;
    };
    const std::optional<QDate> d = order == AamvaDate::Order::YearFirst
                                       ? plausible(number(0, 4), number(4, 2), number(6, 2))
                                       : plausible(number(4, 4), number(0, 2), number(2, 2));
    return ok ? d : std::nullopt;
}

} // namespace

AamvaDate::Order AamvaDate::expectedOrder(int aamvaVersion, const QString& country)
{
    return aamvaVersion == 1 || country == u"CAN" ? Order::YearFirst : Order::MonthFirst;
}

std::optional<QDate> AamvaDate::parse(QStringView text, Order expected)
{
    const QStringView t = text.trimmed();
    QString digits;
    if (t.size() == 10) {
        // With dashes (or slashes) the position of the four-digit year tells the order.
        const bool yearFirst = (t[4] == u'-' || t[4] == u'/') && t[7] == t[4];
        const bool yearLast = (t[2] == u'-' || t[2] == u'/') && t[5] == t[2];
        if (!yearFirst && !yearLast)
            return std::nullopt;
        digits = yearFirst ? t.first(4) + t.sliced(5, 2) + t.sliced(8, 2) : t.first(2) + t.sliced(3, 2) + t.sliced(6, 4);
        return digits.size() == 8 ? read(digits, yearFirst ? Order::YearFirst : Order::MonthFirst) : std::nullopt;
    }
    if (t.size() != 8)
        return std::nullopt;
    const Order other = expected == Order::YearFirst ? Order::MonthFirst : Order::YearFirst;
    if (auto d = read(t, expected))
        return d;
    return read(t, other);
}

} // namespace gd
