#include "core/rules/AnswerNormalizer.h"
#include "core/rules/SecurityQuestions.h"

#include <QTest>

#include <type_traits>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

Student student()
{
    Student s;
    s.studentId = u"100234567"_s;
    s.firstName = u"Ana Lucía"_s;
    s.lastName = u"García-López"_s;
    s.dateOfBirth = QDate(2014, 3, 9);
    s.grade = u"5"_s;
    s.schoolCode = u"1234"_s;
    return s;
}

Guardian adult()
{
    Guardian g;
    g.guardianId = u"G-88231"_s;
    g.firstName = u"María"_s;
    g.lastName = u"López"_s;
    g.phone = u"+12135550142"_s;
    g.address = {u"1234 W Olive Ave"_s, u"Apt 4"_s, u"Los Angeles"_s, u"CA"_s, u"90012"_s};
    return g;
}

ExpectedAnswers expected()
{
    ExpectedAnswers e(student(), adult());
    e.setEmergencyContact(u"Rosa Díaz"_s, u"(213) 555-0199"_s);
    return e;
}

SecurityQuestion wireQuestion(const QString& wire)
{
    const auto q = securityQuestionFromWire(wire);
    Q_ASSERT(q);
    return *q;
}

// The results hold a question and a verdict, nothing that could carry the expected answer.
static_assert(std::is_same_v<decltype(QuestionResult::question), SecurityQuestion>);
static_assert(std::is_same_v<decltype(QuestionResult::passed), bool>);
static_assert(sizeof(QuestionResult) <= 2 * sizeof(int));

} // namespace

class TestSecurityQuestions : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void answer_data();
    void answer();
    void grade_data();
    void grade();
    void address_data();
    void address();
    void threshold_data();
    void threshold();
    void badInput_data();
    void badInput();
    void askable();
    void emergencyContactWithoutPhone();
    void resultsNeverCarryTheRecord();
    void requiredFor();
};

