#include "AamvaSamples.h"

#include "core/Logging.h"
#include "core/rules/IdDocumentRules.h"
#include "idscan/AamvaParser.h"
#include "idscan/IdScanner.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

QByteArray readTestFile(const QString& name)
{
    QFile f(QStringLiteral(GD_TESTDATA_DIR) + u'/' + name);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The fields a front-desk person sees, as one comparable text.
QString fields(const AamvaCard& c)
{
    return QStringList{toDisplay(c.kind), c.familyName, c.givenNames, c.suffix, c.dateOfBirth.toString(Qt::ISODate),
                       c.issuedOn.toString(Qt::ISODate), c.expiresOn.toString(Qt::ISODate), toDisplay(c.sex),
                       c.jurisdiction, c.country, c.numberLast4}
        .join(u'|');
}

const QString kSampleFields = u"DL|SAMPLE|MICHAEL JOHN|JR|1986-06-06|2019-06-06|2031-12-10|male|VA|USA|5789"_s;

Result<AamvaCard> parse(const QByteArray& p)
{
    return AamvaParser::parse(p);
}

QStringList g_log;
void captureLog(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

} // namespace

class TestAamvaParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheStandardsSpecimenAsPublished();
    void sameCardReadsTheSameInEveryVersion_data();
    void sameCardReadsTheSameInEveryVersion();
    void wedgeScannerStreams_data();
    void wedgeScannerStreams();
    void emptyElementWithSeparatorsLost();
    void fileTypeAamvaIsAccepted();
    void wrongEntryCountsAndOffsetsAreIgnored_data();
    void wrongEntryCountsAndOffsetsAreIgnored();
    void elementsInAnyOrder();
    void datesInEitherOrderOrWithDashes_data();
    void datesInEitherOrderOrWithDashes();
    void oldNameElements_data();
    void oldNameElements();
    void sexCodes_data();
    void sexCodes();
    void truncatedNamesAreFlagged();
    void realIdCompliance_data();
    void realIdCompliance();
    void jurisdictionAndCountryFromTheIssuerWhenMissing();
    void idCardMapsToAStateIdCapturedByBarcode();
    void nameIsComparedThroughTheCoreRule();
    void notAamvaSaysSo_data();
    void notAamvaSaysSo();
    void damagedPayloadNamesThePart_data();
    void damagedPayloadNamesThePart();
    void nothingPersonalIsLogged();
    void wedgeTextLimits();
};

void TestAamvaParser::readsTheStandardsSpecimenAsPublished()
{
    const QByteArray payload = readTestFile(u"aamva-2020-standard-sample.txt"_s);
    const QJsonObject expected = QJsonDocument::fromJson(readTestFile(u"aamva-2020-standard-sample.expected.json"_s)).object();
    QVERIFY2(!payload.isEmpty() && !expected.isEmpty(), "tests/idscan/testdata lacks the AAMVA specimen");
    auto r = parse(payload);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->aamvaVersion, expected[u"aamva_version"_s].toInt());
    QCOMPARE(r->issuerId, expected[u"issuer_id"_s].toString());
    QCOMPARE(toDisplay(r->kind), expected[u"document_type"_s].toString());
    QCOMPARE(r->familyName, expected[u"family_name"_s].toString());
    QCOMPARE(r->givenNames, expected[u"first_name"_s].toString() + u' ' + expected[u"middle_names"_s].toString());
    QCOMPARE(r->suffix, expected[u"suffix"_s].toString());
    QCOMPARE(r->dateOfBirth.toString(Qt::ISODate), expected[u"date_of_birth"_s].toString());
    QCOMPARE(r->issuedOn.toString(Qt::ISODate), expected[u"issue_date"_s].toString());
    QCOMPARE(r->expiresOn.toString(Qt::ISODate), expected[u"expiry_date"_s].toString());
    QCOMPARE(toDisplay(r->sex), expected[u"sex"_s].toString());
    QCOMPARE(r->jurisdiction, expected[u"jurisdiction"_s].toString());
    QCOMPARE(r->country, expected[u"country"_s].toString());
    QCOMPARE(r->numberLast4, expected[u"document_number_last4"_s].toString());
    QCOMPARE(r->realIdCompliant, std::optional<bool>(expected[u"real_id_compliant"_s].toBool()));
    QVERIFY(!r->familyNameTruncated && !r->givenNamesTruncated);
    QVERIFY(r->isExpired(QDate(2026, 12, 4)));
    QVERIFY(!r->isExpired(QDate(2024, 12, 10)));   // good through the day printed
}

