#include "core/rules/IdDocumentRules.h"
#include "core/rules/OverrideReason.h"

#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

const QDate kToday(2026, 9, 1);

IdDocument document(IdType type = IdType::DriversLicense)
{
    IdDocument d;
    d.type = type;
    d.issuer = u"CA"_s;
    d.numberLast4 = u"4567"_s;
    d.expiresOn = QDate(2029, 8, 31);
    if (type == IdType::Other)
        d.otherDescription = u"Employee photo ID"_s;
    return d;
}

// "accepted", "overridden", "refused:<reason>" or "bad".
QString outcomeOf(const Result<IdCheck>& r)
{
    if (!r.ok())
        return u"bad"_s;
    if (r->refusal)
        return u"refused:"_s + toWire(r->refusal->reason);
    return r->overridden() ? u"overridden"_s : u"accepted"_s;
}

} // namespace

class TestIdDocumentRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyTypeIsAccepted_data();
    void everyTypeIsAccepted();
    void check_data();
    void check();
    void documentIsCleaned();
    void badInputMessagesAreDistinct();
    void expiredRefusalSaysWhatNext();
    void overrideReason_data();
    void overrideReason();
};

void TestIdDocumentRules::everyTypeIsAccepted_data()
{
    QTest::addColumn<int>("type");
    for (IdType t : allIdTypes())
        QTest::newRow(qPrintable(toWire(t))) << int(t);
    QCOMPARE(allIdTypes().size(), 10);
}

void TestIdDocumentRules::everyTypeIsAccepted()
{
    QFETCH(int, type);
    const auto r = IdDocumentRules::check(document(IdType(type)), kToday, {});
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r->accepted());
    QVERIFY(!r->expired);
}

