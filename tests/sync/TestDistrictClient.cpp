#include "core/Clock.h"
#include "support/DistrictStub.h"
#include "support/FaultRule.h"
#include "sync/DistrictClient.h"
#include "sync/DistrictEndpoint.h"
#include "sync/TlsTrust.h"

#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;
using gd::ClientSecret;
using gd::DistrictClient;
using gd::DistrictEndpoint;
using gd::HealthResult;
using gd::TokenResult;
using gd::test::DistrictStub;
using gd::test::DistrictStubOptions;
using gd::test::FaultRule;

class TestDistrictClient : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void endpointValidation_data();
    void endpointValidation();
    void urlKeepsTheBasePath();

    void healthOkWithTheRightCa();
    void wrongCaFailsAndSendsNothing();
    void unreadableCaBundleFailsBeforeConnecting();
    void wrongPinFailsAfterTheHandshakeOnly();
    void rightPinPasses();
    void plainHttpRefusedBeforeAnyConnection();
    void skewReportedWhenTheClockIsFiveMinutesOff();
    void unhealthyServer();
    void deadlineEndsAHangingRequest();
    void fetchTokenWithGoodCredentials();
    void fetchTokenWithBadCredentials();
    void fetchTokenWhenTheServerIsDown();
    void secretWithReservedCharacters();
    void abortAllSilencesRequestsInFlight();
    void clientSecretFromFile();

private:
    DistrictEndpoint endpoint() const;
    HealthResult checkHealth(const DistrictEndpoint& endpoint, const gd::Clock& clock = gd::Clock::system(),
                             std::chrono::milliseconds deadline = DistrictClient::kDefaultDeadline);
    TokenResult fetchToken(const QByteArray& secret, const gd::Clock& clock = gd::Clock::system());

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<DistrictStub> m_stub;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

void TestDistrictClient::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    DistrictStubOptions options;
    options.certificateDirectory = m_dir->filePath(u"certs"_s);
    options.students = 20;
    m_stub = std::make_unique<DistrictStub>(options);
    const gd::Status started = m_stub->start();
    QVERIFY2(started.ok(), qPrintable(started.message()));
    m_nam = std::make_unique<QNetworkAccessManager>();
}

void TestDistrictClient::cleanup()
{
    m_nam.reset();
    m_stub.reset();
    m_dir.reset();
}

DistrictEndpoint TestDistrictClient::endpoint() const
{
    DistrictEndpoint endpoint;
    endpoint.baseUrl = m_stub->baseUrl();
    endpoint.caBundlePath = m_stub->caCertificatePath();
    endpoint.deviceId = u"kiosk-7f3a"_s;
    endpoint.clientId = m_stub->clientId();
    return endpoint;
}

HealthResult TestDistrictClient::checkHealth(const DistrictEndpoint& endpoint, const gd::Clock& clock,
                                             std::chrono::milliseconds deadline)
{
    DistrictClient client(endpoint, m_nam.get(), clock);
    client.setDeadline(deadline);
    QSignalSpy spy(&client, &DistrictClient::healthChecked);
    client.checkHealth();
    if (!spy.wait(15000))
        return HealthResult{false, u"test: no answer"_s, gd::ErrorKind::Failed, {}, 0};
    return spy.at(0).at(0).value<HealthResult>();
}

TokenResult TestDistrictClient::fetchToken(const QByteArray& secret, const gd::Clock& clock)
{
    DistrictClient client(endpoint(), m_nam.get(), clock);
    QSignalSpy spy(&client, &DistrictClient::tokenFetched);
    client.fetchToken(ClientSecret(secret));
    TokenResult result;
    if (!spy.wait(15000)) {
        result.message = u"test: no answer"_s;
        return result;
    }
    return spy.at(0).at(0).value<TokenResult>();
}

// ---- settings ----------------------------------------------------------------------------

void TestDistrictClient::endpointValidation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("pin");
    QTest::addColumn<QString>("deviceId");
    QTest::addColumn<QString>("error");   // a part of the message; empty: valid

    const QString pin = QString::fromLatin1(QByteArray(32, 'x').toBase64());
    QTest::newRow("https") << u"https://district.example.org"_s << QString() << u"kiosk-1"_s << QString();
    QTest::newRow("https with pin and prefix") << u"https://district.example.org/api/"_s << pin << u"kiosk-1"_s
                                               << QString();
    QTest::newRow("plain http") << u"http://district.example.org"_s << QString() << u"kiosk-1"_s
                                << u"plain http is refused: the district server must use https"_s;
    QTest::newRow("HTTP upper case") << u"HTTP://district.example.org"_s << QString() << u"kiosk-1"_s
                                     << u"plain http is refused"_s;
    QTest::newRow("ftp") << u"ftp://district.example.org"_s << QString() << u"kiosk-1"_s << u"https://"_s;
    QTest::newRow("empty") << QString() << QString() << u"kiosk-1"_s << u"missing"_s;
    QTest::newRow("credentials in URL") << u"https://user:pw@district.example.org"_s << QString() << u"kiosk-1"_s
                                        << u"user name or password"_s;
    QTest::newRow("short pin") << u"https://district.example.org"_s << u"abcd"_s << u"kiosk-1"_s << u"pin"_s;
    QTest::newRow("no device id") << u"https://district.example.org"_s << QString() << QString() << u"device id"_s;
    QTest::newRow("device id with a newline") << u"https://district.example.org"_s << QString() << u"k\nX-Evil: 1"_s
                                              << u"device id"_s;
}

