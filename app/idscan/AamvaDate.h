#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

namespace gd {

// Dates in AAMVA barcodes. The standard says MMDDCCYY for US cards and CCYYMMDD for Canadian
// cards and for version 01; some US issuers write CCYYMMDD anyway, and some add dashes. The
// order the version and country suggest is tried first; a reading is plausible only with a
// year from 1900 to 2099, which no 8-digit date satisfies in both orders, so the other order
// can safely be tried second.
class AamvaDate {
public:
    enum class Order { MonthFirst, YearFirst };

    static Order expectedOrder(int aamvaVersion, const QString& country);

    // std::nullopt when the text is not a plausible date in either order.
    static std::optional<QDate> parse(QStringView text, Order expected);
};

} // namespace gd
