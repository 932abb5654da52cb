#include "StorageTestUtil.h"

#include "core/crypto/RsaOaep.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/AuditLog.h"
#include "storage/LetterQueue.h"
#include "storage/StaffService.h"
#include "storage/RosterImport.h"
#include "storage/Settings.h"
#include "storage/VerificationService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

IdDocument licence(const QString& given, const QString& family, QDate expires = QDate(2030, 1, 31))
{
    IdDocument d;
    d.type = IdType::DriversLicense;
    d.issuer = u"CA"_s;
    d.numberLast4 = u"4567"_s;
    d.expiresOn = expires;
    d.givenNames = given;
    d.familyNames = family;
    return d;
}

} // namespace

class TestVerification : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void inPersonVerifiesAndIssuesForEveryEligibleChild();
    void refusalsAreRecordedWithTheirReason_data();
    void refusalsAreRecordedWithTheirReason();
    void badInputRecordsNothing_data();
    void badInputRecordsNothing();
    void nameOverrideAndExpiredOverride();
    void videoNeedsQuestions();
    void issuanceRules();
    void expiredIdNeedsAnAdministratorsPassword();
    void aNewLetterTakesOverTheLinksOfAnOlderOne();
    void onlyFrontDeskVerifiesAndIssues();
    void mailNeedsAnAddress();

private:
    Result<VerificationOutcome> verifyMother(VerificationMethod method = VerificationMethod::InPerson);
    int count(const QString& sql);

    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 9, 14), QTime(16, 0), Qt::UTC)};
    std::unique_ptr<Database> m_db;
    QByteArray m_districtPrivate;
    QString m_publicPath;
    int m_n = 0;
    const Actor m_desk{u"frontdesk"_s, {}, Roles(Role::FrontDesk)};
};

void TestVerification::initTestCase()
{
    auto pair = crypto::generateRsaKeyPairPem(2048);
    QVERIFY(pair);
    m_districtPrivate = pair->first;
    m_publicPath = m_dir.filePath(u"district-public.pem"_s);
    QFile f(m_publicPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pair->second);
}

void TestVerification::init()
{
    m_db.reset();
    QDir(m_dir.path()).mkdir(QString::number(++m_n));
    m_db = test::openOrFail(m_dir.filePath(u"%1/v.db"_s.arg(m_n)), &m_clock);
    QVERIFY(m_db);
    Settings settings(*m_db);
    QVERIFY(settings.set(test::admin(), Settings::DistrictPublicKeyFile, m_publicPath));
    QVERIFY(test::seedFamily(*m_db));
}

int TestVerification::count(const QString& sql)
{
    auto q = m_db->exec(sql);
    return q && q->next() ? q->value(0).toInt() : -1;
}

Result<VerificationOutcome> TestVerification::verifyMother(VerificationMethod method)
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.method = method;
    r.id = licence(u"MARIA JOSE"_s, u"LOPEZ"_s);
    r.photoMatches = true;
    return VerificationService(*m_db).verify(m_desk, r);
}

