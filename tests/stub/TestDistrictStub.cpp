#include "core/Clock.h"
#include "core/Roster.h"
#include "core/crypto/Ed25519.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using gd::ManualClock;
using gd::test::DistrictStub;
using gd::test::DistrictStubOptions;
using gd::test::FaultRule;

namespace {

struct Answer {
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // names lower-cased

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QJsonObject verifiedEvent(const QString& eventId)
{
    const QJsonObject document{{u"type"_s, u"drivers_license"_s}, {u"issuer"_s, u"CA"_s},
                               {u"number_last4"_s, u"4567"_s}, {u"expires_on"_s, u"2029-08-31"_s},
                               {u"captured_by"_s, u"barcode"_s}};
    return {{u"event_id"_s, eventId},
            {u"type"_s, u"guardian.verified"_s},
            {u"occurred_at"_s, u"2026-09-01T15:04:05Z"_s},
            {u"staff_id"_s, u"jsmith"_s},
            {u"student_id"_s, u"100234567"_s},
            {u"guardian_id"_s, u"G-88231"_s},
            {u"data"_s, QJsonObject{{u"method"_s, u"in_person"_s}, {u"id_document"_s, document},
                                    {u"name_match"_s, u"exact"_s}}}};
}

QByteArray batchOf(const QJsonArray& events)
{
    return QJsonDocument(QJsonObject{{u"device_id"_s, u"kiosk-test"_s}, {u"school_code"_s, u"1234"_s},
                                     {u"events"_s, events}})
        .toJson(QJsonDocument::Compact);
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

class TestDistrictStub : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void refusesPlainHttp();
    void refusesAnUnrelatedCa();
    void reusesCertificatesInItsDirectory();
    void answersGarbageWith400();
    void keepsConnectionsAlive();
    void healthNeedsNoTokenAndRecordsTheDevice();
    void token_data();
    void token();
    void rosterNeedsAToken();
    void rosterPagingWalksEveryStudentOnce();
    void rosterRefusesAForeignCursor();
    void eventsAcceptedThenDuplicate();
    void eventsRejected_data();
    void eventsRejected();
    void malformedBatchIs400AndStoresNothing_data();
    void malformedBatchIs400AndStoresNothing();
    void batchAboveTheMaximumIs413();
    void tokenExpiresByTheInjectedClock();
    void faultStatusWithRetryAfterAndCount();
    void faultDelay();
    void faultReset();
    void faultHangEndsWithTheClientTimeout();
    void faultExpireToken();
    void faultMatchesMethod();
    void faultRuleParsing_data();
    void faultRuleParsing();
    void recordFileHoldsOneLinePerRequestAndNoCredential();

    // version 1.1
    void enrollmentIs201Then200ThenConflictFor409();
    void deviceKeysListTheEnrolledKeys();
    void batchWithASignedHeadIsWitnessed();
    void batchWithABadHeadIs400AndStoresNothing();
    void headIsRequiredWhenConfigured();
    void version10AnswersDevicePathsWith404();
    void lostAnswerStoresTheBatchAndItsKeyReplays();
    void faultHookChoosesPerRequest();

private:
    bool restart(DistrictStubOptions options);
    QNetworkRequest requestFor(const QString& pathAndQuery) const;
    Answer call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
                const gd::test::HttpHeaders& headers = {}, int transferTimeoutMs = 0);
    QByteArray basicAuth(const QString& id, const QByteArray& secret) const;
    QByteArray fetchToken();
    Answer postEvents(const QByteArray& token, const QByteArray& body);
    Answer enroll(const QByteArray& token, const QString& deviceId, const QByteArray& publicKey);
    static QJsonObject signedHead(const gd::crypto::Ed25519Key& key, const QString& deviceId, qint64 seq);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DistrictStub> m_stub;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDistrictStub::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_nam = std::make_unique<QNetworkAccessManager>();
    DistrictStubOptions options;
    options.certificateDirectory = m_dir->filePath(u"certs"_s);
    QVERIFY(restart(options));
}

void TestDistrictStub::cleanup()
{
    m_nam.reset();
    m_stub.reset();
    m_dir.reset();
}

bool TestDistrictStub::restart(DistrictStubOptions options)
{
    if (options.certificateDirectory.isEmpty())
        options.certificateDirectory = m_dir->filePath(u"certs"_s);
    m_nam = std::make_unique<QNetworkAccessManager>();   // no connection survives the old stub
    m_stub.reset();
    m_stub = std::make_unique<DistrictStub>(std::move(options));
    const gd::Status started = m_stub->start();
    if (!started)
        qWarning() << started.message();
    return started.ok();
}

QNetworkRequest TestDistrictStub::requestFor(const QString& pathAndQuery) const
{
    QNetworkRequest request(QUrl(m_stub->baseUrl().toString() + pathAndQuery));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_stub->caCertificate()});
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::UserAgentHeader, u"GuardianDesk-test/1"_s);
    request.setRawHeader("X-Device-Id", "kiosk-test");
    return request;
}