void TestAamvaParser::sameCardReadsTheSameInEveryVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v <= 11; ++v)
        QTest::addRow("version %02d", v) << v;
}

void TestAamvaParser::sameCardReadsTheSameInEveryVersion()
{
    QFETCH(int, version);
    const QByteArray p = samples::payload(samples::Card{}, version);
    auto r = parse(p);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->aamvaVersion, version);
    QCOMPARE(fields(*r), kSampleFields);
    // Compliance is on the card from version 5.
    QCOMPARE(r->realIdCompliant.has_value(), version >= 5);
    // And the same when a wedge scanner lost every control character.
    auto typed = parse(samples::stripped(p));
    QVERIFY2(typed, qPrintable(typed.message()));
    QCOMPARE(fields(*typed), kSampleFields);
}

void TestAamvaParser::wedgeScannerStreams_data()
{
    const QByteArray p = readTestFile(u"aamva-2020-standard-sample.txt"_s);
    QTest::addColumn<QByteArray>("stream");
    QTest::newRow("every control character lost") << samples::stripped(p);
    QTest::newRow("compliance indicator lost too") << samples::stripped(p).mid(1);
    QTest::newRow("separators typed as Enter (CR)") << QByteArray(p).replace('\n', '\r').replace('\x1e', "");
    QTest::newRow("separators typed as CR LF") << QByteArray(p).replace('\n', "\r\n");
    QTest::newRow("record separator lost") << QByteArray(p).replace('\x1e', "");
    QTest::newRow("segment terminators lost") << QByteArray(p).replace('\r', "");
    QTest::newRow("symbology prefix before it") << "]L2" + p;
}

// No middle name: an empty DAD, directly followed by the next element once separators are lost.
// A family name that starts like an element code ("DAVIS": DAV) is still read whole.
void TestAamvaParser::emptyElementWithSeparatorsLost()
{
    samples::Card c;
    c.family = "DAVIS";
    c.middle = "";
    auto r = parse(samples::stripped(samples::payload(c, 10)));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->givenNames, u"MICHAEL"_s);
    QCOMPARE(r->familyName, u"DAVIS"_s);
    QVERIFY(!r->givenNamesTruncated);
    QCOMPARE(r->numberLast4, u"5789"_s);
}

void TestAamvaParser::wedgeScannerStreams()
{
    QFETCH(QByteArray, stream);
    auto r = parse(stream);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(fields(*r), QString(kSampleFields).replace(u"2031-12-10"_s, u"2024-12-10"_s));
    QCOMPARE(r->realIdCompliant, std::optional<bool>(true));
    // The same stream as a wedge scanner types it into a text field.
    auto typed = IdScanner::fromWedgeText(QString::fromLatin1(stream));
    QVERIFY2(typed, qPrintable(typed.message()));
    QCOMPARE(fields(*typed), fields(*r));
}

void TestAamvaParser::fileTypeAamvaIsAccepted()
{
    samples::Card c;
    c.fileType = "AAMVA";
    for (int version : {1, 3, 8}) {
        auto r = parse(samples::payload(c, version));
        QVERIFY2(r, qPrintable(r.message()));
        QCOMPARE(fields(*r), kSampleFields);
    }
}