void TestVerification::inPersonVerifiesAndIssuesForEveryEligibleChild()
{
    auto v = verifyMother();
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(v->verified());
    QCOMPARE(v->nameMatch, NameMatch::Exact);
    auto issued = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {});
    QVERIFY2(issued, qPrintable(issued->leftOut.join(u"; "_s)));
    QCOMPARE(issued->children.size(), 2);                      // S1 and S2; S3 is not active
    QCOMPARE(issued->children[0].studentId, u"S1"_s);          // the child at the counter first
    QCOMPARE(issued->leftOut.size(), 1);
    QCOMPARE(issued->language, u"es"_s);

    // The event, in the district API's shape. The letter is queued: no key exists yet, so no
    // access_key.issued event either (the keys are made when it prints).
    auto q = m_db->exec(u"SELECT type, student_id, guardian_id, data FROM outbox ORDER BY seq"_s);
    QVERIFY(q);
    QStringList types;
    while (q->next()) {
        types.append(q->value(0).toString());
        const QJsonObject data = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        if (q->value(0).toString() == u"guardian.verified") {
            QCOMPARE(data.value(u"method"_s).toString(), u"in_person"_s);
            const QJsonObject doc = data.value(u"id_document"_s).toObject();
            QCOMPARE(doc.value(u"type"_s).toString(), u"drivers_license"_s);
            QCOMPARE(doc.value(u"number_last4"_s).toString(), u"4567"_s);
            QCOMPARE(doc.value(u"captured_by"_s).toString(), u"manual"_s);
            QCOMPARE(data.value(u"name_match"_s).toString(), u"exact"_s);
            QVERIFY(!data.contains(u"override_reason"_s));
        }
    }
    QCOMPARE(types, (QStringList{u"guardian.verified"_s}));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM letters WHERE state = 'queued'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letter_links WHERE state = 'pending' AND verification_id = '%1'"_s
                       .arg(v->verificationId)), 2);
    auto verdict = AuditLog::verify(*m_db);
    QVERIFY(verdict && verdict->holds());
}

void TestVerification::refusalsAreRecordedWithTheirReason_data()
{
    QTest::addColumn<QString>("guardian");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<bool>("photo");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no-contact order") << u"G-F"_s << u"Carlos"_s << u"Garcia"_s << QDate(2030, 1, 1) << true << u"no_contact_order"_s;
    QTest::newRow("no educational rights") << u"G-C"_s << u"Teresa"_s << u"Nunez"_s << QDate(2030, 1, 1) << true << u"not_eligible"_s;
    QTest::newRow("expired id") << u"G-M"_s << u"Maria Jose"_s << u"Lopez"_s << QDate(2026, 9, 13) << true << u"expired_id"_s;
    QTest::newRow("another name") << u"G-M"_s << u"Marta"_s << u"Lopes"_s << QDate(2030, 1, 1) << true << u"name_mismatch"_s;
    QTest::newRow("photo does not match") << u"G-M"_s << u"Maria Jose"_s << u"Lopez"_s << QDate(2030, 1, 1) << false << u"other"_s;
}

void TestVerification::refusalsAreRecordedWithTheirReason()
{
    QFETCH(QString, guardian);
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QDate, expires);
    QFETCH(bool, photo);
    QFETCH(QString, reason);
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = guardian;
    r.id = licence(given, family, expires);
    r.photoMatches = photo;
    auto v = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY2(v, qPrintable(v.message()));
    QVERIFY(!v->verified());
    QCOMPARE(toWire(v->refusal->reason), reason);
    QVERIFY(!v->refusal->whatNext.isEmpty());
    auto q = m_db->exec(u"SELECT type, data FROM outbox"_s);
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), u"verification.refused"_s);
    const QJsonObject data = QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object();
    QCOMPARE(data.value(u"reason"_s).toString(), reason);
    QCOMPARE(data.value(u"method"_s).toString(), u"in_person"_s);
    QVERIFY(!data.value(u"note"_s).toString().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM verifications WHERE outcome = 'refused'"_s), 1);
    // A refused adult gets no key.
    QVERIFY(!AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {}));
    QCOMPARE(count(u"SELECT count(*) FROM access_keys"_s), 0);
}

void TestVerification::badInputRecordsNothing_data()
{
    QTest::addColumn<QString>("last4");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QDate>("issued");
    QTest::newRow("last-4 of three") << u"456"_s << int(IdType::DriversLicense) << QString() << QDate();
    QTest::newRow("full number") << u"D1234567"_s << int(IdType::DriversLicense) << QString() << QDate();
    QTest::newRow("other without description") << u"4567"_s << int(IdType::Other) << QString() << QDate();
    QTest::newRow("issued in the future") << u"4567"_s << int(IdType::Passport) << QString() << QDate(2027, 1, 1);
}