void TestSecurityQuestions::answer_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("passed");

    auto row = [](const char* name, const char* q, const QString& answer, bool passed) {
        QTest::newRow(name) << QString::fromLatin1(q) << answer << passed;
    };
    // Date of birth 2014-03-09
    row("dob: US numeric", "student_dob", u"3/9/2014"_s, true);
    row("dob: US numeric, zero padded", "student_dob", u"03/09/2014"_s, true);
    row("dob: ISO", "student_dob", u"2014-03-09"_s, true);
    row("dob: day first", "student_dob", u"9/3/2014"_s, true);
    row("dob: day first with dots", "student_dob", u"09.03.2014"_s, true);
    row("dob: two-digit year", "student_dob", u"3/9/14"_s, true);
    row("dob: English month", "student_dob", u"March 9 2014"_s, true);
    row("dob: English month, comma and ordinal", "student_dob", u"march 9th, 2014"_s, true);
    row("dob: English abbreviation", "student_dob", u"Mar. 9, 2014"_s, true);
    row("dob: day before month", "student_dob", u"9 March 2014"_s, true);
    row("dob: Spanish", "student_dob", u"9 de marzo de 2014"_s, true);
    row("dob: Spanish, month first", "student_dob", u"Marzo 9, 2014"_s, true);
    row("dob: Spanish with accents and case", "student_dob", u"9 DE MARZO DEL 2014"_s, true);
    row("dob: wrong day", "student_dob", u"3/10/2014"_s, false);
    row("dob: wrong year", "student_dob", u"3/9/2015"_s, false);
    row("dob: wrong two-digit year", "student_dob", u"3/9/15"_s, false);
    row("dob: wrong month by name", "student_dob", u"9 de abril de 2014"_s, false);
    row("dob: no day", "student_dob", u"March 2014"_s, false);
    row("dob: words", "student_dob", u"in the spring"_s, false);
    row("dob: empty", "student_dob", QString(), false);
    row("dob: year first, short", "student_dob", u"14-03-09"_s, false);

    // Names: Ana Lucía García-López
    row("first: as recorded", "student_first_name", u"Ana Lucía"_s, true);
    row("first: no accent, lower case", "student_first_name", u"ana lucia"_s, true);
    row("first: hyphenated", "student_first_name", u"ANA-LUCIA"_s, true);
    row("first: only the first word", "student_first_name", u"Ana"_s, false);
    row("first: the sibling", "student_first_name", u"Ana Sofía"_s, false);
    row("last: as recorded", "student_last_name", u"García-López"_s, true);
    row("last: spaced, no accents", "student_last_name", u"garcia lopez"_s, true);
    row("last: first surname only", "student_last_name", u"Garcia"_s, true);
    row("last: second surname only", "student_last_name", u"Lopez"_s, false);
    row("last: misspelt", "student_last_name", u"Garcia Lopes"_s, false);

    // Grade 5
    row("grade: digit", "student_grade", u"5"_s, true);
    row("grade: ordinal", "student_grade", u"5th"_s, true);
    row("grade: word", "student_grade", u"fifth"_s, true);
    row("grade: with the word grade", "student_grade", u"Fifth grade"_s, true);
    row("grade: grade first", "student_grade", u"grade 5"_s, true);
    row("grade: Spanish", "student_grade", u"quinto grado"_s, true);
    row("grade: Spanish ordinal digit", "student_grade", u"5to"_s, true);
    row("grade: ordinal indicator", "student_grade", u"5º"_s, true);
    row("grade: one below", "student_grade", u"4"_s, false);
    row("grade: word below", "student_grade", u"fourth"_s, false);
    row("grade: kindergarten", "student_grade", u"K"_s, false);
    row("grade: not a grade", "student_grade", u"15"_s, false);

    // Home address 1234 W Olive Ave, Apt 4, Los Angeles CA 90012
    row("address: as recorded", "home_address", u"1234 W Olive Ave"_s, true);
    row("address: spelled out", "home_address", u"1234 West Olive Avenue"_s, true);
    row("address: no direction", "home_address", u"1234 Olive Ave"_s, true);
    row("address: no street type", "home_address", u"1234 olive"_s, true);
    row("address: everything", "home_address", u"1234 W. Olive Ave., Apt 4, Los Angeles, CA 90012"_s, true);
    row("address: unit sign and state name", "home_address", u"1234 West Olive Avenue #4, Los Angeles, California"_s,
        true);
    row("address: wrong house number", "home_address", u"1243 W Olive Ave"_s, false);
    row("address: wrong street type", "home_address", u"1234 W Olive St"_s, false);
    row("address: wrong direction", "home_address", u"1234 E Olive Ave"_s, false);
    row("address: no house number", "home_address", u"Olive Ave"_s, false);
    row("address: wrong city", "home_address", u"1234 W Olive Ave, Pasadena"_s, false);
    row("address: wrong apartment", "home_address", u"1234 W Olive Ave Apt 5"_s, false);
    row("address: other street", "home_address", u"1234 Main St"_s, false);
    row("address: empty", "home_address", QString(), false);

    // Phone +1 213 555 0142
    row("phone: punctuation", "phone", u"(213) 555-0142"_s, true);
    row("phone: dots", "phone", u"213.555.0142"_s, true);
    row("phone: +1", "phone", u"+1 213 555 0142"_s, true);
    row("phone: leading 1", "phone", u"1-213-555-0142"_s, true);
    row("phone: digits only", "phone", u"2135550142"_s, true);
    row("phone: without area code", "phone", u"555-0142"_s, false);
    row("phone: last digit wrong", "phone", u"(213) 555-0143"_s, false);
    row("phone: other country code", "phone", u"+44 213 555 0142"_s, false);
    row("phone: empty", "phone", QString(), false);

    // Emergency contact Rosa Díaz (213) 555-0199
    row("contact: name and phone", "emergency_contact", u"Rosa Díaz 213-555-0199"_s, true);
    row("contact: family name first, no accent", "emergency_contact", u"Diaz Rosa (213) 555 0199"_s, true);
    row("contact: phone missing", "emergency_contact", u"Rosa Diaz"_s, false);
    row("contact: adult's own phone", "emergency_contact", u"Rosa Diaz 213-555-0142"_s, false);
    row("contact: other person", "emergency_contact", u"Rosa Díez 213 555 0199"_s, false);
    row("contact: phone only", "emergency_contact", u"213 555 0199"_s, false);
}

void TestSecurityQuestions::answer()
{
    QFETCH(QString, question);
    QFETCH(QString, answer);
    QFETCH(bool, passed);
    const auto r = SecurityQuestions::check(expected(), {{wireQuestion(question), answer}}, 1);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->results.size(), 1);
    QCOMPARE(r->results.first().question, wireQuestion(question));
    QCOMPARE(r->results.first().passed, passed);
    QCOMPARE(r->questionsPassed(), passed ? QStringList{question} : QStringList{});
}