void TestIdDocumentRules::check_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("issuer");
    QTest::addColumn<QString>("last4");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QDate>("issued");
    QTest::addColumn<bool>("overrideAllowed");
    QTest::addColumn<bool>("overrideAsked");
    QTest::addColumn<QString>("overrideReason");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("message");   // part of the error message, for "bad"

    const QDate future(2029, 8, 31);
    const QDate past(2025, 12, 31);
    const QDate none;
    const QString goodReason = u"Renewal receipt from the DMV shown, dated last week"_s;
    auto row = [&](const char* name) {
        return &(QTest::newRow(name) << u"drivers_license"_s << QString() << u"CA"_s << u"4567"_s);
    };

    // Accepted
    *row("current licence") << future << none << false << false << QString() << u"accepted"_s << QString();
    *row("expires today is still good") << kToday << none << false << false << QString() << u"accepted"_s << QString();
    *row("expiry exactly 20 years ahead") << kToday.addYears(20) << none << false << false << QString()
                                          << u"accepted"_s << QString();
    *row("issued today") << future << kToday << false << false << QString() << u"accepted"_s << QString();
    *row("issued in the past") << future << QDate(2021, 8, 31) << false << false << QString() << u"accepted"_s
                               << QString();
    *row("override reason for a current ID is not recorded")
        << future << none << true << true << goodReason << u"accepted"_s << QString();
    QTest::newRow("lower-case last 4") << u"passport"_s << QString() << u"Mexico"_s << u"ab12"_s << future << none
                                       << false << false << QString() << u"accepted"_s << QString();
    QTest::newRow("last 4 with spaces around") << u"state_id"_s << QString() << u"NY"_s << u" 0042 "_s << future
                                               << none << false << false << QString() << u"accepted"_s << QString();
    QTest::newRow("description ignored for a listed type")
        << u"idnyc"_s << u"x"_s << u"New York City"_s << u"9Z9Z"_s << future << none << false << false << QString()
        << u"accepted"_s << QString();

    // Expired
    *row("expired yesterday") << kToday.addDays(-1) << none << false << false << QString()
                              << u"refused:expired_id"_s << QString();
    *row("expired, override allowed but not asked for") << past << none << true << false << QString()
                                                        << u"refused:expired_id"_s << QString();
    *row("expired, supervisor override with reason") << past << none << true << true << goodReason
                                                     << u"overridden"_s << QString();
    *row("expired, override without reason") << past << none << true << true << QString() << u"bad"_s
                                             << u"Write the reason"_s;
    *row("expired, override with a short reason") << past << none << true << true << u"ok fine"_s << u"bad"_s
                                                  << u"at least 10"_s;
    *row("expired, override reason of spaces") << past << none << true << true << u"            "_s << u"bad"_s
                                               << u"Write the reason"_s;
    *row("expired, override not allowed by the district") << past << none << false << true << goodReason
                                                           << u"bad"_s << u"does not allow"_s;

    // Bad input
    QTest::newRow("other without description") << u"other"_s << QString() << u"CA"_s << u"4567"_s << future << none
                                               << false << false << QString() << u"bad"_s << u"Describe the ID"_s;
    QTest::newRow("other with blank description") << u"other"_s << u"   "_s << u"CA"_s << u"4567"_s << future
                                                  << none << false << false << QString() << u"bad"_s
                                                  << u"Describe the ID"_s;
    QTest::newRow("other with 2-character description") << u"other"_s << u"ID"_s << u"CA"_s << u"4567"_s << future
                                                        << none << false << false << QString() << u"bad"_s
                                                        << u"3 to 80"_s;
    QTest::newRow("other with 81-character description")
        << u"other"_s << QString(81, u'a') << u"CA"_s << u"4567"_s << future << none << false << false << QString()
        << u"bad"_s << u"3 to 80"_s;
    QTest::newRow("other with a number in the description")
        << u"other"_s << u"Work badge 123456789"_s << u"CA"_s << u"4567"_s << future << none << false << false
        << QString() << u"bad"_s << u"ID number"_s;
    QTest::newRow("no issuer") << u"passport"_s << QString() << u"  "_s << u"4567"_s << future << none << false
                               << false << QString() << u"bad"_s << u"who issued"_s;
    QTest::newRow("issuer of one character") << u"passport"_s << QString() << u"C"_s << u"4567"_s << future << none
                                             << false << false << QString() << u"bad"_s << u"2 to 60"_s;
    QTest::newRow("issuer of 61 characters") << u"passport"_s << QString() << QString(61, u'x') << u"4567"_s
                                             << future << none << false << false << QString() << u"bad"_s
                                             << u"2 to 60"_s;
    QTest::newRow("issuer with a control character") << u"passport"_s << QString() << u"C\u0007A"_s << u"4567"_s
                                                     << future << none << false << false << QString() << u"bad"_s
                                                     << u"cannot be printed"_s;
    QTest::newRow("issuer with a bidi override") << u"passport"_s << QString() << u"\u202EAC"_s << u"4567"_s
                                                 << future << none << false << false << QString() << u"bad"_s
                                                 << u"cannot be printed"_s;
    QTest::newRow("ID number typed as issuer") << u"drivers_license"_s << QString() << u"D1234567"_s << u"4567"_s
                                               << future << none << false << false << QString() << u"bad"_s
                                               << u"never its number"_s;
    QTest::newRow("last 4 of 3 characters") << u"drivers_license"_s << QString() << u"CA"_s << u"567"_s << future
                                            << none << false << false << QString() << u"bad"_s << u"exactly 4"_s;
    QTest::newRow("last 4 of 5 characters") << u"drivers_license"_s << QString() << u"CA"_s << u"34567"_s << future
                                            << none << false << false << QString() << u"bad"_s
                                            << u"never the whole number"_s;
    QTest::newRow("full number as last 4") << u"drivers_license"_s << QString() << u"CA"_s << u"D1234567"_s
                                           << future << none << false << false << QString() << u"bad"_s
                                           << u"never the whole number"_s;
    QTest::newRow("empty last 4") << u"drivers_license"_s << QString() << u"CA"_s << QString() << future << none
                                  << false << false << QString() << u"bad"_s << u"Enter the last 4"_s;
    QTest::newRow("last 4 with a dash") << u"drivers_license"_s << QString() << u"CA"_s << u"45-7"_s << future
                                        << none << false << false << QString() << u"bad"_s << u"A to Z"_s;
    QTest::newRow("last 4 with an accented letter") << u"drivers_license"_s << QString() << u"CA"_s << u"É123"_s
                                                    << future << none << false << false << QString() << u"bad"_s
                                                    << u"A to Z"_s;
    *row("no expiry date") << none << none << false << false << QString() << u"bad"_s << u"expiry date printed"_s;
    *row("expiry more than 20 years ahead") << kToday.addYears(20).addDays(1) << none << false << false << QString()
                                            << u"bad"_s << u"more than 20 years"_s;
    *row("expiry in year 1026") << QDate(1026, 9, 1) << none << false << false << QString() << u"bad"_s
                                << u"check the year"_s;
    *row("issue date in the future") << future << kToday.addDays(1) << false << false << QString() << u"bad"_s
                                     << u"issue date is in the future"_s;
    *row("issue date after the expiry") << QDate(2026, 1, 1) << QDate(2026, 2, 1) << false << false << QString()
                                        << u"bad"_s << u"after the expiry"_s;
}