Answer TestDistrictStub::call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
                              const gd::test::HttpHeaders& headers, int transferTimeoutMs)
{
    QNetworkRequest request = requestFor(pathAndQuery);
    if (method == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    if (transferTimeoutMs > 0)
        request.setTransferTimeout(transferTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(m_nam->sendCustomRequest(request, method, body));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    Answer answer;
    if (!finished.wait(10000)) {
        answer.error = QNetworkReply::TimeoutError;
        return answer;
    }
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto& [name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    return answer;
}

QByteArray TestDistrictStub::basicAuth(const QString& id, const QByteArray& secret) const
{
    const QByteArray credentials = id.toUtf8() + ':' + secret;
    return "Basic " + credentials.toBase64();
}

QByteArray TestDistrictStub::fetchToken()
{
    const Answer answer = call("POST", u"/oauth/token"_s, "grant_type=client_credentials",
                               {{"Authorization", basicAuth(m_stub->clientId(), m_stub->clientSecret())},
                                {"Content-Type", "application/x-www-form-urlencoded"}});
    return answer.json().value(u"access_token"_s).toString().toLatin1();
}

Answer TestDistrictStub::postEvents(const QByteArray& token, const QByteArray& body)
{
    return call("POST", u"/v1/events"_s, body,
                {{"Authorization", "Bearer " + token},
                 {"Idempotency-Key", QUuid::createUuid().toByteArray(QUuid::WithoutBraces)}});
}

// ---- transport ---------------------------------------------------------------------------

void TestDistrictStub::refusesPlainHttp()
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_stub->port());
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::ConnectedState, 5000);
    socket.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Device-Id: kiosk-test\r\n\r\n");
    QByteArray answer;
    QObject::connect(&socket, &QTcpSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 10000);
    QVERIFY2(!answer.startsWith("HTTP/"), answer.constData());
    QCOMPARE(m_stub->connectionsAccepted(), 1);
    QCOMPARE(m_stub->tlsSessionsEstablished(), 0);
    QVERIFY(m_stub->received().isEmpty());
}

void TestDistrictStub::refusesAnUnrelatedCa()
{
    const auto otherCa = DistrictStub::generateUnrelatedCa();
    QVERIFY2(otherCa.ok(), qPrintable(otherCa.message()));
    QNetworkRequest request = requestFor(u"/v1/health"_s);
    QSslConfiguration tls = request.sslConfiguration();
    tls.setCaCertificates({*otherCa});
    request.setSslConfiguration(tls);
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->error(), QNetworkReply::SslHandshakeFailedError);
    QVERIFY(m_stub->received().isEmpty());
}

void TestDistrictStub::reusesCertificatesInItsDirectory()
{
    const QSslCertificate ca = m_stub->caCertificate();
    const QString pin = m_stub->spkiPin();
    QCOMPARE(QFile::permissions(m_dir->filePath(u"certs/server.key"_s)),
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    QVERIFY(m_stub->serverCertificate().subjectAlternativeNames().values(QSsl::IpAddressEntry).contains(u"127.0.0.1"_s));
    QVERIFY(restart({}));
    QCOMPARE(m_stub->caCertificate(), ca);
    QCOMPARE(m_stub->spkiPin(), pin);
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
}

void TestDistrictStub::answersGarbageWith400()
{
    QSslSocket socket;
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_stub->caCertificate()});
    socket.setSslConfiguration(tls);
    QSignalSpy encrypted(&socket, &QSslSocket::encrypted);
    socket.connectToHostEncrypted(u"127.0.0.1"_s, m_stub->port());
    QVERIFY(encrypted.wait(5000));
    socket.write("THIS IS NOT HTTP\r\n\r\n");
    QByteArray answer;
    QObject::connect(&socket, &QSslSocket::readyRead, &socket, [&] { answer += socket.readAll(); });
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY2(answer.startsWith("HTTP/1.1 400 "), answer.constData());
    QVERIFY(answer.contains("Connection: close"));
    QVERIFY(m_stub->received().isEmpty());
}

void TestDistrictStub::keepsConnectionsAlive()
{
    for (int i = 0; i < 3; ++i)
        QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    QCOMPARE(m_stub->tlsSessionsEstablished(), 1);
    QCOMPARE(m_stub->received().size(), 3);
}

// ---- endpoints ---------------------------------------------------------------------------