void TestSecurityQuestions::grade_data()
{
    QTest::addColumn<QString>("record");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("same");
    QTest::newRow("K: kindergarten") << u"K"_s << u"kindergarten"_s << true;
    QTest::newRow("K: kinder") << u"K"_s << u"Kínder"_s << true;
    QTest::newRow("K: letter") << u"K"_s << u"k"_s << true;
    QTest::newRow("K: is not TK") << u"K"_s << u"TK"_s << false;
    QTest::newRow("K: is not first") << u"K"_s << u"1"_s << false;
    QTest::newRow("TK: letters") << u"TK"_s << u"tk"_s << true;
    QTest::newRow("TK: spelled out") << u"TK"_s << u"Transitional Kindergarten"_s << true;
    QTest::newRow("TK: Spanish") << u"TK"_s << u"kínder de transición"_s << true;
    QTest::newRow("TK: is not K") << u"TK"_s << u"kindergarten"_s << false;
    QTest::newRow("1: first grade") << u"1"_s << u"first grade"_s << true;
    QTest::newRow("1: primero") << u"1"_s << u"primero"_s << true;
    QTest::newRow("1: 1st") << u"1"_s << u"1st"_s << true;
    QTest::newRow("3: tercer grado") << u"3"_s << u"tercer grado"_s << true;
    QTest::newRow("10: décimo") << u"10"_s << u"décimo"_s << true;
    QTest::newRow("12: twelfth") << u"12"_s << u"twelfth grade"_s << true;
    QTest::newRow("12: is not 1") << u"12"_s << u"1"_s << false;
    QTest::newRow("zero-padded record") << u"05"_s << u"5"_s << true;
}

void TestSecurityQuestions::grade()
{
    QFETCH(QString, record);
    QFETCH(QString, answer);
    QFETCH(bool, same);
    const auto canonical = AnswerNormalizer::grade(record);
    QVERIFY(canonical);
    QCOMPARE(AnswerNormalizer::grade(answer) == *canonical, same);

    Student s = student();
    s.grade = record;
    const auto r = SecurityQuestions::check(ExpectedAnswers(s, adult()), {{SecurityQuestion::StudentGrade, answer}}, 1);
    QVERIFY(r.ok());
    QCOMPARE(r->results.first().passed, same);
}

void TestSecurityQuestions::address_data()
{
    QTest::addColumn<QString>("line1");
    QTest::addColumn<QString>("line2");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<bool>("same");
    QTest::newRow("unit in line 1, left out") << u"1234 W Olive Ave Apt 4"_s << QString() << u"1234 Olive Ave"_s
                                              << true;
    QTest::newRow("unit in line 1, with #") << u"1234 W Olive Ave Apt 4"_s << QString() << u"1234 W Olive Ave #4"_s
                                            << true;
    QTest::newRow("unit in line 1, wrong unit") << u"1234 W Olive Ave Apt 4"_s << QString()
                                                << u"1234 W Olive Ave Apt 5"_s << false;
    QTest::newRow("numbered street spelled out") << u"500 N 4th St"_s << QString() << u"500 North Fourth Street"_s
                                                 << true;
    QTest::newRow("numbered street, type left out") << u"500 N 4th St"_s << QString() << u"500 4th"_s << true;
    QTest::newRow("numbered street, wrong number") << u"500 N 4th St"_s << QString() << u"500 5th St"_s << false;
    QTest::newRow("Saint") << u"77 St Louis Ave"_s << QString() << u"77 Saint Louis Avenue"_s << true;
    QTest::newRow("Spanish street name, accents") << u"15 Calle Ibáñez"_s << QString() << u"15 calle ibanez"_s
                                                  << true;
    QTest::newRow("boulevard") << u"88 Sunset Blvd"_s << u"Unit 2"_s << u"88 Sunset Boulevard, Unit 2"_s << true;
    QTest::newRow("house number elsewhere") << u"88 Sunset Blvd"_s << QString() << u"Sunset Blvd 88"_s << false;
    QTest::newRow("New York state name") << u"10 Main St"_s << QString() << u"10 Main Street, New York"_s << true;
}

void TestSecurityQuestions::address()
{
    QFETCH(QString, line1);
    QFETCH(QString, line2);
    QFETCH(QString, answer);
    QFETCH(bool, same);
    Address a{line1, line2, u"Los Angeles"_s, u"NY"_s, u"90012"_s};
    QCOMPARE(AnswerNormalizer::sameAddress(a, answer), same);
}

