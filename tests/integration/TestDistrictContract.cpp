#include "storage/StorageTestUtil.h"

#include "storage/AccessKeyIssuer.h"
#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "storage/LetterQueue.h"
#include "storage/VerificationService.h"
#include "storage/WaiverService.h"
#include "support/DistrictStub.h"
#include "support/EventValidator.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

class TestDistrictContract : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyOutboxEventIsOneTheDistrictAccepts();
    void theDistrictOpensEverySealedSecret();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::DistrictStub> m_stub;
    std::unique_ptr<Database> m_db;
    QStringList m_printedKeys;   // key ids on the letter printed at the counter
};

void TestDistrictContract::initTestCase()
{
    test::DistrictStubOptions o;
    o.certificateDirectory = m_dir.filePath(u"district"_s);
    QVERIFY(QDir().mkpath(o.certificateDirectory));
    m_stub = std::make_unique<test::DistrictStub>(o);
    QVERIFY(m_stub->start());
    m_db = test::openOrFail(m_dir.filePath(u"kiosk.db"_s));
    QVERIFY(m_db && test::seedFamily(*m_db));
    QVERIFY(Settings(*m_db).set(test::admin(), Settings::DistrictPublicKeyFile, m_stub->districtPublicKeyPath()));

    // A day at the counter: a verification with keys printed now, a refusal, a queued letter
    // that is voided, a waiver issued and received.
    const Actor desk{u"desk"_s, {}, Roles(Role::FrontDesk)};
    VerificationRequest r;
    r.studentId = u"S1"_s;
    r.guardianId = u"G-M"_s;
    r.id.type = IdType::ConsularId;
    r.id.issuer = u"Mexico"_s;
    r.id.numberLast4 = u"9F3K"_s;
    r.id.expiresOn = QDate::currentDate().addYears(2);
    r.id.givenNames = u"María José"_s;
    r.id.familyNames = u"López"_s;
    r.photoMatches = true;
    auto v = VerificationService(*m_db).verify(desk, r);
    QVERIFY(v && v->verified());
    auto issued = AccessKeyIssuer(*m_db).issue(desk, v->verificationId, {});
    QVERIFY(issued);
    auto pages = LetterDocument::createImages(36);
    QVERIFY(pages);
    auto printed = LetterPrinting(*m_db).print(desk, issued->letterId, **pages, LetterQueue::Purpose::Counter);
    QVERIFY2(printed && printed->printed, qPrintable(printed ? printed->message : printed.message()));
    auto keys = m_db->exec(u"SELECT key_id FROM access_keys"_s);
    QVERIFY(keys);
    while (keys->next())
        m_printedKeys.append(keys->value(0).toString());

    VerificationRequest refused = r;
    refused.guardianId = u"G-F"_s;
    auto no = VerificationService(*m_db).verify(desk, refused);
    QVERIFY(no && !no->verified());

    auto v2 = VerificationService(*m_db).verify(desk, r);
    // A newer letter for the same children revokes the printed keys at once (reissued); it is
    // then voided before it prints.
    auto queued = AccessKeyIssuer(*m_db).issue(desk, v2->verificationId, {});
    QVERIFY(queued);
    const Actor printer{u"printer"_s, {}, Roles(Role::LetterPrinter)};
    QVERIFY(LetterQueue(*m_db).voidLetter(printer, queued->letterId, u"Printed on the wrong paper"_s));

    auto w = WaiverService(*m_db).issue(desk, WaiverForm::MailEmailWaiver, u"S2"_s, u"G-M"_s, u"es"_s);
    QVERIFY(w);
    QVERIFY(WaiverService(*m_db).receive(desk, w->waiverId));
}

void TestDistrictContract::everyOutboxEventIsOneTheDistrictAccepts()
{
    auto q = m_db->exec(u"SELECT event_id, type, occurred_at, staff_id, coalesce(student_id, ''), "
                        "coalesce(guardian_id, ''), data FROM outbox ORDER BY seq"_s);
    QVERIFY(q);
    QSet<QString> types;
    while (q->next()) {
        QJsonObject event{{u"event_id"_s, q->value(0).toString()}, {u"type"_s, q->value(1).toString()},
                          {u"occurred_at"_s, q->value(2).toString()}, {u"staff_id"_s, q->value(3).toString()},
                          {u"data"_s, QJsonDocument::fromJson(q->value(6).toString().toUtf8()).object()}};
        if (!q->value(4).toString().isEmpty())
            event.insert(u"student_id"_s, q->value(4).toString());
        if (!q->value(5).toString().isEmpty())
            event.insert(u"guardian_id"_s, q->value(5).toString());
        const auto problem = test::EventValidator::problemWith(event);
        QVERIFY2(!problem, qPrintable(q->value(1).toString() + u": "_s + (problem ? problem->message : QString())));
        types.insert(q->value(1).toString());
    }
    for (const QString& t : {u"guardian.verified"_s, u"verification.refused"_s, u"access_key.issued"_s,
                             u"access_key.revoked"_s, u"letter.printed"_s, u"waiver.issued"_s, u"waiver.received"_s})
        QVERIFY2(types.contains(t), qPrintable(t));
}

void TestDistrictContract::theDistrictOpensEverySealedSecret()
{
    auto q = m_db->exec(u"SELECT json_extract(data, '$.key_id'), json_extract(data, '$.sealed_secret') FROM outbox "
                        "WHERE type = 'access_key.issued'"_s);
    QVERIFY(q);
    int opened = 0;
    while (q->next()) {
        auto secret = m_stub->openSealedSecret(q->value(1).toString());
        QVERIFY2(secret, qPrintable(secret.message()));
        // A creation code of the district's format: 12 characters of the unambiguous alphabet.
        QCOMPARE(secret->size(), 12);
        for (char c : std::as_const(*secret))
            QVERIFY2(!QByteArrayView("O0Il1").contains(c), secret->constData());
        QVERIFY(m_printedKeys.contains(q->value(0).toString()));
        ++opened;
    }
    QCOMPARE(opened, int(m_printedKeys.size()));
    QVERIFY(opened >= 2);
    QVERIFY(!m_stub->openSealedSecret(u"bm90IGEgc2VhbGVkIHNlY3JldA=="_s));
}

// Letters need fonts: a GUI application on the offscreen platform.
QTEST_MAIN(TestDistrictContract)
#include "TestDistrictContract.moc"