void TestDistrictStub::healthNeedsNoTokenAndRecordsTheDevice()
{
    const Answer answer = call("GET", u"/v1/health"_s);
    QCOMPARE(answer.error, QNetworkReply::NoError);
    QCOMPARE(answer.status, 200);
    QCOMPARE(answer.json().value(u"status"_s).toString(), u"ok"_s);
    const QDateTime serverTime = QDateTime::fromString(answer.json().value(u"server_time"_s).toString(), Qt::ISODate);
    QVERIFY(serverTime.isValid());
    QCOMPARE(serverTime.timeSpec(), Qt::UTC);
    QVERIFY(qAbs(serverTime.secsTo(QDateTime::currentDateTimeUtc())) < 60);

    const auto received = m_stub->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].method, "GET");
    QCOMPARE(received[0].path, u"/v1/health"_s);
    QCOMPARE(received[0].userAgent(), "GuardianDesk-test/1");
    QCOMPARE(received[0].deviceId(), "kiosk-test");
    QCOMPARE(received[0].status, 200);
}

void TestDistrictStub::token_data()
{
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<QByteArray>("secret");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("error");

    QTest::newRow("good") << u"guardiandesk-demo"_s << QByteArray() << QByteArray("grant_type=client_credentials")
                          << 200 << QString();
    QTest::newRow("wrong secret") << u"guardiandesk-demo"_s << QByteArray("not-the-secret")
                                  << QByteArray("grant_type=client_credentials") << 401 << u"invalid_client"_s;
    QTest::newRow("unknown client") << u"someone-else"_s << QByteArray() << QByteArray("grant_type=client_credentials")
                                    << 401 << u"invalid_client"_s;
    QTest::newRow("wrong grant") << u"guardiandesk-demo"_s << QByteArray() << QByteArray("grant_type=password") << 400
                                 << u"unsupported_grant_type"_s;
}

void TestDistrictStub::token()
{
    QFETCH(QString, clientId);
    QFETCH(QByteArray, secret);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, error);
    if (secret.isEmpty())
        secret = m_stub->clientSecret();
    const Answer answer = call("POST", u"/oauth/token"_s, body,
                               {{"Authorization", basicAuth(clientId, secret)},
                                {"Content-Type", "application/x-www-form-urlencoded"}});
    QCOMPARE(answer.status, status);
    if (status == 200) {
        QVERIFY(!answer.json().value(u"access_token"_s).toString().isEmpty());
        QCOMPARE(answer.json().value(u"token_type"_s).toString(), u"Bearer"_s);
        QCOMPARE(answer.json().value(u"expires_in"_s).toInt(), 3600);
    } else {
        QCOMPARE(answer.json().value(u"error"_s).toString(), error);
    }
    if (status == 401)
        QVERIFY(answer.headers.value("www-authenticate").startsWith("Basic"));
}

void TestDistrictStub::rosterNeedsAToken()
{
    QCOMPARE(call("GET", u"/v1/roster"_s).status, 401);
    const Answer forged = call("GET", u"/v1/roster"_s, {}, {{"Authorization", "Bearer forged"}});
    QCOMPARE(forged.status, 401);
    QCOMPARE(forged.json().value(u"error"_s).toString(), u"invalid_token"_s);
}

void TestDistrictStub::rosterPagingWalksEveryStudentOnce()
{
    DistrictStubOptions options;
    options.students = 230;
    options.seed = 7;
    QVERIFY(restart(options));
    const QByteArray token = fetchToken();
    QVERIFY(!token.isEmpty());

    QSet<QString> seen;
    QString cursor;
    int pages = 0;
    bool hasMore = true;
    while (hasMore) {
        QVERIFY2(++pages <= 10, "the roster never ends");
        QUrlQuery query;
        query.addQueryItem(u"limit"_s, u"50"_s);
        if (!cursor.isEmpty())
            query.addQueryItem(u"cursor"_s, QString::fromLatin1(QUrl::toPercentEncoding(cursor)));
        const Answer answer = call("GET", u"/v1/roster?"_s + query.toString(QUrl::FullyEncoded), {},
                                   {{"Authorization", "Bearer " + token}});
        QCOMPARE(answer.status, 200);
        const auto page = gd::rosterPageFromJson(answer.json());
        QVERIFY2(page.ok(), qPrintable(page.message()));
        QVERIFY(page->students.size() <= 50);
        QSet<QString> guardiansOnPage;
        for (const gd::Guardian& guardian : page->guardians)
            guardiansOnPage.insert(guardian.guardianId);
        QSet<QString> studentsOnPage;
        for (const gd::Student& student : page->students) {
            QVERIFY2(!seen.contains(student.studentId), qPrintable(student.studentId));
            seen.insert(student.studentId);
            studentsOnPage.insert(student.studentId);
        }
        for (const gd::Relationship& relationship : page->relationships) {
            QVERIFY(studentsOnPage.contains(relationship.studentId));
            QVERIFY(guardiansOnPage.contains(relationship.guardianId));
        }
        QVERIFY(!page->nextCursor.isEmpty());
        cursor = page->nextCursor;
        hasMore = page->hasMore;
    }
    QCOMPARE(pages, 5);
    QCOMPARE(seen.size(), 230);
    QCOMPARE(m_stub->rosterStudentCount(), 230);

    // The last cursor means "nothing new since": an empty page.
    const Answer after = call("GET", u"/v1/roster?cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(cursor)), {},
                              {{"Authorization", "Bearer " + token}});
    QCOMPARE(after.status, 200);
    QCOMPARE(after.json().value(u"students"_s).toArray().size(), 0);
    QCOMPARE(after.json().value(u"has_more"_s).toBool(), false);
}