void TestVerification::badInputRecordsNothing()
{
    QFETCH(QString, last4);
    QFETCH(int, type);
    QFETCH(QString, description);
    QFETCH(QDate, issued);
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id = licence(u"Maria Jose"_s, u"Lopez"_s);
    r.id.numberLast4 = last4;
    r.id.type = IdType(type);
    r.id.otherDescription = description;
    r.idIssuedOn = issued;
    r.photoMatches = true;
    const QByteArray before = test::fileDigest(m_db->path());
    auto v = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(!v);
    QCOMPARE(v.error().kind, ErrorKind::BadInput);
    QVERIFY(!v.message().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 0);
    QCOMPARE(test::fileDigest(m_db->path()), before);
}

void TestVerification::nameOverrideAndExpiredOverride()
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id = licence(u"Maria"_s, u"Lopes"_s);
    r.photoMatches = true;
    r.nameOverrideReason = u"short"_s;   // too short to be a reason
    auto bad = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(!bad);
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);
    r.nameOverrideReason = u"Passport spelling; record has a typing error"_s;
    auto ok = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY2(ok && ok->verified(), qPrintable(ok.message()));
    QCOMPARE(ok->nameMatch, NameMatch::StaffOverride);
    auto q = m_db->exec(u"SELECT data FROM outbox"_s);
    QVERIFY(q && q->next());
    const QJsonObject data = QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object();
    QCOMPARE(data.value(u"name_match"_s).toString(), u"staff_override"_s);
    QCOMPARE(data.value(u"override_reason"_s).toString(), u"Passport spelling; record has a typing error"_s);

    // An expired ID: refused unless the district allows an override, and then only with a reason.
    VerificationRequest e;
    e.studentId = u"S1"_s;
    e.guardianId = u"G-M"_s;
    e.id = licence(u"Maria Jose"_s, u"Lopez"_s, QDate(2026, 8, 1));
    e.photoMatches = true;
    e.expiredOverrideReason = u"Renewal receipt shown, DMV backlog"_s;
    auto refusedOrBad = VerificationService(*m_db).verify(m_desk, e);
    QVERIFY(!refusedOrBad || !refusedOrBad->verified());
    QVERIFY(Settings(*m_db).set(test::admin(), Settings::AllowExpiredOverride, u"true"_s));
    QVERIFY(StaffService(*m_db).createFirstAdministrator(u"principal"_s, u"Ana Principal"_s, u"correct horse battery"_s));
    e.supervisorUsername = u"principal"_s;
    e.supervisorPassword = u"correct horse battery"_s;
    auto accepted = VerificationService(*m_db).verify(m_desk, e);
    QVERIFY2(accepted && accepted->verified(), qPrintable(accepted.message()));
}

void TestVerification::videoNeedsQuestions()
{
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.method = VerificationMethod::Video;
    r.id = licence(u"Maria Jose"_s, u"Lopez"_s);
    r.photoMatches = true;
    auto none = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(!none);   // bad input: video without questions
    r.answers = {{SecurityQuestion::StudentDateOfBirth, u"3/9/2014"_s},
                 {SecurityQuestion::StudentGrade, u"fifth"_s},
                 {SecurityQuestion::HomeAddress, u"1 Main Street, Los Angeles"_s}};
    auto ok = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY2(ok && ok->verified(), qPrintable(ok.message()));
    QCOMPARE(ok->questionsPassed.size(), 3);
    auto q = m_db->exec(u"SELECT data FROM outbox"_s);
    QVERIFY(q && q->next());
    QCOMPARE(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object().value(u"questions_passed"_s).toArray().size(), 3);

    r.answers = {{SecurityQuestion::StudentDateOfBirth, u"3/10/2014"_s},
                 {SecurityQuestion::StudentGrade, u"fourth"_s},
                 {SecurityQuestion::HomeAddress, u"1 Main Street, Los Angeles"_s}};
    auto failed = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(failed);
    QVERIFY(!failed->verified());
    QCOMPARE(failed->refusal->reason, RefusalReason::FailedQuestions);
}