void TestAamvaParser::wrongEntryCountsAndOffsetsAreIgnored_data()
{
    const QByteArray p = samples::payload(samples::Card{}, 8);
    QTest::addColumn<QByteArray>("payload");
    // Header: "@\n\x1e\rANSI 636000" + "08" "01" + entries(2) at 19, designators at 21.
    QTest::newRow("entry count too high") << QByteArray(p).replace(19, 2, "09");
    QTest::newRow("entry count zero") << QByteArray(p).replace(19, 2, "00");
    QTest::newRow("offsets and lengths zero") << QByteArray(p).replace(23, 8, "00000000").replace(33, 8, "00000000");
    QTest::newRow("offset off by one") << QByteArray(p).replace(23, 4, QByteArray::number(p.mid(23, 4).toInt() + 1).rightJustified(4, '0'));
    QTest::newRow("no designators at all") << QByteArray(p).remove(21, 20);
}

void TestAamvaParser::wrongEntryCountsAndOffsetsAreIgnored()
{
    QFETCH(QByteArray, payload);
    auto r = parse(payload);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(fields(*r), kSampleFields);
}

void TestAamvaParser::elementsInAnyOrder()
{
    const samples::Card c;
    for (quint32 seed = 1; seed <= 20; ++seed) {
        for (int version : {1, 2, 10}) {
            const QByteArray p = samples::payload(c, version, samples::shuffled(samples::elements(c, version), seed));
            auto r = parse(p);
            QVERIFY2(r, qPrintable(r.message()));
            QCOMPARE(fields(*r), kSampleFields);
            auto typed = parse(samples::stripped(p));
            QVERIFY2(typed, qPrintable(u"seed %1 version %2: %3"_s.arg(seed).arg(version).arg(typed.message())));
            QCOMPARE(fields(*typed), kSampleFields);
        }
    }
}

void TestAamvaParser::datesInEitherOrderOrWithDashes_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("country");
    QTest::addColumn<QByteArray>("jurisdiction");
    QTest::addColumn<bool>("yearFirst");
    QTest::addColumn<bool>("dashed");
    QTest::newRow("US: MMDDCCYY") << 8 << QByteArray("USA") << QByteArray("VA") << false << false;
    QTest::newRow("Canada: CCYYMMDD") << 8 << QByteArray("CAN") << QByteArray("ON") << false << false;
    QTest::newRow("version 1: CCYYMMDD") << 1 << QByteArray("USA") << QByteArray("VA") << false << false;
    QTest::newRow("US issuer writing CCYYMMDD") << 9 << QByteArray("USA") << QByteArray("TX") << true << false;
    QTest::newRow("US with dashes") << 6 << QByteArray("USA") << QByteArray("VA") << false << true;
    QTest::newRow("year first with dashes") << 9 << QByteArray("USA") << QByteArray("VA") << true << true;
    QTest::newRow("Canada, country left out") << 3 << QByteArray() << QByteArray("QC") << true << false;
}

void TestAamvaParser::datesInEitherOrderOrWithDashes()
{
    QFETCH(int, version);
    QFETCH(QByteArray, country);
    QFETCH(QByteArray, jurisdiction);
    QFETCH(bool, yearFirst);
    QFETCH(bool, dashed);
    samples::Card c;
    c.country = country;
    c.jurisdiction = jurisdiction;
    c.yearFirstDates = yearFirst;
    c.dashedDates = dashed;
    // Day 12 or less: the day could pass for a month, so only the order rule tells them apart.
    c.birth = QDate(1990, 3, 4);
    c.issued = QDate(2021, 11, 12);
    c.expires = QDate(2029, 12, 1);
    auto r = parse(samples::payload(c, version));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->dateOfBirth, c.birth);
    QCOMPARE(r->issuedOn, c.issued);
    QCOMPARE(r->expiresOn, c.expires);
    if (country.isEmpty())
        QCOMPARE(r->country, u"CAN"_s);
}