void TestDistrictStub::rosterRefusesAForeignCursor()
{
    const QByteArray token = fetchToken();
    const Answer answer = call("GET", u"/v1/roster?cursor=bm90LW91cnM"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), u"invalid_cursor"_s);
    const Answer badLimit = call("GET", u"/v1/roster?limit=0"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(badLimit.status, 400);
}

void TestDistrictStub::eventsAcceptedThenDuplicate()
{
    const QByteArray token = fetchToken();
    const QString first = newId();
    const QString second = newId();
    const QByteArray body = batchOf({verifiedEvent(first), verifiedEvent(second)});

    const Answer answer = postEvents(token, body);
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(u"event_id"_s).toString(), first);
    QCOMPARE(results[0].toObject().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(results[1].toObject().value(u"status"_s).toString(), u"accepted"_s);

    const Answer again = postEvents(token, body);
    QCOMPARE(again.status, 200);
    const QJsonArray repeated = again.json().value(u"results"_s).toArray();
    QCOMPARE(repeated.size(), 2);
    QCOMPARE(repeated[0].toObject().value(u"status"_s).toString(), u"duplicate"_s);
    QCOMPARE(repeated[1].toObject().value(u"status"_s).toString(), u"duplicate"_s);

    const auto stored = m_stub->acceptedEvents();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored[0].value(u"event_id"_s).toString(), first);
}

void TestDistrictStub::eventsRejected_data()
{
    QTest::addColumn<QJsonObject>("event");
    QTest::addColumn<QString>("code");

    QJsonObject unknownType = verifiedEvent(newId());
    unknownType.insert(u"type"_s, u"guardian.teleported"_s);
    QTest::newRow("unknown type") << unknownType << u"unknown_type"_s;

    QJsonObject noStaff = verifiedEvent(newId());
    noStaff.remove(u"staff_id"_s);
    QTest::newRow("no staff_id") << noStaff << u"missing_member"_s;

    QJsonObject noMethod = verifiedEvent(newId());
    QJsonObject data = noMethod.value(u"data"_s).toObject();
    data.remove(u"method"_s);
    noMethod.insert(u"data"_s, data);
    QTest::newRow("no data.method") << noMethod << u"missing_member"_s;

    QJsonObject badReason{{u"event_id"_s, newId()}, {u"type"_s, u"access_key.revoked"_s},
                          {u"occurred_at"_s, u"2026-09-01T15:04:05Z"_s}, {u"staff_id"_s, u"jsmith"_s},
                          {u"data"_s, QJsonObject{{u"key_id"_s, newId()}, {u"reason"_s, u"bored"_s}}}};
    QTest::newRow("reason not allowed") << badReason << u"invalid_member"_s;
}

void TestDistrictStub::eventsRejected()
{
    QFETCH(QJsonObject, event);
    QFETCH(QString, code);
    const QByteArray token = fetchToken();
    const QString goodId = newId();
    const Answer answer = postEvents(token, batchOf({event, verifiedEvent(goodId)}));
    QCOMPARE(answer.status, 200);
    const QJsonArray results = answer.json().value(u"results"_s).toArray();
    QCOMPARE(results.size(), 2);
    const QJsonObject rejected = results[0].toObject();
    QCOMPARE(rejected.value(u"status"_s).toString(), u"rejected"_s);
    QCOMPARE(rejected.value(u"error"_s).toObject().value(u"code"_s).toString(), code);
    QVERIFY(!rejected.value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    // A rejected event does not spoil the rest of its batch.
    QCOMPARE(results[1].toObject().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(m_stub->acceptedEvents().size(), 1);
    QCOMPARE(m_stub->acceptedEvents()[0].value(u"event_id"_s).toString(), goodId);
}

void TestDistrictStub::malformedBatchIs400AndStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("error");
    QByteArray truncated = batchOf({verifiedEvent(newId())});
    truncated.chop(3);
    QTest::newRow("truncated JSON") << truncated << u"malformed_json"_s;
    QTest::newRow("not JSON") << QByteArray("events=1") << u"malformed_json"_s;
    QTest::newRow("no events") << QByteArray(R"({"device_id":"kiosk-test"})") << u"invalid_batch"_s;
    QTest::newRow("event not an object")
        << QByteArray(R"({"device_id":"kiosk-test","events":[{"event_id":"x"},7]})") << u"invalid_batch"_s;
}

void TestDistrictStub::malformedBatchIs400AndStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, error);
    const Answer answer = postEvents(fetchToken(), body);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), error);
    QVERIFY(m_stub->acceptedEvents().isEmpty());
}

