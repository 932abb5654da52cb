#include "services/Letterhead.h"

#include "storage/Settings.h"

using namespace Qt::Literals::StringLiterals;

namespace gd {

LetterRenderOptions renderOptionsFrom(Database& db)
{
    const Settings settings(db);
    LetterRenderOptions options;
    options.paper = settings.value(Settings::PaperSize) == u"a4" ? PaperSize::A4 : PaperSize::UsLetter;
    options.districtSecondLanguage = settings.value(Settings::SecondLanguage);
    return options;
}

SchoolHeader schoolHeaderFrom(Database& db)
{
    const Settings s(db);
    SchoolHeader h;
    h.districtName = s.value(Settings::DistrictName);
    h.schoolName = s.value(Settings::SchoolName);
    h.schoolCode = s.value(Settings::SchoolCode);
    h.address.line1 = s.value(Settings::SchoolAddressLine1);
    h.address.city = s.value(Settings::SchoolCity);
    h.address.state = s.value(Settings::SchoolState);
    h.address.postalCode = s.value(Settings::SchoolPostalCode);
    h.phone = s.value(Settings::SchoolPhone);
    return h;
}

} // namespace gd