void TestAamvaParser::oldNameElements_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<QByteArray>("names");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::newRow("v1 DAA with commas") << 1 << QByteArray("DAAGARCIA LOPEZ,MARIA,JOSE") << u"GARCIA LOPEZ"_s << u"MARIA JOSE"_s;
    QTest::newRow("v1 DAA family and first only") << 1 << QByteArray("DAANGUYEN,LAN") << u"NGUYEN"_s << u"LAN"_s;
    QTest::newRow("v1 DAB DAC DAD") << 1 << QByteArray("DABNGUYEN\nDACTHI\nDADLAN") << u"NGUYEN"_s << u"THI LAN"_s;
    QTest::newRow("v2 DCS DCT with comma") << 2 << QByteArray("DCSO'BRIEN\nDCTSEAN,PATRICK") << u"O'BRIEN"_s << u"SEAN PATRICK"_s;
    QTest::newRow("v3 DCT with space") << 3 << QByteArray("DCSOKAFOR\nDCTCHIDI EMEKA") << u"OKAFOR"_s << u"CHIDI EMEKA"_s;
    QTest::newRow("v9 middle NONE") << 9 << QByteArray("DCSLEE\nDACMIN-JUN\nDADNONE") << u"LEE"_s << u"MIN-JUN"_s;
}

void TestAamvaParser::oldNameElements()
{
    QFETCH(int, version);
    QFETCH(QByteArray, names);
    QFETCH(QString, family);
    QFETCH(QString, given);
    const samples::Card c;
    QList<QByteArray> els = samples::elements(c, version);
    els.removeIf([](const QByteArray& e) {
        return e.startsWith("DAA") || e.startsWith("DCS") || e.startsWith("DCT") || e.startsWith("DAC") || e.startsWith("DAD");
    });
    els.insert(1, names);
    auto r = parse(samples::payload(c, version, els));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->familyName, family);
    QCOMPARE(r->givenNames, given);
}

void TestAamvaParser::sexCodes_data()
{
    QTest::addColumn<int>("version");
    QTest::addColumn<char>("code");
    QTest::addColumn<QString>("sex");
    QTest::newRow("1") << 10 << '1' << u"male"_s;
    QTest::newRow("2") << 10 << '2' << u"female"_s;
    QTest::newRow("9") << 10 << '9' << u"not specified"_s;
    QTest::newRow("M on version 1") << 1 << 'M' << u"male"_s;
    QTest::newRow("F on version 1") << 1 << 'F' << u"female"_s;
    QTest::newRow("F on a version 8 card") << 8 << 'F' << u"female"_s;
}

void TestAamvaParser::sexCodes()
{
    QFETCH(int, version);
    QFETCH(char, code);
    QFETCH(QString, sex);
    const samples::Card c;
    QList<QByteArray> els = samples::elements(c, version);
    for (QByteArray& e : els) {
        if (e.startsWith("DBC"))
            e = QByteArray("DBC") + code;
    }
    const QByteArray p = samples::payload(c, version, els);
    auto r = parse(p);
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(toDisplay(r->sex), sex);
    auto typed = parse(samples::stripped(p));
    QVERIFY2(typed, qPrintable(typed.message()));
    QCOMPARE(toDisplay(typed->sex), sex);
}

void TestAamvaParser::truncatedNamesAreFlagged()
{
    samples::Card c;
    c.family = "WOLFESCHLEGELSTEINHAUSENBER";
    c.truncation = "TNN";
    auto r = parse(samples::payload(c, 10));
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(r->familyNameTruncated);
    QVERIFY(!r->givenNamesTruncated);
    c.truncation = "NNT";
    r = parse(samples::stripped(samples::payload(c, 10)));
    QVERIFY2(r, qPrintable(r.message()));
    QVERIFY(!r->familyNameTruncated);
    QVERIFY(r->givenNamesTruncated);
}

void TestAamvaParser::realIdCompliance_data()
{
    QTest::addColumn<QByteArray>("dda");
    QTest::addColumn<int>("expected");   // 1 compliant, 0 not, -1 unknown
    QTest::newRow("F: compliant") << QByteArray("F") << 1;
    QTest::newRow("N: not compliant") << QByteArray("N") << 0;
    QTest::newRow("absent") << QByteArray() << -1;
}