void TestDistrictStub::batchAboveTheMaximumIs413()
{
    const QByteArray token = fetchToken();
    QJsonArray events;
    for (int i = 0; i < 501; ++i)
        events.append(verifiedEvent(newId()));
    const Answer tooMany = postEvents(token, batchOf(events));
    QCOMPARE(tooMany.status, 413);
    QVERIFY(m_stub->acceptedEvents().isEmpty());

    events.removeLast();
    const Answer justRight = postEvents(token, batchOf(events));
    QCOMPARE(justRight.status, 200);
    QCOMPARE(m_stub->acceptedEvents().size(), 500);
}

void TestDistrictStub::tokenExpiresByTheInjectedClock()
{
    ManualClock clock;
    DistrictStubOptions options;
    options.clock = &clock;
    options.tokenLifetimeSeconds = 60;
    QVERIFY(restart(options));
    const QByteArray token = fetchToken();
    QCOMPARE(call("GET", u"/v1/roster?limit=1"_s, {}, {{"Authorization", "Bearer " + token}}).status, 200);

    clock.advanceSeconds(59);
    QCOMPARE(call("GET", u"/v1/roster?limit=1"_s, {}, {{"Authorization", "Bearer " + token}}).status, 200);
    clock.advanceSeconds(1);
    const Answer expired = call("GET", u"/v1/roster?limit=1"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(u"error"_s).toString(), u"invalid_token"_s);
    QVERIFY(expired.headers.value("www-authenticate").contains("invalid_token"));
    // The health check and server_time follow the same clock.
    QCOMPARE(call("GET", u"/v1/health"_s).json().value(u"server_time"_s).toString(), clock.nowIso());
}

// ---- faults ------------------------------------------------------------------------------

void TestDistrictStub::faultStatusWithRetryAfterAndCount()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,status=503,retry-after=5,count=2"_s);
    QVERIFY2(rule.ok(), qPrintable(rule.message()));
    m_stub->injectFault(*rule);
    for (int i = 0; i < 2; ++i) {
        const Answer answer = call("GET", u"/v1/health"_s);
        QCOMPARE(answer.status, 503);
        QCOMPARE(answer.headers.value("retry-after"), "5");
    }
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    const auto received = m_stub->received();
    QCOMPARE(received.size(), 3);
    QCOMPARE(received[0].fault, u"status"_s);
    QCOMPARE(received[0].status, 503);
    QVERIFY(received[2].fault.isEmpty());
}

void TestDistrictStub::faultDelay()
{
    FaultRule rule;
    rule.path = u"/v1/health"_s;
    rule.action = FaultRule::Action::Delay;
    rule.delayMs = 400;
    m_stub->injectFault(rule);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    QVERIFY2(timer.elapsed() >= 400, qPrintable(QString::number(timer.elapsed())));
    QCOMPARE(m_stub->received().last().fault, u"delay"_s);
    // Cleared: the next answer carries no fault (the stub says so; a shared machine's clock would not).
    m_stub->clearFaults();
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    QVERIFY(m_stub->received().last().fault.isEmpty());
}

void TestDistrictStub::faultReset()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,reset"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    const Answer answer = call("GET", u"/v1/health"_s);
    QVERIFY(answer.error != QNetworkReply::NoError);
    QVERIFY(answer.error != QNetworkReply::TimeoutError);
    QCOMPARE(answer.status, 0);
    const auto received = m_stub->received();
    QVERIFY(!received.isEmpty());
    QCOMPARE(received[0].fault, u"reset"_s);
    QCOMPARE(received[0].status, 0);
}

void TestDistrictStub::faultHangEndsWithTheClientTimeout()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,hang,count=1"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    QElapsedTimer timer;
    timer.start();
    const Answer answer = call("GET", u"/v1/health"_s, {}, {}, 300);
    QVERIFY(answer.error != QNetworkReply::NoError);
    QCOMPARE(answer.status, 0);
    // Qt's transfer timeout runs on a coarse timer, which may fire up to 5% early.
    QVERIFY2(timer.elapsed() >= 280, qPrintable(QString::number(timer.elapsed())));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(m_stub->received().size(), 1);
    QCOMPARE(m_stub->received()[0].fault, u"hang"_s);
    // The rule is spent: the next request is answered.
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
}