void TestIdDocumentRules::check()
{
    QFETCH(QString, type);
    QFETCH(QString, description);
    QFETCH(QString, issuer);
    QFETCH(QString, last4);
    QFETCH(QDate, expires);
    QFETCH(QDate, issued);
    QFETCH(bool, overrideAllowed);
    QFETCH(bool, overrideAsked);
    QFETCH(QString, overrideReason);
    QFETCH(QString, outcome);
    QFETCH(QString, message);

    IdDocument d;
    d.type = *idTypeFromWire(type);
    d.otherDescription = description;
    d.issuer = issuer;
    d.numberLast4 = last4;
    d.expiresOn = expires;
    IdCheckPolicy policy;
    policy.expiredOverrideAllowed = overrideAllowed;
    const std::optional<QString> reason = overrideAsked ? std::optional<QString>(overrideReason) : std::nullopt;

    const auto r = IdDocumentRules::check(d, kToday, policy, reason, issued);
    QCOMPARE(outcomeOf(r), outcome);
    if (!r.ok()) {
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
        QVERIFY2(r.message().contains(message), qPrintable(r.message()));
    } else {
        QCOMPARE(r->expired, expires < kToday);
    }
}

void TestIdDocumentRules::documentIsCleaned()
{
    IdDocument d = document(IdType::ConsularId);
    d.issuer = u"  Consulado   de México  "_s;
    d.numberLast4 = u" ab1z"_s;
    d.otherDescription = u"left over from another type"_s;
    d.capturedBy = CapturedBy::Barcode;
    const auto r = IdDocumentRules::check(d, kToday, {});
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r->document.issuer, u"Consulado de México"_s);
    QCOMPARE(r->document.numberLast4, u"AB1Z"_s);
    QVERIFY(r->document.otherDescription.isEmpty());
    QCOMPARE(r->document.capturedBy, CapturedBy::Barcode);
    QCOMPARE(r->document.expiresOn, d.expiresOn);

    IdDocument other = document(IdType::Other);
    other.otherDescription = u"  Employee   photo ID "_s;
    const auto o = IdDocumentRules::check(other, kToday, {});
    QVERIFY(o.ok());
    QCOMPARE(o->document.otherDescription, u"Employee photo ID"_s);

    IdCheckPolicy allow;
    allow.expiredOverrideAllowed = true;
    IdDocument expired = document();
    expired.expiresOn = QDate(2026, 8, 1);
    const auto e = IdDocumentRules::check(expired, kToday, allow, u"  Renewal receipt\nshown at the counter "_s);
    QVERIFY(e.ok());
    QVERIFY(e->accepted() && e->overridden() && e->expired);
    QCOMPARE(e->overrideReason, u"Renewal receipt shown at the counter"_s);
}

