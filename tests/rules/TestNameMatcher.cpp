#include "core/rules/NameMatcher.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestNameMatcher : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void compare_data();
    void compare();
    void badInput_data();
    void badInput();
    void fromIdDocument();
    void mismatchRefusal();
    void answers_data();
    void answers();
};

void TestNameMatcher::compare_data()
{
    QTest::addColumn<QString>("idGiven");
    QTest::addColumn<QString>("idFamily");
    QTest::addColumn<QString>("recordFirst");
    QTest::addColumn<QString>("recordLast");
    QTest::addColumn<bool>("exact");
    QTest::addColumn<QString>("explains");   // part of the explanation

    auto exact = [](const char* name, const QString& g, const QString& f, const QString& rf, const QString& rl,
                    const QString& explains = QString()) {
        QTest::newRow(name) << g << f << rf << rl << true << explains;
    };
    auto override = [](const char* name, const QString& g, const QString& f, const QString& rf, const QString& rl,
                       const QString& explains) {
        QTest::newRow(name) << g << f << rf << rl << false << explains;
    };

    // Case, accents, hyphens, spaces
    exact("same", u"Ana"_s, u"Lopez"_s, u"Ana"_s, u"Lopez"_s, u"matches the record."_s);
    exact("upper case, no accents", u"MARIA JOSE"_s, u"GARCIA"_s, u"María José"_s, u"García"_s);
    exact("es: hyphenated compound surname", u"ANA LUCIA"_s, u"GARCIA LOPEZ"_s, u"Ana Lucía"_s, u"García-López"_s);
    exact("es: compound surname in one word", u"ANA"_s, u"GARCIALOPEZ"_s, u"Ana"_s, u"García-López"_s);
    exact("es: hyphen on the ID, space in the record", u"Ana"_s, u"García-López"_s, u"Ana"_s, u"García López"_s);
    exact("en: apostrophe", u"LIAM"_s, u"OBRIEN"_s, u"Liam"_s, u"O'Brien"_s);
    exact("en: hyphenated given name", u"MARY KATE"_s, u"SMITH"_s, u"Mary-Kate"_s, u"Smith"_s);
    exact("fr: accents", u"HELENE"_s, u"LEFEVRE"_s, u"Hélène"_s, u"Lefèvre"_s);
    exact("ht: compound surname", u"JEAN CLAUDE"_s, u"JEAN BAPTISTE"_s, u"Jean-Claude"_s, u"Jean-Baptiste"_s);
    exact("ht: compound surname joined", u"WILNER"_s, u"SAINTFLEUR"_s, u"Wilner"_s, u"Saint-Fleur"_s);
    exact("hy: Ter- prefix with a space", u"ARAM"_s, u"TER PETROSYAN"_s, u"Aram"_s, u"Ter-Petrosyan"_s);
    exact("hy: Ter- prefix joined", u"ARAM"_s, u"TERPETROSYAN"_s, u"Aram"_s, u"Ter-Petrosyan"_s);
    exact("ko: hyphenated given name", u"MIN-JUN"_s, u"KIM"_s, u"Min-jun"_s, u"Kim"_s);
    exact("ko: given name joined", u"MINJUN"_s, u"KIM"_s, u"Min-jun"_s, u"Kim"_s);
    exact("ko: given name spaced", u"MIN JUN"_s, u"KIM"_s, u"Min-jun"_s, u"Kim"_s);
    exact("ko: family first on the ID", u"KIM"_s, u"MIN JUN"_s, u"Min-jun"_s, u"Kim"_s, u"other order"_s);
    exact("vi: Nguyễn Thị folded", u"THI LAN"_s, u"NGUYEN"_s, u"Thị Lan"_s, u"Nguyễn"_s);
    exact("vi: Đặng with a stroke", u"VAN MINH"_s, u"DANG"_s, u"Văn Minh"_s, u"Đặng"_s);
    exact("vi: US licence puts Thi as middle name", u"LAN THI"_s, u"NGUYEN"_s, u"Thị Lan"_s, u"Nguyễn"_s,
          u"given names in another order"_s);
    exact("vi: passport order swapped", u"NGUYEN"_s, u"THI LAN"_s, u"Thị Lan"_s, u"Nguyễn"_s, u"other order"_s);
    exact("vi: whole name in one field, family first", u"NGUYEN VAN MINH"_s, QString(), u"Văn Minh"_s,
          u"Nguyễn"_s, u"splits the same names"_s);
    exact("zh: romanised", u"WEI"_s, u"WANG"_s, u"Wei"_s, u"Wang"_s);
    exact("zh: order swapped", u"WANG"_s, u"WEI"_s, u"Wei"_s, u"Wang"_s, u"other order"_s);
    exact("zh: two-syllable given name joined", u"XIUYING"_s, u"LI"_s, u"Xiu Ying"_s, u"Li"_s);
    exact("zh: given name joined and order swapped", u"LI"_s, u"XIUYING"_s, u"Xiu Ying"_s, u"Li"_s);
    exact("zh: whole name in the family field", QString(), u"ZHANG ZHI WEI"_s, u"Zhi Wei"_s, u"Zhang"_s);
    exact("zh: same words split differently between the fields", u"XIU"_s, u"YING LI"_s, u"Xiu Ying"_s, u"Li"_s,
          u"splits the same names"_s);
    exact("zh: Han characters", u"伟"_s, u"王"_s, u"伟"_s, u"王"_s);
    exact("ru: feminine surname", u"ANASTASIA"_s, u"IVANOVA"_s, u"Anastasia"_s, u"Ivanova"_s);
    exact("fa: Persian", u"SHIRIN"_s, u"MOHAMMADI"_s, u"Shirin"_s, u"Mohammadi"_s);
    exact("bn: short surname", u"RUPA"_s, u"DAS"_s, u"Rupa"_s, u"Das"_s);

    // Particles
    exact("tl: dela = de la", u"JOSE MARI"_s, u"DELA CRUZ"_s, u"Jose Mari"_s, u"de la Cruz"_s);
    exact("tl: de la = dela", u"Jose Mari"_s, u"de la Cruz"_s, u"Jose Mari"_s, u"dela Cruz"_s);
    exact("tl: DELACRUZ", u"ROWENA"_s, u"DELACRUZ"_s, u"Rowena"_s, u"dela Cruz"_s);
    exact("tl: delos = de los", u"ARIEL"_s, u"DELOS SANTOS"_s, u"Ariel"_s, u"de los Santos"_s);
    exact("es: particle dropped on the ID", u"JUAN"_s, u"CRUZ"_s, u"Juan"_s, u"de la Cruz"_s, u"particle"_s);
    exact("es: particle only on the ID", u"JUAN"_s, u"DE LA CRUZ"_s, u"Juan"_s, u"Cruz"_s, u"particle"_s);
    exact("es: de León", u"DIEGO"_s, u"LEON"_s, u"Diego"_s, u"de León"_s, u"particle"_s);
    exact("es: particle inside a compound", u"ANA"_s, u"GARCIA CRUZ"_s, u"Ana"_s, u"García de la Cruz"_s);
    exact("ar: Al- hyphenated", u"OMAR"_s, u"AL-SAYED"_s, u"Omar"_s, u"Al-Sayed"_s);
    exact("ar: Al joined", u"OMAR"_s, u"ALSAYED"_s, u"Omar"_s, u"Al-Sayed"_s);
    exact("ar: Al spaced", u"OMAR"_s, u"AL SAYED"_s, u"Omar"_s, u"Al-Sayed"_s);
    exact("ar: Al dropped", u"OMAR"_s, u"SAYED"_s, u"Omar"_s, u"Al-Sayed"_s, u"particle"_s);
    exact("ar: El-Amin joined", u"LAYLA"_s, u"ELAMIN"_s, u"Layla"_s, u"El-Amin"_s);
    exact("ar: El dropped", u"LAYLA"_s, u"AMIN"_s, u"Layla"_s, u"El-Amin"_s, u"particle"_s);
    exact("ar: El and Al are the same article", u"LAYLA"_s, u"AL AMIN"_s, u"Layla"_s, u"El-Amin"_s, u"particle"_s);
    exact("ar: bin", u"AHMED"_s, u"BIN KHALID"_s, u"Ahmed"_s, u"Khalid"_s, u"particle"_s);
    exact("pt: dos", u"JOAO"_s, u"SANTOS"_s, u"João"_s, u"dos Santos"_s, u"particle"_s);
    exact("nl: van der", u"ANNA"_s, u"BERG"_s, u"Anna"_s, u"van der Berg"_s, u"particle"_s);

    // Middle names, initials, second surname
    exact("middle name on the ID", u"ANA MARIA"_s, u"LOPEZ"_s, u"Ana"_s, u"Lopez"_s, u"middle name"_s);
    exact("goes by the second given name", u"MARIA FERNANDA"_s, u"LOPEZ"_s, u"Fernanda"_s, u"Lopez"_s,
          u"middle name"_s);
    exact("record middle initial spelled out", u"JOHN MICHAEL"_s, u"SMITH"_s, u"John M."_s, u"Smith"_s,
          u"middle initial"_s);
    exact("middle initial on both", u"JOHN M"_s, u"SMITH"_s, u"John M."_s, u"Smith"_s);
    exact("tl: abbreviation as printed", u"MA THERESA"_s, u"SANTOS"_s, u"Ma. Theresa"_s, u"Santos"_s);
    exact("es: second surname on the ID only", u"MARIA"_s, u"GARCIA LOPEZ"_s, u"María"_s, u"García"_s,
          u"second family name"_s);
    exact("es: both surnames and a middle name", u"MARIA JOSE"_s, u"HERNANDEZ RAMIREZ"_s, u"María"_s,
          u"Hernández"_s);

    // Needs an override
    override("different family name by one letter", u"ANA"_s, u"LOPES"_s, u"Ana"_s, u"Lopez"_s,
             u"family names differ"_s);
    override("ru: Ivanova is not Ivanov", u"ANASTASIA"_s, u"IVANOVA"_s, u"Anastasia"_s, u"Ivanov"_s,
             u"family names differ"_s);
    override("ru: Ivanov is not Ivanova", u"ANASTASIA"_s, u"IVANOV"_s, u"Anastasia"_s, u"Ivanova"_s,
             u"family names differ"_s);
    override("ru: Smirnova / Smirnov swapped order", u"SMIRNOV"_s, u"OLGA"_s, u"Olga"_s, u"Smirnova"_s,
             QString());
    override("es: second surname missing on the ID", u"MARIA"_s, u"GARCIA"_s, u"María"_s, u"García López"_s,
             u"does not show every family name"_s);
    override("es: only the second surname on the record", u"MARIA"_s, u"GARCIA LOPEZ"_s, u"María"_s,
             u"López"_s, u"family names differ"_s);
    override("es: surnames in the other order", u"ANA"_s, u"LOPEZ GARCIA"_s, u"Ana"_s, u"García López"_s,
             u"family names differ"_s);
    override("given names in another order and one missing", u"MARIA"_s, u"LOPEZ"_s, u"Ana María"_s,
             u"Lopez"_s, u"not on the ID"_s);
    override("different given name", u"JOSE"_s, u"GARCIA"_s, u"Juan"_s, u"García"_s, u"given names differ"_s);
    override("initial only on the ID", u"A"_s, u"LOPEZ"_s, u"Ana"_s, u"Lopez"_s, u"only an initial"_s);
    override("initial on the ID for a middle name", u"ANA M"_s, u"LOPEZ"_s, u"Ana María"_s, u"Lopez"_s,
             u"only an initial"_s);
    override("record given name missing on the ID", u"ANA"_s, u"LOPEZ"_s, u"Ana María"_s, u"Lopez"_s,
             u"not on the ID"_s);
    override("record first initial does not match a name", u"JANE"_s, u"SMITH"_s, u"J."_s, u"Smith"_s,
             u"given names differ"_s);
    override("tl: Ma. is not spelled out", u"MARIA THERESA"_s, u"SANTOS"_s, u"Ma. Theresa"_s, u"Santos"_s,
             u"given names differ"_s);
    override("hy: Ter- is part of the name", u"ARAM"_s, u"PETROSYAN"_s, u"Aram"_s, u"Ter-Petrosyan"_s,
             u"does not show every family name"_s);
    override("hy: Ter- only on the ID", u"ARAM"_s, u"TER-PETROSYAN"_s, u"Aram"_s, u"Petrosyan"_s,
             u"family names differ"_s);
    override("ko: different given name", u"MIN-SEO"_s, u"KIM"_s, u"Min-jun"_s, u"Kim"_s, u"given names differ"_s);
    override("ko: Lee / Yi", u"MIN-JUN"_s, u"YI"_s, u"Min-jun"_s, u"Lee"_s, u"family names differ"_s);
    override("vi: Thi dropped on the ID", u"LAN"_s, u"NGUYEN"_s, u"Thị Lan"_s, u"Nguyễn"_s, u"not on the ID"_s);
    override("vi: sisters", u"THI HUONG"_s, u"NGUYEN"_s, u"Thị Lan"_s, u"Nguyễn"_s, u"given names differ"_s);
    override("zh: Wong is not Wang", u"WEI"_s, u"WONG"_s, u"Wei"_s, u"Wang"_s, u"family names differ"_s);
    override("ar: different family behind the article", u"OMAR"_s, u"AL-MASRI"_s, u"Omar"_s, u"Al-Sayed"_s,
             u"family names differ"_s);
    override("tl: de la Cruz is not de la Rosa", u"JOSE"_s, u"DE LA ROSA"_s, u"Jose"_s, u"de la Cruz"_s,
             u"family names differ"_s);
    override("particle is not the whole name", u"ANA"_s, u"DEL"_s, u"Ana"_s, u"de la Cruz"_s,
             u"family names differ"_s);
    override("another person altogether", u"JAMES"_s, u"SMITH"_s, u"Ana"_s, u"Lopez"_s, u"not the name on record"_s);
    override("same words, one extra family word in front", u"ANA"_s, u"DIAZ LOPEZ"_s, u"Ana"_s, u"Lopez"_s,
             u"family names differ"_s);
}