void TestDistrictStub::faultExpireToken()
{
    const QByteArray token = fetchToken();
    const auto rule = FaultRule::parse(u"path=/v1/roster,expire-token,count=1"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    const Answer expired = call("GET", u"/v1/roster"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json().value(u"error"_s).toString(), u"invalid_token"_s);
    QCOMPARE(call("GET", u"/v1/roster"_s, {}, {{"Authorization", "Bearer " + token}}).status, 200);
}

void TestDistrictStub::faultMatchesMethod()
{
    const auto rule = FaultRule::parse(u"path=/v1/*,method=POST,status=429,retry-after=1"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    const Answer limited = postEvents(fetchToken(), batchOf({verifiedEvent(newId())}));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.headers.value("retry-after"), "1");
    QVERIFY(m_stub->acceptedEvents().isEmpty());
}

void TestDistrictStub::faultRuleParsing_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("action");

    QTest::newRow("status") << u"path=/v1/events,status=503,retry-after=5,count=2"_s << true
                            << int(FaultRule::Action::Status);
    QTest::newRow("delay") << u"path=/v1/roster,delay=1500"_s << true << int(FaultRule::Action::Delay);
    QTest::newRow("status after delay") << u"path=/v1/roster,delay=100,status=500"_s << true
                                        << int(FaultRule::Action::Status);
    QTest::newRow("reset") << u"path=/v1/events,reset"_s << true << int(FaultRule::Action::Reset);
    QTest::newRow("hang") << u"path=/v1/health, action=hang"_s << true << int(FaultRule::Action::Hang);
    QTest::newRow("expire") << u"path=/v1/roster,expire-token"_s << true << int(FaultRule::Action::ExpireToken);
    QTest::newRow("no path") << u"status=503"_s << false << 0;
    QTest::newRow("no action") << u"path=/v1/events"_s << false << 0;
    QTest::newRow("bad status") << u"path=/v1/events,status=5000"_s << false << 0;
    QTest::newRow("unknown key") << u"path=/v1/events,status=503,colour=red"_s << false << 0;
    QTest::newRow("unknown action") << u"path=/v1/events,explode"_s << false << 0;
    QTest::newRow("retry-after without status") << u"path=/v1/events,reset,retry-after=3"_s << false << 0;
}

void TestDistrictStub::faultRuleParsing()
{
    QFETCH(QString, spec);
    QFETCH(bool, valid);
    QFETCH(int, action);
    const auto rule = FaultRule::parse(spec);
    QCOMPARE(rule.ok(), valid);
    if (!valid) {
        QVERIFY(!rule.message().isEmpty());
        return;
    }
    QCOMPARE(int(rule->action), action);
    const auto again = FaultRule::parse(rule->toString());
    QVERIFY2(again.ok(), qPrintable(rule->toString()));
    QCOMPARE(again->toString(), rule->toString());
}

// ---- the record --------------------------------------------------------------------------

void TestDistrictStub::recordFileHoldsOneLinePerRequestAndNoCredential()
{
    DistrictStubOptions options;
    options.recordFile = m_dir->filePath(u"record.jsonl"_s);
    QVERIFY(restart(options));
    QSignalSpy spy(m_stub.get(), &DistrictStub::requestReceived);

    const QByteArray token = fetchToken();
    QVERIFY(!token.isEmpty());
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    QCOMPARE(call("GET", u"/v1/roster?limit=5"_s, {}, {{"Authorization", "Bearer " + token}}).status, 200);
    QCOMPARE(postEvents(token, batchOf({verifiedEvent(newId())})).status, 200);
    QCOMPARE(call("POST", u"/oauth/token"_s, "grant_type=client_credentials&client_secret=" + m_stub->clientSecret(),
                  {{"Content-Type", "application/x-www-form-urlencoded"}})
                 .status,
             401);
    QCOMPARE(spy.size(), 5);

    // Read while the stub still runs: every request is already on disk.
    QFile file(options.recordFile);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    const QList<QByteArray> lines = content.trimmed().split('\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY(!content.contains(m_stub->clientSecret()));
    QVERIFY(!content.contains(token));
    QVERIFY(!content.contains(basicAuth(m_stub->clientId(), m_stub->clientSecret()).mid(6)));

    const QStringList expectedPaths{u"/oauth/token"_s, u"/v1/health"_s, u"/v1/roster"_s, u"/v1/events"_s,
                                    u"/oauth/token"_s};
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QJsonParseError error;
        const QJsonObject line = QJsonDocument::fromJson(lines[i], &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(line.value(u"path"_s).toString(), expectedPaths[i]);
        QCOMPARE(line.value(u"headers"_s).toObject().value(u"x-device-id"_s).toString(), u"kiosk-test"_s);
        QVERIFY(line.value(u"status"_s).toInt() > 0);
        QVERIFY(QDateTime::fromString(line.value(u"time"_s).toString(), Qt::ISODate).isValid());
    }
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"headers"_s).toObject().value(u"authorization"_s)
                 .toString(),
             u"Basic"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(u"headers"_s).toObject().value(u"authorization"_s)
                 .toString(),
             u"Bearer"_s);
    QCOMPARE(QJsonDocument::fromJson(lines[2]).object().value(u"query"_s).toString(), u"limit=5"_s);
    QVERIFY(QJsonDocument::fromJson(lines[3]).object().value(u"body"_s).toObject().contains(u"events"_s));
    QCOMPARE(QFile::permissions(options.recordFile) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}