void TestIdDocumentRules::badInputMessagesAreDistinct()
{
    // Each mistake tells the clerk what to fix: no two different mistakes share a message.
    QStringList messages;
    messages << IdDocumentRules::last4(QString()).message() << IdDocumentRules::last4(u"123"_s).message()
             << IdDocumentRules::last4(u"12345"_s).message() << IdDocumentRules::last4(u"12.4"_s).message()
             << IdDocumentRules::issuer(QString()).message() << IdDocumentRules::issuer(u"X"_s).message()
             << IdDocumentRules::issuer(u"123"_s).message() << IdDocumentRules::issuer(u"A\u0001B"_s).message()
             << IdDocumentRules::issuer(u"CA 1234567"_s).message()
             << IdDocumentRules::otherDescription(IdType::Other, QString()).message()
             << IdDocumentRules::otherDescription(IdType::Other, u"ab"_s).message()
             << IdDocumentRules::otherDescription(IdType::Other, u"Badge 123456"_s).message()
             << IdDocumentRules::expiry(QDate(), kToday).message()
             << IdDocumentRules::expiry(QDate(2050, 1, 1), kToday).message()
             << IdDocumentRules::expiry(QDate(1800, 1, 1), kToday).message()
             << IdDocumentRules::issueDate(QDate(2027, 1, 1), QDate(2030, 1, 1), kToday).message()
             << IdDocumentRules::issueDate(QDate(2026, 5, 1), QDate(2026, 4, 1), kToday).message();
    for (const QString& m : messages)
        QVERIFY2(!m.isEmpty(), "every case above is bad input");
    QCOMPARE(QSet<QString>(messages.begin(), messages.end()).size(), messages.size());
}

void TestIdDocumentRules::expiredRefusalSaysWhatNext()
{
    IdDocument d = document();
    d.expiresOn = QDate(2020, 1, 1);
    const auto strict = IdDocumentRules::check(d, kToday, {});
    QVERIFY(strict.ok() && strict->refusal);
    QCOMPARE(strict->refusal->nextStep, NextStep::BringValidId);
    QVERIFY(!strict->refusal->whatNext.contains(u"supervisor"_s));

    IdCheckPolicy allow;
    allow.expiredOverrideAllowed = true;
    const auto lenient = IdDocumentRules::check(d, kToday, allow);
    QVERIFY(lenient.ok() && lenient->refusal);
    QVERIFY(lenient->refusal->whatNext.contains(u"supervisor"_s));
    // The refusal may become the event's note: no ID detail in it.
    QVERIFY(!lenient->refusal->explanation.contains(u"2020"_s));
    QVERIFY(!lenient->refusal->explanation.contains(u"4567"_s));
}

void TestIdDocumentRules::overrideReason_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");   // empty: bad input
    QTest::newRow("plain") << u"Name changed at marriage, certificate shown"_s
                           << u"Name changed at marriage, certificate shown"_s;
    QTest::newRow("exactly ten characters") << u"Seen by AP"_s << u"Seen by AP"_s;
    QTest::newRow("white space simplified") << u"  Renewal\n\treceipt   shown "_s << u"Renewal receipt shown"_s;
    QTest::newRow("Spanish") << u"Recibo de renovación del DMV"_s << u"Recibo de renovación del DMV"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("nine characters") << u"Seen by A"_s << QString();
    QTest::newRow("ten characters only after trimming") << u"   short    "_s << QString();
    QTest::newRow("no letters") << u"..........."_s << QString();
    QTest::newRow("holds an ID number") << u"Licence D1234567 renewed"_s << QString();
    QTest::newRow("control character") << u"Renewal receipt\u0007 shown"_s << QString();
    QTest::newRow("too long") << QString(501, u'a') << QString();
}

void TestIdDocumentRules::overrideReason()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const auto r = OverrideReason::validate(text);
    QCOMPARE(r.ok(), !expected.isEmpty());
    if (r.ok())
        QCOMPARE(*r, expected);
    else
        QCOMPARE(r.error().kind, ErrorKind::BadInput);
}

QTEST_GUILESS_MAIN(TestIdDocumentRules)
#include "TestIdDocumentRules.moc"