void TestSecurityQuestions::threshold_data()
{
    QTest::addColumn<int>("required");
    QTest::addColumn<QStringList>("answers");   // "question=answer"
    QTest::addColumn<QStringList>("passed");
    QTest::addColumn<bool>("met");

    QTest::newRow("three of three") << 3
        << QStringList{u"student_dob=3/9/2014"_s, u"student_grade=5th"_s, u"home_address=1234 Olive Ave"_s}
        << QStringList{u"student_dob"_s, u"student_grade"_s, u"home_address"_s} << true;
    QTest::newRow("three of four") << 3
        << QStringList{u"student_dob=3/9/2014"_s, u"phone=555 0142"_s, u"student_grade=fifth"_s,
                       u"student_last_name=Garcia Lopez"_s}
        << QStringList{u"student_dob"_s, u"student_grade"_s, u"student_last_name"_s} << true;
    QTest::newRow("two of four") << 3
        << QStringList{u"student_dob=3/9/2014"_s, u"phone=555 0142"_s, u"student_grade=fourth"_s,
                       u"student_last_name=Garcia Lopez"_s}
        << QStringList{u"student_dob"_s, u"student_last_name"_s} << false;
    QTest::newRow("blank answers fail") << 2
        << QStringList{u"student_dob="_s, u"student_first_name=Ana Lucia"_s, u"emergency_contact="_s}
        << QStringList{u"student_first_name"_s} << false;
    QTest::newRow("one required, in person") << 1 << QStringList{u"phone=213 555 0142"_s}
                                             << QStringList{u"phone"_s} << true;
    QTest::newRow("all seven") << 7
        << QStringList{u"student_dob=2014-03-09"_s, u"student_first_name=ana lucia"_s,
                       u"student_last_name=GARCIA LOPEZ"_s, u"student_grade=5"_s, u"home_address=1234 W Olive Ave"_s,
                       u"phone=2135550142"_s, u"emergency_contact=Rosa Diaz 2135550199"_s}
        << QStringList{u"student_dob"_s, u"student_first_name"_s, u"student_last_name"_s, u"student_grade"_s,
                       u"home_address"_s, u"phone"_s, u"emergency_contact"_s}
        << true;
}

void TestSecurityQuestions::threshold()
{
    QFETCH(int, required);
    QFETCH(QStringList, answers);
    QFETCH(QStringList, passed);
    QFETCH(bool, met);

    QList<SecurityAnswer> list;
    for (const QString& a : answers)
        list.append({wireQuestion(a.section(u'=', 0, 0)), a.section(u'=', 1)});
    const auto r = SecurityQuestions::check(expected(), list, required);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->results.size(), answers.size());
    QCOMPARE(r->questionsPassed(), passed);
    QCOMPARE(r->passedCount(), passed.size());
    QCOMPARE(r->required, required);
    QCOMPARE(r->thresholdMet(), met);
    QCOMPARE(r->refusal.has_value(), !met);
    if (!met) {
        QCOMPARE(toWire(r->refusal->reason), u"failed_questions"_s);
        QCOMPARE(r->refusal->nextStep, NextStep::VerifyInPerson);
    }
}

void TestSecurityQuestions::badInput_data()
{
    QTest::addColumn<int>("required");
    QTest::addColumn<QStringList>("answers");
    QTest::addColumn<bool>("withContact");
    QTest::addColumn<bool>("withPhone");
    QTest::addColumn<QString>("message");

    QTest::newRow("no answers") << 3 << QStringList{} << true << true << u"Ask at least 3"_s;
    QTest::newRow("fewer asked than must pass") << 3
        << QStringList{u"student_dob=3/9/2014"_s, u"student_grade=5"_s} << true << true << u"2 asked so far"_s;
    QTest::newRow("asked twice") << 2 << QStringList{u"student_dob=3/9/2014"_s, u"student_dob=3/9/2014"_s} << true
                                 << true << u"asked twice"_s;
    QTest::newRow("no emergency contact on record") << 1 << QStringList{u"emergency_contact=Rosa Diaz"_s} << false
                                                    << true << u"no emergency contact"_s;
    QTest::newRow("no phone on record") << 1 << QStringList{u"phone=2135550142"_s} << true << false
                                        << u"no phone number"_s;
    QTest::newRow("nothing required") << 0 << QStringList{u"phone=2135550142"_s} << true << true << u"between 1 and 7"_s;
    QTest::newRow("more than seven required") << 8 << QStringList{u"phone=2135550142"_s} << true << true
                                              << u"between 1 and 7"_s;
    QTest::newRow("answer too long") << 1 << QStringList{u"student_first_name="_s + QString(201, u'a')} << true
                                     << true << u"too long"_s;
    QTest::newRow("control characters") << 1 << QStringList{u"student_first_name=Ana\u0000"_s} << true << true
                                        << u"cannot be typed"_s;
}

