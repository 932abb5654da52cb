#include "core/rules/IssuanceRules.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

// Which verification may issue keys: IssuanceRules, the one place that decides it.
class TestIssuanceRules : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decides_data();
    void decides();
};

void TestIssuanceRules::decides_data()
{
    QTest::addColumn<bool>("verified");
    QTest::addColumn<int>("method");
    QTest::addColumn<int>("minutesAgo");
    QTest::addColumn<bool>("hasLetter");
    QTest::addColumn<bool>("byMail");
    QTest::addColumn<QString>("refusal");   // empty: may issue
    const int inPerson = int(VerificationMethod::InPerson);
    const int waiver = int(VerificationMethod::MailWaiver);
    QTest::newRow("fresh, in person") << true << inPerson << 5 << false << false << QString();
    QTest::newRow("at the limit") << true << inPerson << 30 << false << false << QString();
    QTest::newRow("a minute past the limit") << true << inPerson << 31 << false << false << u"verify the adult again"_s;
    QTest::newRow("from the future") << true << inPerson << -10 << false << false << u"verify the adult again"_s;
    QTest::newRow("refused adult") << false << inPerson << 1 << false << false << u"not verified"_s;
    QTest::newRow("second letter") << true << inPerson << 1 << true << false << u"already issued"_s;
    QTest::newRow("waiver handed over") << true << waiver << 1 << false << false << u"by mail"_s;
    QTest::newRow("waiver by mail") << true << waiver << 1 << false << true << QString();
    QTest::newRow("video by mail") << true << int(VerificationMethod::Video) << 1 << false << true << QString();
}

void TestIssuanceRules::decides()
{
    QFETCH(bool, verified);
    QFETCH(int, method);
    QFETCH(int, minutesAgo);
    QFETCH(bool, hasLetter);
    QFETCH(bool, byMail);
    QFETCH(QString, refusal);
    IssuanceFacts f;
    f.verified = verified;
    f.method = VerificationMethod(method);
    f.now = QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC);
    f.verifiedAt = f.now.addSecs(-qint64(minutesAgo) * 60);
    f.maxAgeMinutes = IssuanceRules::DefaultMaxAgeMinutes;
    f.hasLetterAlready = hasLetter;
    f.delivery = byMail ? KeyDelivery::Mail : KeyDelivery::InPerson;
    const Status s = IssuanceRules::check(f);
    if (refusal.isEmpty()) {
        QVERIFY2(s.ok(), qPrintable(s.message()));
    } else {
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(refusal), qPrintable(s.message()));
    }
}

QTEST_GUILESS_MAIN(TestIssuanceRules)
#include "TestIssuanceRules.moc"