// ---- version 1.1 -------------------------------------------------------------------------

Answer TestDistrictStub::enroll(const QByteArray& token, const QString& deviceId, const QByteArray& publicKey)
{
    const QJsonObject body{{u"device_id"_s, deviceId}, {u"school_code"_s, u"1234"_s},
                           {u"label"_s, u"Front office"_s},
                           {u"signing_key"_s, QString::fromLatin1(publicKey.toBase64())}};
    return call("POST", u"/v1/devices"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
                {{"Authorization", "Bearer " + token}});
}

QJsonObject TestDistrictStub::signedHead(const gd::crypto::Ed25519Key& key, const QString& deviceId, qint64 seq)
{
    const QString hash = QString(64, u'a');
    const QString signedAt = u"2026-09-01T15:04:05Z"_s;
    const auto signature = key.sign(u"GDAH1|%1|%2|%3|%4"_s.arg(deviceId).arg(seq).arg(hash, signedAt).toUtf8());
    return {{u"seq"_s, seq}, {u"hash"_s, hash}, {u"signed_at"_s, signedAt},
            {u"signature"_s, QString::fromLatin1(signature.value().toBase64())}};
}

namespace {

QByteArray batchWithHead(const QJsonArray& events, const QJsonObject& head)
{
    return QJsonDocument(QJsonObject{{u"device_id"_s, u"kiosk-test"_s}, {u"school_code"_s, u"1234"_s},
                                     {u"events"_s, events}, {u"audit_head"_s, head}})
        .toJson(QJsonDocument::Compact);
}

} // namespace

void TestDistrictStub::enrollmentIs201Then200ThenConflictFor409()
{
    const QByteArray token = fetchToken();
    auto key = gd::crypto::Ed25519Key::generate();
    QVERIFY(key.ok());
    const Answer first = enroll(token, u"kiosk-test"_s, key->publicKey());
    QCOMPARE(first.status, 201);
    QCOMPARE(first.json().value(u"device_id"_s).toString(), u"kiosk-test"_s);
    QVERIFY(!first.json().value(u"enrolled_at"_s).toString().isEmpty());
    const Answer again = enroll(token, u"kiosk-test"_s, key->publicKey());
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"enrolled_at"_s), first.json().value(u"enrolled_at"_s));

    auto other = gd::crypto::Ed25519Key::generate();
    const Answer conflict = enroll(token, u"kiosk-test"_s, other->publicKey());
    QCOMPARE(conflict.status, 409);
    QCOMPARE(conflict.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"key_conflict"_s);
    QCOMPARE(m_stub->enrolledDevices().size(), 1);
    QCOMPARE(m_stub->enrolledDevices().constFirst().signingKey, key->publicKey());

    QCOMPARE(enroll(token, u"kiosk-x"_s, "short").status, 400);
    QCOMPARE(enroll("wrong", u"kiosk-x"_s, key->publicKey()).status, 401);
}

void TestDistrictStub::deviceKeysListTheEnrolledKeys()
{
    const QByteArray token = fetchToken();
    auto key = gd::crypto::Ed25519Key::generate();
    QCOMPARE(enroll(token, u"kiosk-test"_s, key->publicKey()).status, 201);
    const Answer answer = call("GET", u"/v1/devices/keys"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(answer.status, 200);
    const QJsonArray devices = answer.json().value(u"devices"_s).toArray();
    QCOMPARE(devices.size(), 1);
    QCOMPARE(devices[0].toObject().value(u"signing_key"_s).toString(), QString::fromLatin1(key->publicKey().toBase64()));
    QVERIFY(devices[0].toObject().value(u"revoked_at"_s).isNull());
    QCOMPARE(call("GET", u"/v1/devices/keys"_s).status, 401);
}

void TestDistrictStub::batchWithASignedHeadIsWitnessed()
{
    const QByteArray token = fetchToken();
    auto key = gd::crypto::Ed25519Key::generate();
    QCOMPARE(enroll(token, u"kiosk-test"_s, key->publicKey()).status, 201);
    const Answer answer = postEvents(token, batchWithHead({verifiedEvent(newId())}, signedHead(*key, u"kiosk-test"_s, 7)));
    QCOMPARE(answer.status, 200);
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).size(), 1);
    QCOMPARE(m_stub->auditHeads(u"kiosk-test"_s).constFirst().value(u"seq"_s).toInteger(), 7);
    const Answer heads = call("GET", u"/v1/devices/kiosk-test/audit-heads"_s, {}, {{"Authorization", "Bearer " + token}});
    QCOMPARE(heads.status, 200);
    QCOMPARE(heads.json().value(u"heads"_s).toArray().size(), 1);
    QCOMPARE(m_stub->batchesWithoutAuditHead(), 0);
}