void TestNameMatcher::compare()
{
    QFETCH(QString, idGiven);
    QFETCH(QString, idFamily);
    QFETCH(QString, recordFirst);
    QFETCH(QString, recordLast);
    QFETCH(bool, exact);
    QFETCH(QString, explains);

    const auto r = NameMatcher::compare(idGiven, idFamily, recordFirst, recordLast);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY2((r->match == NameMatch::Exact) == exact, qPrintable(r->explanation));
    QVERIFY(!r->explanation.isEmpty());
    QVERIFY2(r->explanation.contains(explains), qPrintable(r->explanation));
}

void TestNameMatcher::badInput_data()
{
    QTest::addColumn<QString>("idGiven");
    QTest::addColumn<QString>("idFamily");
    QTest::addColumn<QString>("recordFirst");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty ID name") << QString() << u"  "_s << u"Ana"_s << u"Type the name"_s;
    QTest::newRow("only punctuation") << u"--"_s << u"."_s << u"Ana"_s << u"Type the name"_s;
    QTest::newRow("digits") << u"ANA2"_s << u"LOPEZ"_s << u"Ana"_s << u"digits"_s;
    QTest::newRow("ID number in the family name") << u"ANA"_s << u"D1234567"_s << u"Ana"_s << u"digits"_s;
    QTest::newRow("bidi override") << u"\u202EANA"_s << u"LOPEZ"_s << u"Ana"_s << u"cannot be printed"_s;
    QTest::newRow("too long") << QString(101, u'a') << u"LOPEZ"_s << u"Ana"_s << u"longer than 100"_s;
    QTest::newRow("no record name") << u"ANA"_s << u"LOPEZ"_s << QString() << u"record has no name"_s;
}