void TestDistrictClient::endpointValidation()
{
    QFETCH(QString, url);
    QFETCH(QString, pin);
    QFETCH(QString, deviceId);
    QFETCH(QString, error);
    DistrictEndpoint endpoint;
    endpoint.baseUrl = QUrl(url);
    endpoint.spkiPin = pin;
    endpoint.deviceId = deviceId;
    endpoint.clientId = u"guardiandesk-demo"_s;
    const gd::Status status = endpoint.validate();
    QCOMPARE(status.ok(), error.isEmpty());
    if (!error.isEmpty()) {
        QVERIFY2(status.message().contains(error), qPrintable(status.message()));
        QCOMPARE(status.error().kind, gd::ErrorKind::BadInput);
    }
}

void TestDistrictClient::urlKeepsTheBasePath()
{
    DistrictEndpoint endpoint;
    endpoint.baseUrl = QUrl(u"https://district.example.org/api"_s);
    QCOMPARE(endpoint.urlFor(u"v1/health"), QUrl(u"https://district.example.org/api/v1/health"_s));
    endpoint.baseUrl = QUrl(u"https://district.example.org"_s);
    QCOMPARE(endpoint.urlFor(u"/oauth/token"), QUrl(u"https://district.example.org/oauth/token"_s));
}

// ---- TLS trust ---------------------------------------------------------------------------

void TestDistrictClient::healthOkWithTheRightCa()
{
    const HealthResult result = checkHealth(endpoint());
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(result.serverTime.isValid());
    QVERIFY(qAbs(result.clockSkewSeconds) < 5);
    QVERIFY(!result.skewIsNoteworthy());

    const auto received = m_stub->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].path, u"/v1/health"_s);
    QCOMPARE(received[0].userAgent(), "GuardianDesk/" GD_VERSION);
    QCOMPARE(received[0].deviceId(), "kiosk-7f3a");
}

void TestDistrictClient::wrongCaFailsAndSendsNothing()
{
    const auto otherCa = DistrictStub::generateUnrelatedCa();
    QVERIFY2(otherCa.ok(), qPrintable(otherCa.message()));
    const QString path = m_dir->filePath(u"other-ca.pem"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(otherCa->toPem());
    file.close();

    DistrictEndpoint wrong = endpoint();
    wrong.caBundlePath = path;
    const HealthResult result = checkHealth(wrong);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"certificate is not trusted by the district CA bundle"_s),
             qPrintable(result.message));
    QVERIFY2(result.message.contains(u"other-ca.pem"_s), qPrintable(result.message));
    QCOMPARE(result.errorKind, gd::ErrorKind::Failed);
    QVERIFY(m_stub->connectionsAccepted() >= 1);
    QVERIFY(m_stub->received().isEmpty());
}

void TestDistrictClient::unreadableCaBundleFailsBeforeConnecting()
{
    DistrictEndpoint missing = endpoint();
    missing.caBundlePath = m_dir->filePath(u"no-such-ca.pem"_s);
    const HealthResult result = checkHealth(missing);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"cannot read the district CA bundle"_s), qPrintable(result.message));
    QCOMPARE(m_stub->connectionsAccepted(), 0);
}

void TestDistrictClient::wrongPinFailsAfterTheHandshakeOnly()
{
    DistrictEndpoint pinned = endpoint();
    pinned.spkiPin = QString::fromLatin1(QByteArray(32, '\x42').toBase64());
    QVERIFY(pinned.spkiPin != m_stub->spkiPin());
    const HealthResult result = checkHealth(pinned);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"does not match the configured pin"_s), qPrintable(result.message));
    QVERIFY2(result.message.contains(m_stub->spkiPin()), qPrintable(result.message));
    QCOMPARE(result.errorKind, gd::ErrorKind::Failed);
    // The client saw the server's real key (the message names it), so the check ran on the
    // handshake; it hung up before writing a request byte.
    QVERIFY(m_stub->connectionsAccepted() >= 1);
    QVERIFY(m_stub->received().isEmpty());
}