void TestVerification::issuanceRules()
{
    auto v = verifyMother();
    QVERIFY(v);
    // Too old: the district's setting (30 minutes unless set).
    m_clock.advanceSeconds(31 * 60);
    auto stale = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {});
    QVERIFY(!stale);
    QVERIFY2(stale.message().contains(u"verify the adult again"_s), qPrintable(stale.message()));
    QVERIFY(Settings(*m_db).set(test::admin(), Settings::VerificationMaxAgeMinutes, u"60"_s));
    QVERIFY(!Settings(*m_db).set(test::admin(), Settings::VerificationMaxAgeMinutes, u"100000"_s));
    auto fresh = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {});
    QVERIFY2(fresh, qPrintable(fresh.message()));
    // One letter per verification: a second one would replace the first without a new check.
    auto twice = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {});
    QVERIFY(!twice);
    QCOMPARE(twice.error().kind, ErrorKind::Conflict);
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 1);

    // A verification by returned mail waiver mails the keys; it never hands them over.
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.method = VerificationMethod::MailWaiver;
    r.id = licence(u"MARIA JOSE"_s, u"LOPEZ"_s);
    r.photoMatches = true;
    auto byMail = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY2(byMail && byMail->verified(), qPrintable(byMail.message()));
    auto handed = AccessKeyIssuer(*m_db).issue(m_desk, byMail->verificationId, {});
    QVERIFY(!handed);
    QVERIFY2(handed.message().contains(u"by mail"_s), qPrintable(handed.message()));
    IssueOptions mail;
    mail.delivery = KeyDelivery::Mail;
    QVERIFY(AccessKeyIssuer(*m_db).issue(m_desk, byMail->verificationId, mail));

    // A refused adult issues nothing.
    r.method = VerificationMethod::InPerson;
    r.photoMatches = false;
    auto refused = VerificationService(*m_db).verify(m_desk, r);
    QVERIFY(refused && !refused->verified());
    QVERIFY(!AccessKeyIssuer(*m_db).issue(m_desk, refused->verificationId, {}));
}

void TestVerification::expiredIdNeedsAnAdministratorsPassword()
{
    QVERIFY(Settings(*m_db).set(test::admin(), Settings::AllowExpiredOverride, u"true"_s));
    StaffService staff(*m_db);
    QVERIFY(staff.createFirstAdministrator(u"principal"_s, u"Ana Principal"_s, u"correct horse battery"_s));
    QVERIFY(staff.add(test::admin(), u"clerk2"_s, u"Second Clerk"_s, Roles(Role::FrontDesk), u"another long phrase"_s));
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id = licence(u"Maria Jose"_s, u"Lopez"_s, QDate(2026, 9, 1));   // expired two weeks ago
    r.photoMatches = true;
    r.expiredOverrideReason = u"Renewal receipt from the DMV shown with the expired licence"_s;

    const auto attempt = [&](const QString& who, const QString& password) {
        r.supervisorUsername = who;
        r.supervisorPassword = password;
        return VerificationService(*m_db).verify(m_desk, r);
    };
    auto alone = attempt({}, {});
    QVERIFY(!alone);
    QVERIFY(alone.message().contains(u"administrator"_s));
    auto self = attempt(m_desk.staffId, u"whatever password"_s);
    QVERIFY(!self);
    QCOMPARE(self.error().kind, ErrorKind::Denied);
    auto notAdmin = attempt(u"clerk2"_s, u"another long phrase"_s);
    QVERIFY(!notAdmin);
    QCOMPARE(notAdmin.error().kind, ErrorKind::Denied);
    auto wrongPassword = attempt(u"principal"_s, u"not the password"_s);
    QVERIFY(!wrongPassword);
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 0);   // nothing recorded so far

    auto confirmed = attempt(u"principal"_s, u"correct horse battery"_s);
    QVERIFY2(confirmed && confirmed->verified(), qPrintable(confirmed.message()));
    auto q = m_db->exec(u"SELECT expired_override_by FROM verifications WHERE verification_id = ?"_s,
                        {confirmed->verificationId});
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), u"principal"_s);
    auto audit = m_db->exec(u"SELECT details FROM audit_log WHERE entity_id = ?"_s, {confirmed->verificationId});
    QVERIFY(audit && audit->next());
    QVERIFY(audit->value(0).toString().contains(u"principal"_s));
    QVERIFY(!audit->value(0).toString().contains(u"correct horse"_s));
}

