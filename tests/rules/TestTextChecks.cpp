// The one text rule for names, addresses and free text (core/rules/TextChecks): each class of
// character it refuses, the joiners Persian and Indic names need, and what a message says.

#include "core/rules/TextChecks.h"

#include <QTest>

using namespace gd;
using namespace Qt::Literals::StringLiterals;
using TextChecks::Hazard;

Q_DECLARE_METATYPE(gd::TextChecks::Hazard)

class TestTextChecks : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void namesFromManyScriptsAreAccepted_data();
    void namesFromManyScriptsAreAccepted();
    void eachRefusedClassIsFound_data();
    void eachRefusedClassIsFound();
    void lineBreaksOnlyWhereTextHasLines_data();
    void lineBreaksOnlyWhereTextHasLines();
    void messageNamesTheCharacterAndWhere();
};

void TestTextChecks::initTestCase()
{
    qRegisterMetaType<Hazard>();
}

void TestTextChecks::namesFromManyScriptsAreAccepted_data()
{
    QTest::addColumn<QString>("text");
    // ZWNJ (U+200C) and ZWJ (U+200D) are spelling in these scripts: refusing them refuses names.
    QTest::newRow("Persian with ZWNJ") << u"\u0645\u062D\u0645\u062F\u200C\u0631\u0636\u0627"_s;   // محمد‌رضا
    QTest::newRow("Persian surname with ZWNJ") << u"\u0645\u06CC\u200C\u0646\u0627\u0632"_s;          // می‌ناز
    QTest::newRow("Hindi with ZWJ after virama") << u"\u0915\u094D\u200D\u0937\u093F\u0924\u093F\u091C"_s;   // क्‍षितिज
    QTest::newRow("Bengali with ZWJ (ra-phala)") << u"\u09B0\u200D\u09CD\u09AF\u09BE\u09A8"_s;               // র‍্যান
    QTest::newRow("Malayalam chillu with ZWJ") << u"\u0D28\u0D3E\u0D30\u0D3E\u0D2F\u0D23\u0D4D\u200D"_s;   // നാരായണ്‍
    QTest::newRow("Latin with accents") << u"María José Núñez-O'Brien"_s;
    QTest::newRow("Vietnamese") << u"Nguyễn Thị Ánh"_s;
    QTest::newRow("Chinese") << u"王秀英"_s;
    QTest::newRow("Korean") << u"김민준"_s;
    QTest::newRow("Armenian") << u"Արամ"_s;
    QTest::newRow("Arabic") << u"عبد الله"_s;
    QTest::newRow("outside the BMP (CJK Ext. B)") << u"\U00020BB7\u7530"_s;   // 𠮷田
    QTest::newRow("empty") << QString();
}

void TestTextChecks::namesFromManyScriptsAreAccepted()
{
    QFETCH(QString, text);
    const TextChecks::Finding found = TextChecks::firstHazard(text);
    QVERIFY2(!found, qPrintable(TextChecks::describe(found)));
    QVERIFY(!TextChecks::hasControlCharacters(text));
}