void TestDistrictClient::rightPinPasses()
{
    DistrictEndpoint pinned = endpoint();
    pinned.spkiPin = m_stub->spkiPin();
    QCOMPARE(gd::TlsTrust::spkiPin(m_stub->serverCertificate()), m_stub->spkiPin());
    const HealthResult result = checkHealth(pinned);
    QVERIFY2(result.ok, qPrintable(result.message));
    QCOMPARE(m_stub->received().size(), 1);
}

void TestDistrictClient::plainHttpRefusedBeforeAnyConnection()
{
    DistrictEndpoint plain = endpoint();
    plain.baseUrl.setScheme(u"http"_s);
    DistrictClient client(plain, m_nam.get(), gd::Clock::system());
    QSignalSpy spy(&client, &DistrictClient::healthChecked);
    client.checkHealth();
    QCOMPARE(spy.size(), 0);   // answered later, never from inside the call
    QVERIFY(spy.wait(5000));
    const auto result = spy.at(0).at(0).value<HealthResult>();
    QVERIFY(!result.ok);
    QCOMPARE(result.message, u"plain http is refused: the district server must use https"_s);
    QCOMPARE(result.errorKind, gd::ErrorKind::BadInput);
    QCOMPARE(m_stub->connectionsAccepted(), 0);

    QSignalSpy tokenSpy(&client, &DistrictClient::tokenFetched);
    client.fetchToken(ClientSecret(m_stub->clientSecret()));
    QVERIFY(tokenSpy.wait(5000));
    QCOMPARE(tokenSpy.at(0).at(0).value<TokenResult>().message, DistrictEndpoint::plainHttpRefused());
    QCOMPARE(m_stub->connectionsAccepted(), 0);
}

// ---- health ------------------------------------------------------------------------------

void TestDistrictClient::skewReportedWhenTheClockIsFiveMinutesOff()
{
    const gd::ManualClock slowClock(QDateTime::currentDateTimeUtc().addSecs(-300));
    const HealthResult behind = checkHealth(endpoint(), slowClock);
    QVERIFY2(behind.ok, qPrintable(behind.message));
    QVERIFY2(qAbs(behind.clockSkewSeconds - 300) <= 5, qPrintable(QString::number(behind.clockSkewSeconds)));
    QVERIFY(behind.skewIsNoteworthy());
    QVERIFY2(behind.message.contains(u"behind"_s), qPrintable(behind.message));

    const gd::ManualClock fastClock(QDateTime::currentDateTimeUtc().addSecs(300));
    const HealthResult ahead = checkHealth(endpoint(), fastClock);
    QVERIFY(ahead.ok);
    QVERIFY(qAbs(ahead.clockSkewSeconds + 300) <= 5);
    QVERIFY2(ahead.message.contains(u"ahead"_s), qPrintable(ahead.message));
}

void TestDistrictClient::unhealthyServer()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,status=503,retry-after=5"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    const HealthResult result = checkHealth(endpoint());
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"503"_s), qPrintable(result.message));
    QCOMPARE(result.errorKind, gd::ErrorKind::Io);
}

void TestDistrictClient::deadlineEndsAHangingRequest()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,hang"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    QElapsedTimer timer;
    timer.start();
    const HealthResult result = checkHealth(endpoint(), gd::Clock::system(), 400ms);
    QVERIFY(!result.ok);
    QVERIFY2(result.message.contains(u"did not answer within 0.4 s"_s), qPrintable(result.message));
    QCOMPARE(result.errorKind, gd::ErrorKind::Io);
    QVERIFY(timer.elapsed() >= 400);
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(m_stub->received().size(), 1);
}

// ---- token -------------------------------------------------------------------------------

