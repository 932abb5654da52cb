#include "idscan/AamvaJurisdictions.h"

#include <QStringView>

using namespace Qt::Literals::StringLiterals;

namespace gd::AamvaJurisdictions {

namespace {

struct Issuer {
    QStringView iin;
    QStringView code;
};

// From the AAMVA IIN list.
constexpr Issuer kIssuers[] = {
    {u"636000", u"VA"}, {u"636001", u"NY"}, {u"636002", u"MA"}, {u"636003", u"MD"}, {u"636004", u"NC"},
    {u"636005", u"SC"}, {u"636006", u"CT"}, {u"636007", u"LA"}, {u"636008", u"MT"}, {u"636009", u"NM"},
    {u"636010", u"FL"}, {u"636011", u"DE"}, {u"636012", u"ON"}, {u"636013", u"NS"}, {u"636014", u"CA"},
    {u"636015", u"TX"}, {u"636016", u"NL"}, {u"636017", u"NB"}, {u"636018", u"IA"}, {u"636019", u"GU"},
    {u"636020", u"CO"}, {u"636021", u"AR"}, {u"636022", u"KS"}, {u"636023", u"OH"}, {u"636024", u"VT"},
    {u"636025", u"PA"}, {u"636026", u"AZ"}, {u"636028", u"BC"}, {u"636029", u"OR"}, {u"636030", u"MO"},
    {u"636031", u"WI"}, {u"636032", u"MI"}, {u"636033", u"AL"}, {u"636034", u"ND"}, {u"636035", u"IL"},
    {u"636036", u"NJ"}, {u"636037", u"IN"}, {u"636038", u"MN"}, {u"636039", u"NH"}, {u"636040", u"UT"},
    {u"636041", u"ME"}, {u"636042", u"SD"}, {u"636043", u"DC"}, {u"636044", u"SK"}, {u"636045", u"WA"},
    {u"636046", u"KY"}, {u"636047", u"HI"}, {u"636048", u"MB"}, {u"636049", u"NV"}, {u"636050", u"ID"},
    {u"636051", u"MS"}, {u"636052", u"RI"}, {u"636053", u"TN"}, {u"636054", u"NE"}, {u"636055", u"GA"},
    {u"636058", u"OK"}, {u"636059", u"AK"}, {u"636060", u"WY"}, {u"636061", u"WV"}, {u"636062", u"VI"},
    {u"604426", u"PE"}, {u"604427", u"AS"}, {u"604428", u"QC"}, {u"604429", u"YT"}, {u"604430", u"MP"},
    {u"604431", u"PR"}, {u"604432", u"AB"}, {u"604433", u"NU"}, {u"604434", u"NT"}};

constexpr QStringView kCanadian[] = {u"AB", u"BC", u"MB", u"NB", u"NL", u"NF", u"NS", u"NT", u"NU", u"ON",
                                     u"PE", u"QC", u"SK", u"YT"};

} // namespace

QString fromIssuerId(const QString& iin)
{
    for (const Issuer& i : kIssuers) {
        if (i.iin == iin)
            return i.code.toString();
    }
    return {};
}

QString countryOf(const QString& jurisdiction)
{
    for (const QStringView c : kCanadian) {
        if (c == jurisdiction)
            return u"CAN"_s;
    }
    for (const Issuer& i : kIssuers) {
        if (i.code == jurisdiction)
            return u"USA"_s;
    }
    return {};
}

} // namespace gd::AamvaJurisdictions