void TestAamvaParser::realIdCompliance()
{
    QFETCH(QByteArray, dda);
    QFETCH(int, expected);
    samples::Card c;
    c.realId = dda;
    auto r = parse(samples::payload(c, 9));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->realIdCompliant.has_value(), expected >= 0);
    if (expected >= 0)
        QCOMPARE(*r->realIdCompliant, expected == 1);
}

void TestAamvaParser::jurisdictionAndCountryFromTheIssuerWhenMissing()
{
    samples::Card c;
    c.iin = "636012";   // Ontario
    c.jurisdiction.clear();
    c.country.clear();
    auto r = parse(samples::payload(c, 1));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->jurisdiction, u"ON"_s);
    QCOMPARE(r->country, u"CAN"_s);
    QCOMPARE(r->expiresOn, c.expires);
}

void TestAamvaParser::idCardMapsToAStateIdCapturedByBarcode()
{
    samples::Card c;
    c.subfileType = "ID";
    c.number = "A 123-456-7X9";
    auto r = parse(samples::payload(c, 10));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->kind, AamvaCard::DocumentKind::IdCard);
    QCOMPARE(r->numberLast4, u"67X9"_s);
    const IdDocument d = toIdDocument(*r);
    QCOMPARE(d.type, IdType::StateId);
    QCOMPARE(d.capturedBy, CapturedBy::Barcode);
    QCOMPARE(d.issuer, u"VA"_s);
    QCOMPARE(d.numberLast4, u"67X9"_s);
    QCOMPARE(d.expiresOn, c.expires);
    QCOMPARE(d.familyNames, u"SAMPLE"_s);
    QCOMPARE(d.givenNames, u"MICHAEL JOHN"_s);
    QCOMPARE(toIdDocument(*parse(samples::payload(samples::Card{}, 10))).type, IdType::DriversLicense);
    // The ID page checks it with the same rule as a typed one: current here, expired a day later.
    auto current = IdDocumentRules::check(d, c.expires, {});
    QVERIFY2(current, qPrintable(current.message()));
    QVERIFY(current->accepted());
    auto expired = IdDocumentRules::check(d, c.expires.addDays(1), {});
    QVERIFY(expired);
    QCOMPARE(expired->refusal->reason, RefusalReason::ExpiredId);
}

void TestAamvaParser::nameIsComparedThroughTheCoreRule()
{
    auto card = parse(samples::payload(samples::Card{}, 10));
    QVERIFY(card);
    auto same = compareName(*card, u"Michael"_s, u"Sample"_s);
    QVERIFY2(same, qPrintable(same.message()));
    QCOMPARE(same->match, NameMatch::Exact);   // the middle name on the card is allowed
    auto other = compareName(*card, u"Michelle"_s, u"Sample"_s);
    QVERIFY(other);
    QCOMPARE(other->match, NameMatch::StaffOverride);
}

void TestAamvaParser::notAamvaSaysSo_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("message");
    const QString notAamva = u"not from a US or Canadian driver's licence or ID card"_s;
    QTest::newRow("a web address") << QByteArray("https://example.org/enrol?id=42") << notAamva;
    QTest::newRow("a product code") << QByteArray("0123456789012") << notAamva;
    QTest::newRow("a boarding pass") << QByteArray("M1DOE/JANE            EABC123 SFOLAXUA 1234 123Y012A0001 100") << notAamva;
    QTest::newRow("a letter seal") << QByteArray("GDS1.uAAAAAAAAAAAAAAAAAAAAAA.tMQ.MTIzNA.1764000000.AAAAAAAAAAA.sig")
                                   << u"seal of a GuardianDesk letter"_s;
    QTest::newRow("empty") << QByteArray("\r\n ") << u"empty"_s;
    QTest::newRow("too long") << QByteArray(9000, 'A') << u"more than a licence"_s;
}

