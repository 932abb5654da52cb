#pragma once

#include <QString>

namespace gd {

// The AAMVA issuer identification numbers (IIN) of US states, territories and Canadian
// provinces, for cards whose barcode omits the jurisdiction element (DAJ) or country (DCG).
namespace AamvaJurisdictions {

// "636000" -> "VA"; empty when the IIN is not a known jurisdiction's.
QString fromIssuerId(const QString& iin);

// "USA" or "CAN" for a two-letter jurisdiction code; empty when unknown.
QString countryOf(const QString& jurisdiction);

} // namespace AamvaJurisdictions

} // namespace gd