void TestTextChecks::eachRefusedClassIsFound_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Hazard>("hazard");
    QTest::addColumn<uint>("codePoint");
    QTest::addColumn<int>("position");

    QTest::newRow("bell (C0 control)") << u"Ana\u0007"_s << Hazard::Control << 0x7u << 4;
    QTest::newRow("escape (terminal sequences)") << u"\u001B[2JAna"_s << Hazard::Control << 0x1Bu << 1;
    QTest::newRow("C1 control") << u"Ana\u0085Lopez"_s << Hazard::Control << 0x85u << 4;
    QTest::newRow("line feed in a name") << u"Ana\nLopez"_s << Hazard::Control << 0xAu << 4;
    QTest::newRow("tab in a name") << u"Ana\tLopez"_s << Hazard::Control << 0x9u << 4;
    QTest::newRow("line separator U+2028") << u"1 Main St\u2028Apt 4"_s << Hazard::LineSeparator << 0x2028u << 10;
    QTest::newRow("paragraph separator U+2029") << u"Ana\u2029"_s << Hazard::LineSeparator << 0x2029u << 4;
    // Every bidirectional embedding, override and isolate.
    QTest::newRow("LRE U+202A") << u"\u202AAna"_s << Hazard::BidiControl << 0x202Au << 1;
    QTest::newRow("RLE U+202B") << u"\u202BAna"_s << Hazard::BidiControl << 0x202Bu << 1;
    QTest::newRow("PDF U+202C") << u"Ana\u202C"_s << Hazard::BidiControl << 0x202Cu << 4;
    QTest::newRow("LRO U+202D") << u"\u202DAna"_s << Hazard::BidiControl << 0x202Du << 1;
    QTest::newRow("RLO U+202E (reversed name)") << u"Ana \u202Ezepol"_s << Hazard::BidiControl << 0x202Eu << 5;
    QTest::newRow("LRI U+2066") << u"\u0645\u062D\u2066Ana"_s << Hazard::BidiControl << 0x2066u << 3;
    QTest::newRow("RLI U+2067") << u"\u2067Ana"_s << Hazard::BidiControl << 0x2067u << 1;
    QTest::newRow("FSI U+2068") << u"\u2068Ana"_s << Hazard::BidiControl << 0x2068u << 1;
    QTest::newRow("PDI U+2069") << u"Ana\u2069"_s << Hazard::BidiControl << 0x2069u << 4;
    QTest::newRow("RLM U+200F") << u"Ana\u200F"_s << Hazard::BidiControl << 0x200Fu << 4;
    // Invisible format characters other than the joiners: they make two names look alike.
    QTest::newRow("zero-width space") << u"Ana\u200BLopez"_s << Hazard::InvisibleFormat << 0x200Bu << 4;
    QTest::newRow("byte order mark") << u"\uFEFFAna"_s << Hazard::InvisibleFormat << 0xFEFFu << 1;
    QTest::newRow("soft hyphen") << u"Lo\u00ADpez"_s << Hazard::InvisibleFormat << 0xADu << 3;
    QTest::newRow("word joiner") << u"Ana\u2060"_s << Hazard::InvisibleFormat << 0x2060u << 4;
    QTest::newRow("tag character (outside the BMP)") << u"Ana\U000E0041"_s << Hazard::InvisibleFormat << 0xE0041u << 4;
    // A joiner with no letter before it joins nothing: at the start, after a space or a digit.
    QTest::newRow("ZWNJ at the start") << u"\u200CAna"_s << Hazard::StrayJoiner << 0x200Cu << 1;
    QTest::newRow("ZWJ after a space") << u"Ana \u200DLopez"_s << Hazard::StrayJoiner << 0x200Du << 5;
    QTest::newRow("ZWJ after a digit") << u"Apt 4\u200D"_s << Hazard::StrayJoiner << 0x200Du << 6;
    QTest::newRow("unassigned code point") << u"Ana\u0378"_s << Hazard::Unassigned << 0x378u << 4;
    QTest::newRow("lone high surrogate") << (u"Ana"_s + QChar(0xD800)) << Hazard::BrokenSurrogate << 0xD800u << 4;
    QTest::newRow("lone low surrogate") << (QChar(0xDC00) + u"Ana"_s) << Hazard::BrokenSurrogate << 0xDC00u << 1;
    // Positions count characters as a person does: a pair outside the BMP is one.
    QTest::newRow("position after a supplementary character")
        << u"\U00020BB7\u7530\u202E"_s << Hazard::BidiControl << 0x202Eu << 3;
}

void TestTextChecks::eachRefusedClassIsFound()
{
    QFETCH(QString, text);
    QFETCH(Hazard, hazard);
    QFETCH(uint, codePoint);
    QFETCH(int, position);
    const TextChecks::Finding found = TextChecks::firstHazard(text);
    QVERIFY(found);
    QCOMPARE(found.hazard, hazard);
    QCOMPARE(uint(found.codePoint), codePoint);
    QCOMPARE(found.position, qsizetype(position));
    QVERIFY(TextChecks::hasControlCharacters(text));
    // Free text with lines refuses all of these too.
    QVERIFY(TextChecks::hasControlCharacters(text, TextChecks::AllowLineBreaks) || hazard == Hazard::Control);
}

void TestTextChecks::lineBreaksOnlyWhereTextHasLines_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("refusedInALine");
    QTest::addColumn<bool>("refusedInLines");
    QTest::newRow("LF") << u"first\nsecond"_s << true << false;
    QTest::newRow("CR LF") << u"first\r\nsecond"_s << true << false;
    QTest::newRow("tab") << u"first\tsecond"_s << true << false;
    QTest::newRow("U+2028 is never a line break here") << u"first\u2028second"_s << true << true;
    QTest::newRow("vertical tab") << u"first\u000Bsecond"_s << true << true;
    QTest::newRow("RLO") << u"first\n\u202Esecond"_s << true << true;
}

void TestTextChecks::lineBreaksOnlyWhereTextHasLines()
{
    QFETCH(QString, text);
    QFETCH(bool, refusedInALine);
    QFETCH(bool, refusedInLines);
    QCOMPARE(TextChecks::hasControlCharacters(text, TextChecks::RejectLineBreaks), refusedInALine);
    QCOMPARE(TextChecks::hasControlCharacters(text, TextChecks::AllowLineBreaks), refusedInLines);
}

void TestTextChecks::messageNamesTheCharacterAndWhere()
{
    const QString secret = u"Valentina"_s;
    const QString message = TextChecks::describe(TextChecks::firstHazard(QString(secret + u"\u202E"_s)));
    QCOMPARE(message, u"an invisible text-direction control (U+202E) at character 10"_s);
    QVERIFY(!message.contains(secret));   // the text itself may be personal: never quoted
    QCOMPARE(TextChecks::describe(TextChecks::firstHazard(u"a\u0007"_s)), u"a control character (U+0007) at character 2"_s);
    QCOMPARE(TextChecks::describe(TextChecks::firstHazard(u"a\U000E0041"_s)),
             u"an invisible formatting character (U+E0041) at character 2"_s);
    QVERIFY(TextChecks::describe(TextChecks::firstHazard(u"fine"_s)).isEmpty());
}

QTEST_APPLESS_MAIN(TestTextChecks)
#include "TestTextChecks.moc"