void TestAamvaParser::notAamvaSaysSo()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, message);
    auto r = parse(payload);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestAamvaParser::damagedPayloadNamesThePart_data()
{
    const samples::Card c;
    const QByteArray p = samples::payload(c, 10);
    const auto without = [&c](const char* code) {
        QList<QByteArray> els = samples::elements(c, 10);
        els.removeIf([code](const QByteArray& e) { return e.startsWith(code); });
        return samples::payload(c, 10, els);
    };
    const auto replaced = [&c](const char* code, const QByteArray& value) {
        QList<QByteArray> els = samples::elements(c, 10);
        for (QByteArray& e : els) {
            if (e.startsWith(code))
                e = code + value;
        }
        return samples::payload(c, 10, els);
    };
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("part");
    QTest::newRow("issuer number garbled") << QByteArray(p).replace(9, 3, "6?6") << u"issuer number"_s;
    QTest::newRow("version garbled") << QByteArray(p).replace(15, 2, "1O") << u"version"_s;
    QTest::newRow("version 12") << QByteArray(p).replace(15, 2, "12") << u"version 12"_s;
    QTest::newRow("header only") << p.left(41) << u"no licence or ID section"_s;
    QTest::newRow("no name") << without("DCS").replace("DAC", "XXX").replace("DAD", "XXX") << u"no name"_s;
    QTest::newRow("no expiry") << without("DBA") << u"DBA"_s;
    QTest::newRow("expiry not a date") << replaced("DBA", "13452031") << u"expiry date (DBA)"_s;
    QTest::newRow("birth date not a date") << replaced("DBB", "06-06") << u"date of birth (DBB)"_s;
    QTest::newRow("issued after expiry") << replaced("DBD", "01012035") << u"issue date is after its expiry"_s;
    QTest::newRow("born after issue") << replaced("DBB", "01012020") << u"date of birth is not before"_s;
    QTest::newRow("no document number") << without("DAQ") << u"DAQ"_s;
    QTest::newRow("document number too short") << replaced("DAQ", "X1") << u"DAQ"_s;
}

void TestAamvaParser::damagedPayloadNamesThePart()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, part);
    auto r = parse(payload);
    QVERIFY(!r);
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.message().contains(part), qPrintable(r.message()));
    QVERIFY2(r.message().contains(u"type the details"_s, Qt::CaseInsensitive), qPrintable(r.message()));   // what to do instead
}

void TestAamvaParser::nothingPersonalIsLogged()
{
    g_log.clear();
    QLoggingCategory::setFilterRules(u"guardiandesk.*=true"_s);
    const QtMessageHandler previous = qInstallMessageHandler(captureLog);
    samples::Card c;
    auto ok = parse(samples::payload(c, 10));
    c.expires = QDate();
    QList<QByteArray> els = samples::elements(c, 10);
    els.removeIf([](const QByteArray& e) { return e.startsWith("DBA"); });
    auto bad = parse(samples::payload(c, 10, els));
    qInstallMessageHandler(previous);
    QVERIFY(ok);
    QVERIFY(!bad);
    QVERIFY2(!g_log.isEmpty(), "the parser logs what it read, without personal data");
    const QString all = g_log.join(u'\n');
    for (const char* personal : {"SAMPLE", "MICHAEL", "T64235789", "5789", "WEST BROAD", "RICHMOND", "1986", "06061986"})
        QVERIFY2(!all.contains(QLatin1StringView(personal)), personal);
    QVERIFY(!bad.message().contains(u"SAMPLE"_s) && !bad.message().contains(u"T64235789"_s));
}

void TestAamvaParser::wedgeTextLimits()
{
    auto tooLong = IdScanner::fromWedgeText(QString(AamvaParser::kMaxPayload + 1, u'A'));
    QVERIFY(!tooLong);
    QVERIFY(tooLong.message().contains(u"more than a licence"_s));
    auto empty = IdScanner::fromWedgeText(u"\n"_s);
    QVERIFY(!empty);
    QVERIFY(empty.message().contains(u"empty"_s));
}

QTEST_GUILESS_MAIN(TestAamvaParser)
#include "TestAamvaParser.moc"