void TestNameMatcher::badInput()
{
    QFETCH(QString, idGiven);
    QFETCH(QString, idFamily);
    QFETCH(QString, recordFirst);
    QFETCH(QString, message);
    const QString recordLast = recordFirst.isEmpty() ? QString() : u"Lopez"_s;
    const auto r = NameMatcher::compare(idGiven, idFamily, recordFirst, recordLast);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestNameMatcher::fromIdDocument()
{
    IdDocument d;
    d.givenNames = u"MARIA"_s;
    d.familyNames = u"GARCIA LOPEZ"_s;
    const auto r = NameMatcher::compare(d, u"María"_s, u"García"_s);
    QVERIFY(r.ok());
    QCOMPARE(r->match, NameMatch::Exact);
    QCOMPARE(toWire(r->match), u"exact"_s);
}

void TestNameMatcher::mismatchRefusal()
{
    const Refusal r = NameMatcher::mismatchRefusal();
    QCOMPARE(toWire(r.reason), u"name_mismatch"_s);
    QCOMPARE(r.nextStep, NextStep::CorrectName);
    QVERIFY(!r.explanation.isEmpty() && !r.whatNext.isEmpty());
}

void TestNameMatcher::answers_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("record");
    QTest::addColumn<bool>("same");

    QTest::newRow("given: same") << u"given"_s << u"ana lucia"_s << u"Ana Lucía"_s << true;
    QTest::newRow("given: hyphen") << u"given"_s << u"Min Jun"_s << u"Min-jun"_s << true;
    QTest::newRow("given: joined") << u"given"_s << u"Analucia"_s << u"Ana Lucía"_s << true;
    QTest::newRow("given: part only") << u"given"_s << u"Ana"_s << u"Ana Lucía"_s << false;
    QTest::newRow("given: other spelling") << u"given"_s << u"Anna"_s << u"Ana"_s << false;
    QTest::newRow("given: empty") << u"given"_s << QString() << u"Ana"_s << false;
    QTest::newRow("family: compound") << u"family"_s << u"garcia lopez"_s << u"García-López"_s << true;
    QTest::newRow("family: first surname only") << u"family"_s << u"Garcia"_s << u"García-López"_s << true;
    QTest::newRow("family: extra second surname") << u"family"_s << u"Garcia Lopez"_s << u"García"_s << true;
    QTest::newRow("family: second surname only") << u"family"_s << u"Lopez"_s << u"García-López"_s << false;
    QTest::newRow("family: particle") << u"family"_s << u"Cruz"_s << u"dela Cruz"_s << true;
    QTest::newRow("family: Ivanov / Ivanova") << u"family"_s << u"Ivanov"_s << u"Ivanova"_s << false;
    QTest::newRow("family: empty") << u"family"_s << u" "_s << u"Lopez"_s << false;
    QTest::newRow("full: same") << u"full"_s << u"Rosa Díaz"_s << u"Rosa Diaz"_s << true;
    QTest::newRow("full: family first") << u"full"_s << u"Diaz Rosa"_s << u"Rosa Díaz"_s << true;
    QTest::newRow("full: particle") << u"full"_s << u"Rosa Cruz"_s << u"Rosa de la Cruz"_s << true;
    QTest::newRow("full: first name only") << u"full"_s << u"Rosa"_s << u"Rosa Díaz"_s << false;
    QTest::newRow("full: other person") << u"full"_s << u"Rosa Díez"_s << u"Rosa Díaz"_s << false;
}

void TestNameMatcher::answers()
{
    QFETCH(QString, kind);
    QFETCH(QString, answer);
    QFETCH(QString, record);
    QFETCH(bool, same);
    if (kind == u"given")
        QCOMPARE(NameMatcher::sameGivenName(answer, record), same);
    else if (kind == u"family")
        QCOMPARE(NameMatcher::sameFamilyName(answer, record), same);
    else
        QCOMPARE(NameMatcher::sameFullName(answer, record), same);
}

QTEST_GUILESS_MAIN(TestNameMatcher)
#include "TestNameMatcher.moc"