void TestDistrictClient::fetchTokenWithGoodCredentials()
{
    const gd::ManualClock clock;
    const TokenResult result = fetchToken(m_stub->clientSecret(), clock);
    QVERIFY2(result.ok, qPrintable(result.message));
    QVERIFY(!result.token.isNull());
    QCOMPARE(result.token.expiresAt(), clock.now().addSecs(3600));
    QVERIFY(result.token.isUsableAt(clock.now()));
    QVERIFY(!result.token.isUsableAt(clock.now().addSecs(3600 - 30)));
    QVERIFY(result.token.authorizationValue().startsWith("Bearer "));

    const auto received = m_stub->received();
    QCOMPARE(received.size(), 1);
    QCOMPARE(received[0].method, "POST");
    QCOMPARE(received[0].path, u"/oauth/token"_s);
    QCOMPARE(received[0].header("Authorization"), "Basic");
    QCOMPARE(received[0].body, "grant_type=client_credentials");
    QVERIFY(received[0].header("Content-Type").startsWith("application/x-www-form-urlencoded"));
    QCOMPARE(received[0].deviceId(), "kiosk-7f3a");
    QCOMPARE(received[0].status, 200);

    // The token works on the stub.
    QNetworkRequest request(m_stub->baseUrl().resolved(QUrl(u"/v1/roster?limit=1"_s)));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_stub->caCertificate()});
    request.setSslConfiguration(tls);
    request.setRawHeader("Authorization", result.token.authorizationValue());
    std::unique_ptr<QNetworkReply> reply(m_nam->get(request));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    QVERIFY(finished.wait(10000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
}

void TestDistrictClient::fetchTokenWithBadCredentials()
{
    const TokenResult result = fetchToken("not-the-secret");
    QVERIFY(!result.ok);
    QCOMPARE(result.message, u"credentials rejected"_s);
    QCOMPARE(result.errorKind, gd::ErrorKind::Denied);
    QVERIFY(result.token.isNull());
    QCOMPARE(m_stub->received().size(), 1);
    QCOMPARE(m_stub->received()[0].status, 401);

    const TokenResult empty = fetchToken({});
    QVERIFY(!empty.ok);
    QCOMPARE(empty.message, u"the client secret is missing"_s);
    QCOMPARE(m_stub->received().size(), 1);
}

void TestDistrictClient::fetchTokenWhenTheServerIsDown()
{
    const auto rule = FaultRule::parse(u"path=/oauth/token,status=503,retry-after=30"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    const TokenResult unavailable = fetchToken(m_stub->clientSecret());
    QVERIFY(!unavailable.ok);
    QCOMPARE(unavailable.errorKind, gd::ErrorKind::Io);
    QVERIFY2(unavailable.message.contains(u"503"_s), qPrintable(unavailable.message));

    DistrictEndpoint gone = endpoint();
    m_stub->stop();
    DistrictClient client(gone, m_nam.get(), gd::Clock::system());
    QSignalSpy spy(&client, &DistrictClient::tokenFetched);
    client.fetchToken(ClientSecret(m_stub->clientSecret()));
    QVERIFY(spy.wait(10000));
    const auto refused = spy.at(0).at(0).value<TokenResult>();
    QVERIFY(!refused.ok);
    QCOMPARE(refused.errorKind, gd::ErrorKind::Io);
    QVERIFY2(refused.message.contains(u"refused the connection"_s), qPrintable(refused.message));
}

void TestDistrictClient::secretWithReservedCharacters()
{
    // RFC 6749, 2.3.1: both sides form-encode before Basic, so ':' '+' '%' and spaces survive.
    DistrictStubOptions options;
    options.certificateDirectory = m_dir->filePath(u"certs2"_s);
    options.students = 1;
    options.clientSecret = "a:b+c d%20e";
    DistrictStub stub(options);
    QVERIFY(stub.start().ok());
    DistrictEndpoint endpoint = this->endpoint();
    endpoint.baseUrl = stub.baseUrl();
    endpoint.caBundlePath = stub.caCertificatePath();
    DistrictClient client(endpoint, m_nam.get(), gd::Clock::system());
    QSignalSpy spy(&client, &DistrictClient::tokenFetched);
    client.fetchToken(ClientSecret(options.clientSecret));
    QVERIFY(spy.wait(10000));
    const auto result = spy.at(0).at(0).value<TokenResult>();
    QVERIFY2(result.ok, qPrintable(result.message));
}

void TestDistrictClient::abortAllSilencesRequestsInFlight()
{
    const auto rule = FaultRule::parse(u"path=/v1/health,hang"_s);
    QVERIFY(rule.ok());
    m_stub->injectFault(*rule);
    DistrictClient client(endpoint(), m_nam.get(), gd::Clock::system());
    QSignalSpy spy(&client, &DistrictClient::healthChecked);
    client.checkHealth();
    QTRY_COMPARE(m_stub->received().size(), 1);
    client.abortAll();
    QVERIFY(!spy.wait(300));
    QCOMPARE(spy.size(), 0);
}

void TestDistrictClient::clientSecretFromFile()
{
    const QString path = m_dir->filePath(u"client-secret"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_stub->clientSecret() + "\n");
    file.close();
    auto secret = ClientSecret::fromFile(path);
    QVERIFY2(secret.ok(), qPrintable(secret.message()));
    QCOMPARE(secret->reveal(), m_stub->clientSecret());

    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("\n");
    file.close();
    QVERIFY(!ClientSecret::fromFile(path).ok());
    QVERIFY(!ClientSecret::fromFile(m_dir->filePath(u"missing"_s)).ok());
}

QTEST_GUILESS_MAIN(TestDistrictClient)
#include "TestDistrictClient.moc"