void TestDistrictStub::batchWithABadHeadIs400AndStoresNothing()
{
    const QByteArray token = fetchToken();
    auto key = gd::crypto::Ed25519Key::generate();
    auto impostor = gd::crypto::Ed25519Key::generate();
    QCOMPARE(enroll(token, u"kiosk-test"_s, key->publicKey()).status, 201);
    const Answer forged = postEvents(token, batchWithHead({verifiedEvent(newId())}, signedHead(*impostor, u"kiosk-test"_s, 3)));
    QCOMPARE(forged.status, 400);
    QCOMPARE(forged.json().value(u"error"_s).toString(), u"invalid_audit_head"_s);
    QVERIFY(m_stub->acceptedEvents().isEmpty());
    QVERIFY(m_stub->auditHeads(u"kiosk-test"_s).isEmpty());
}

void TestDistrictStub::headIsRequiredWhenConfigured()
{
    DistrictStubOptions options;
    options.requireAuditHead = true;
    QVERIFY(restart(options));
    const Answer answer = postEvents(fetchToken(), batchOf({verifiedEvent(newId())}));
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), u"missing_audit_head"_s);
    QVERIFY(m_stub->acceptedEvents().isEmpty());
}

void TestDistrictStub::version10AnswersDevicePathsWith404()
{
    DistrictStubOptions options;
    options.apiVersion = u"1.0"_s;
    QVERIFY(restart(options));
    const QByteArray token = fetchToken();
    auto key = gd::crypto::Ed25519Key::generate();
    QCOMPARE(enroll(token, u"kiosk-test"_s, key->publicKey()).status, 404);
    QCOMPARE(call("GET", u"/v1/devices/keys"_s, {}, {{"Authorization", "Bearer " + token}}).status, 404);
    QCOMPARE(postEvents(token, batchOf({verifiedEvent(newId())})).status, 200);
}

void TestDistrictStub::lostAnswerStoresTheBatchAndItsKeyReplays()
{
    const QByteArray token = fetchToken();
    // Every answer lost: Qt resends a request whose connection closed before any answer, so a
    // single lost answer would not even reach this test.
    m_stub->injectFault(*FaultRule::parse(u"path=/v1/events,lose-answer"_s));
    const QString id = newId();
    const QByteArray body = batchOf({verifiedEvent(id)});
    const gd::test::HttpHeaders headers{{"Authorization", "Bearer " + token}, {"Idempotency-Key", "batch-1"}};
    const Answer lost = call("POST", u"/v1/events"_s, body, headers);
    QVERIFY(lost.error != QNetworkReply::NoError);
    QCOMPARE(lost.status, 0);
    QCOMPARE(m_stub->acceptedEvents().size(), 1);   // stored all the same
    QCOMPARE(m_stub->received().last().fault, u"lose-answer"_s);

    m_stub->clearFaults();
    const int replaysBefore = m_stub->idempotentReplays();
    const Answer replay = call("POST", u"/v1/events"_s, body, headers);
    QCOMPARE(replay.status, 200);
    QCOMPARE(replay.json().value(u"results"_s).toArray()[0].toObject().value(u"status"_s).toString(), u"accepted"_s);
    QCOMPARE(m_stub->idempotentReplays(), replaysBefore + 1);
    QCOMPARE(m_stub->acceptedEvents().size(), 1);
}

void TestDistrictStub::faultHookChoosesPerRequest()
{
    int calls = 0;
    m_stub->setFaultHook([&calls](const QByteArray&, const QString& path) -> std::optional<FaultRule> {
        if (path != u"/v1/health" || ++calls % 2 == 0)
            return std::nullopt;
        FaultRule rule;
        rule.path = path;
        rule.status = 500;
        return rule;
    });
    QCOMPARE(call("GET", u"/v1/health"_s).status, 500);
    QCOMPARE(call("GET", u"/v1/health"_s).status, 200);
    QCOMPARE(call("GET", u"/v1/health"_s).status, 500);
}

QTEST_GUILESS_MAIN(TestDistrictStub)
#include "TestDistrictStub.moc"
