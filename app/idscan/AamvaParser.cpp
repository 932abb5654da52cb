#include "idscan/AamvaParser.h"

#include "core/LetterSeal.h"
#include "core/Logging.h"
#include "idscan/AamvaDate.h"
#include "idscan/AamvaHeader.h"
#include "idscan/AamvaJurisdictions.h"
#include "idscan/AamvaSubfile.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// The elements GuardianDesk reads; the address and the rest of the card are never copied.
const QList<QByteArrayView>& wantedCodes()
{
    static const QList<QByteArrayView> codes = {"DCS", "DAC", "DAD", "DCT", "DAA", "DAB", "DAE", "DCU", "DDE", "DDF",
                                               "DDG", "DBB", "DBD", "DBA", "DBC", "DAJ", "DCG", "DDA", "DAQ"};
    return codes;
}

Error damaged(const QString& part)
{
    return Error::badInput(QCoreApplication::translate("IdScan",
        "The barcode of this licence or ID card is damaged (%1). Scan it again, or type the details from the card.")
        .arg(part));
}

// Placeholders cards print where a name part is missing.
bool isPlaceholder(const QString& v)
{
    return v.isEmpty() || v == u"NONE" || v == u"UNAVL" || v == u"UNAVAILABLE" || v == u"NFN" || v == u"NMN";
}

QString namePart(const QString& v)
{
    return isPlaceholder(v) ? QString() : v.simplified();
}

struct Names {
    QString family;
    QString given;
};

// Version 4 and later: DCS, DAC, DAD. Versions 2-3: DCS and DCT ("FIRST,MIDDLE"). Version 1:
// DAA ("FAMILY,FIRST,MIDDLE") or DAB/DAC/DAD. Whatever a card carries is used, newest first.
Names readNames(const QHash<QByteArray, QString>& e)
{
    Names n;
    n.family = namePart(e.value("DCS"));
    if (n.family.isEmpty())
        n.family = namePart(e.value("DAB"));
    const QString first = namePart(e.value("DAC"));
    if (!first.isEmpty()) {
        n.given = QString(first + u' ' + namePart(e.value("DAD"))).simplified();
    } else if (const QString dct = e.value("DCT"); !isPlaceholder(dct)) {
        n.given = QString(dct).replace(u',', u' ').simplified();
    }
    const QString daa = e.value("DAA");
    if (!isPlaceholder(daa) && (n.family.isEmpty() || n.given.isEmpty())) {
        static const QRegularExpression separators(u"[,$]"_s);
        QStringList parts = daa.split(separators);
        if (parts.size() == 1) {
            // No separator: the words stay in one field; the name rule accepts any split.
            if (n.family.isEmpty() && n.given.isEmpty())
                n.family = daa.simplified();
        } else {
            if (n.family.isEmpty())
                n.family = parts.first().simplified();
            if (n.given.isEmpty())
                n.given = parts.mid(1).join(u' ').simplified();
        }
    }
    return n;
}

AamvaCard::Sex readSex(const QString& v)
{
    if (v == u"1" || v == u"M")
        return AamvaCard::Sex::Male;
    if (v == u"2" || v == u"F")
        return AamvaCard::Sex::Female;
    if (v == u"9" || v == u"X")
        return AamvaCard::Sex::NotSpecified;
    return AamvaCard::Sex::Unknown;
}