void TestSecurityQuestions::badInput()
{
    QFETCH(int, required);
    QFETCH(QStringList, answers);
    QFETCH(bool, withContact);
    QFETCH(bool, withPhone);
    QFETCH(QString, message);

    Guardian g = adult();
    if (!withPhone)
        g.phone.clear();
    ExpectedAnswers e(student(), g);
    if (withContact)
        e.setEmergencyContact(u"Rosa Díaz"_s, u"(213) 555-0199"_s);
    QList<SecurityAnswer> list;
    for (const QString& a : answers)
        list.append({wireQuestion(a.section(u'=', 0, 0)), a.section(u'=', 1)});
    const auto r = SecurityQuestions::check(e, list, required);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ErrorKind::BadInput);
    QVERIFY2(r.message().contains(message), qPrintable(r.message()));
}

void TestSecurityQuestions::askable()
{
    QCOMPARE(expected().askable().size(), 7);

    Student s = student();
    s.grade = u"Ungraded"_s;
    Guardian g = adult();
    g.phone.clear();
    g.address = {};
    const ExpectedAnswers e(s, g);
    QCOMPARE(e.askable(), (QList<SecurityQuestion>{SecurityQuestion::StudentDateOfBirth,
                                                   SecurityQuestion::StudentFirstName,
                                                   SecurityQuestion::StudentLastName}));
    QVERIFY(!e.canAsk(SecurityQuestion::EmergencyContact));
}

void TestSecurityQuestions::emergencyContactWithoutPhone()
{
    ExpectedAnswers e(student(), adult());
    e.setEmergencyContact(u"Rosa de la Cruz"_s);
    const auto r = SecurityQuestions::check(e,
        {{SecurityQuestion::EmergencyContact, u"Rosa Cruz"_s}, {SecurityQuestion::Phone, u"213 555 0142"_s}}, 2);
    QVERIFY(r.ok());
    QCOMPARE(r->questionsPassed(), (QStringList{u"emergency_contact"_s, u"phone"_s}));
}

void TestSecurityQuestions::resultsNeverCarryTheRecord()
{
    // Every answer wrong: nothing in what comes back may hint at the record.
    const QList<SecurityAnswer> wrong = {
        {SecurityQuestion::StudentDateOfBirth, u"1/1/2010"_s}, {SecurityQuestion::StudentFirstName, u"Zoe"_s},
        {SecurityQuestion::StudentLastName, u"Smith"_s}, {SecurityQuestion::StudentGrade, u"2"_s},
        {SecurityQuestion::HomeAddress, u"1 Main St"_s}, {SecurityQuestion::Phone, u"818 555 0000"_s},
        {SecurityQuestion::EmergencyContact, u"Tom Jones 818 555 0001"_s}};
    const auto r = SecurityQuestions::check(expected(), wrong, 3);
    QVERIFY(r.ok());
    QCOMPARE(r->passedCount(), 0);
    QVERIFY(r->refusal);
    const QString texts = r->refusal->explanation + r->refusal->whatNext;
    for (const QString& secret : {u"2014"_s, u"Luc"_s, u"Garc"_s, u"Olive"_s, u"1234"_s, u"0142"_s, u"Rosa"_s,
                                  u"0199"_s, u"fifth"_s}) {
        QVERIFY2(!texts.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
    }
}

void TestSecurityQuestions::requiredFor()
{
    QVERIFY(SecurityQuestions::requiredFor(VerificationMethod::Video));
    QVERIFY(!SecurityQuestions::requiredFor(VerificationMethod::InPerson));
    QVERIFY(!SecurityQuestions::requiredFor(VerificationMethod::MailWaiver));
    QCOMPARE(SecurityQuestions::DefaultRequired, 3);
}

QTEST_GUILESS_MAIN(TestSecurityQuestions)
#include "TestSecurityQuestions.moc"