void TestVerification::aNewLetterTakesOverTheLinksOfAnOlderOne()
{
    auto v1 = verifyMother();
    QVERIFY(v1);
    auto first = AccessKeyIssuer(*m_db).issue(m_desk, v1->verificationId, {});
    QVERIFY(first);
    m_clock.advanceSeconds(600);
    auto v2 = verifyMother();
    QVERIFY(v2);
    auto second = AccessKeyIssuer(*m_db).issue(m_desk, v2->verificationId, {});
    QVERIFY2(second, qPrintable(second.message()));
    const Actor printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
    auto letters = LetterQueue(*m_db).list(printer);
    QVERIFY(letters);
    QCOMPARE(letters->size(), 2);
    QCOMPARE(letters->at(0).letterId, first->letterId);
    QVERIFY(!letters->at(0).printable());      // both children are on the newer letter
    QCOMPARE(letters->at(0).superseded, 2);
    QCOMPARE(letters->at(0).studentNames.size(), 2);   // whom it was for, so staff can tell what to void
    QVERIFY(letters->at(1).printable());
    auto old = LetterQueue(*m_db).open(printer, first->letterId);
    QVERIFY(!old);
    QVERIFY2(old.message().contains(u"void it"_s), qPrintable(old.message()));
}

void TestVerification::onlyFrontDeskVerifiesAndIssues()
{
    auto v = verifyMother();
    QVERIFY(v);
    for (const Actor& a : {Actor{u"printer"_s, {}, Roles(Role::LetterPrinter)}, Actor{u"admin"_s, {}, Roles(Role::Administrator)}}) {
        VerificationRequest r;
        r.studentId = u"S1"_s;
        r.guardianId = u"G-M"_s;
        r.id = licence(u"Maria Jose"_s, u"Lopez"_s);
        r.photoMatches = true;
        auto denied = VerificationService(*m_db).verify(a, r);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        auto noKeys = AccessKeyIssuer(*m_db).issue(a, v->verificationId, {});
        QVERIFY(!noKeys);
        QCOMPARE(noKeys.error().kind, ErrorKind::Denied);
    }
    QCOMPARE(count(u"SELECT count(*) FROM verifications"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 0);
}

void TestVerification::mailNeedsAnAddress()
{
    QVERIFY(RosterImport(*m_db).importPages(test::admin(), {{{}, {{u"G-M"_s, u"María José"_s, u"López"_s, {}, {}, {}, u"es"_s}}, {}, {}, false}}, u"no-address"_s));
    auto v = verifyMother();
    QVERIFY(v);
    IssueOptions mail;
    mail.delivery = KeyDelivery::Mail;
    auto r = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, mail);
    QVERIFY(!r);
    QVERIFY(r.message().contains(u"in person"_s));
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 0);

    // A street without city and postal code cannot be mailed either: refused before any key.
    const Address partial{u"12 Main Street"_s, {}, {}, {}, {}};
    QVERIFY(RosterImport(*m_db).importPages(test::admin(), {{{}, {{u"G-M"_s, u"María José"_s, u"López"_s, {}, {}, partial, u"es"_s}}, {}, {}, false}}, u"partial-address"_s));
    auto partialMail = AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, mail);
    QVERIFY(!partialMail);
    QVERIFY2(partialMail.message().contains(u"incomplete"_s), qPrintable(partialMail.message()));
    QCOMPARE(count(u"SELECT count(*) FROM letters"_s), 0);
    QVERIFY(AccessKeyIssuer(*m_db).issue(m_desk, v->verificationId, {}));
}

QTEST_GUILESS_MAIN(TestVerification)
#include "TestVerification.moc"