bool isLetters(const QString& v, qsizetype n)
{
    if (v.size() != n)
        return false;
    for (const QChar c : v) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

// The last 4 letters or digits of the number, skipping the spaces and dashes some issuers use.
QString lastFour(const QString& number)
{
    QString out;
    for (qsizetype i = number.size() - 1; i >= 0 && out.size() < 4; --i) {
        const QChar c = number[i].toUpper();
        if ((c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9'))
            out.prepend(c);
    }
    return out;
}

// A date element: invalid when absent, an error naming it when present but unreadable.
Result<QDate> readDate(const QHash<QByteArray, QString>& e, const char* code, const QString& what,
                       AamvaDate::Order order)
{
    const QString v = e.value(code);
    if (v.isEmpty())
        return QDate();
    if (auto d = AamvaDate::parse(v, order))
        return *d;
    return damaged(QCoreApplication::translate("IdScan", "the %1 (%2) is not a date").arg(what, QLatin1StringView(code)));
}

} // namespace

Error AamvaParser::tooLong()
{
    return Error::badInput(QCoreApplication::translate("IdScan",
        "This barcode holds more than a licence or ID card can; scan the barcode on the back of the card."));
}

Result<AamvaCard> AamvaParser::parse(QByteArrayView payload)
{
    if (payload.size() > kMaxPayload)
        return tooLong();
    if (payload.trimmed().isEmpty())
        return Error::badInput(QCoreApplication::translate("IdScan", "The barcode is empty; scan it again."));
    if (LetterSeal::looksLikeSeal(payload))
        return Error::badInput(QCoreApplication::translate("IdScan",
            "This is the seal of a GuardianDesk letter, not an ID card; scan the barcode on the back of the licence or "
            "ID card."));

    auto header = AamvaHeader::read(payload);
    if (!header)
        return header.error();
    auto subfile = AamvaSubfile::read(payload, *header, wantedCodes());
    if (!subfile)
        return subfile.error();
    const QHash<QByteArray, QString>& e = subfile->elements;

    AamvaCard card;
    card.aamvaVersion = header->version;
    card.issuerId = header->issuerId;
    card.kind = subfile->type == "ID" ? AamvaCard::DocumentKind::IdCard : AamvaCard::DocumentKind::DriversLicense;

    const Names names = readNames(e);
    if (names.family.isEmpty() && names.given.isEmpty())
        return damaged(QCoreApplication::translate("IdScan", "it has no name: DCS, DAC or DAA"));
    card.familyName = names.family;
    card.givenNames = names.given;
    card.suffix = namePart(e.value("DCU"));
    if (card.suffix.isEmpty())
        card.suffix = namePart(e.value("DAE"));
    card.familyNameTruncated = e.value("DDE") == u"T";
    card.givenNamesTruncated = e.value("DDF") == u"T" || e.value("DDG") == u"T";

    const QString daj = e.value("DAJ").toUpper();
    card.jurisdiction = isLetters(daj, 2) ? daj : AamvaJurisdictions::fromIssuerId(card.issuerId);
    const QString dcg = e.value("DCG").toUpper();
    card.country = isLetters(dcg, 3) ? dcg : AamvaJurisdictions::countryOf(card.jurisdiction);

    const AamvaDate::Order order = AamvaDate::expectedOrder(card.aamvaVersion, card.country);
    auto expiry = readDate(e, "DBA", QCoreApplication::translate("IdScan", "expiry date"), order);
    if (!expiry)
        return expiry.error();
    if (!expiry->isValid())
        return damaged(QCoreApplication::translate("IdScan", "it has no expiry date: DBA"));
    card.expiresOn = *expiry;
    auto birth = readDate(e, "DBB", QCoreApplication::translate("IdScan", "date of birth"), order);
    if (!birth)
        return birth.error();
    card.dateOfBirth = *birth;
    auto issued = readDate(e, "DBD", QCoreApplication::translate("IdScan", "issue date"), order);
    if (!issued)
        return issued.error();
    card.issuedOn = *issued;
    if (card.issuedOn.isValid() && card.issuedOn > card.expiresOn)
        return damaged(QCoreApplication::translate("IdScan", "its issue date is after its expiry date"));
    if (card.dateOfBirth.isValid() && card.dateOfBirth >= (card.issuedOn.isValid() ? card.issuedOn : card.expiresOn))
        return damaged(QCoreApplication::translate("IdScan", "its date of birth is not before the card was issued"));

    card.sex = readSex(e.value("DBC").toUpper());
    const QString dda = e.value("DDA").toUpper();
    if (dda == u"F")
        card.realIdCompliant = true;
    else if (dda == u"N")
        card.realIdCompliant = false;

    card.numberLast4 = lastFour(e.value("DAQ"));
    if (card.numberLast4.size() < 4)
        return damaged(QCoreApplication::translate("IdScan", "the document number, DAQ, is missing or too short"));

    qCInfo(lcIdScan).noquote() << "read an AAMVA version" << card.aamvaVersion << toDisplay(card.kind) << "barcode";
    return card;
}

} // namespace gd
