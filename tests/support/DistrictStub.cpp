#include "support/DistrictStub.h"

#include "core/Roster.h"
#include "core/crypto/Ed25519.h"
#include "core/crypto/RsaOaep.h"
#include "support/EventValidator.h"
#include "support/HttpRequestParser.h"
#include "support/HttpResponse.h"
#include "support/StubCertificates.h"
#include "support/StubRoster.h"
#include "support/StubState.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrlQuery>

#include <openssl/crypto.h>

#include <sys/socket.h>

#include <unordered_map>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

Q_LOGGING_CATEGORY(lcStub, "guardiandesk.stub", QtInfoMsg)

// QSslServer plus a count of every TCP connection, including those that never speak TLS.
class CountingSslServer final : public QSslServer {
public:
    using QSslServer::QSslServer;
    int accepted = 0;

protected:
    void incomingConnection(qintptr descriptor) override
    {
        ++accepted;
        QSslServer::incomingConnection(descriptor);
    }
};

QByteArray randomToken(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), bytes / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

bool constantTimeEquals(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

// RFC 6749, 2.3.1: the client id and secret are form-encoded before Basic encoding.
QByteArray formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QByteArray::fromPercentEncoding(text);
}

HttpResponse invalidToken(const QString& message)
{
    return HttpResponse::error(401, u"invalid_token"_s, message)
        .withHeader("WWW-Authenticate", "Bearer realm=\"district\", error=\"invalid_token\"");
}

} // namespace

struct DistrictStub::Impl {
    struct Connection {
        explicit Connection(qint64 maxBody) : parser(maxBody) {}
        HttpRequestParser parser;
        bool awaitingAnswer = false;   // a delayed answer is due, or a hanging one never comes
    };

    enum class Outcome { Answer, Reset, Hang };

    DistrictStub* q;
    const Clock& clock;
    std::unique_ptr<QTemporaryDir> temporaryDirectory;
    QString certificateDirectory;
    QByteArray districtPrivateKeyPem;
    StubCertificates certificates;
    std::unique_ptr<StubRoster> roster;
    CountingSslServer* server = nullptr;
    std::unordered_map<QSslSocket*, std::unique_ptr<Connection>> connections;
    QByteArray clientSecret;
    QHash<QByteArray, QDateTime> tokens;     // access token -> expiry
    struct ActiveFault {
        FaultRule rule;
        int remaining;                       // -1: unlimited
    };
    QList<ActiveFault> faults;
    FaultHook faultHook;
    StubState state;   // what the district remembers: devices, witnessed heads, accepted ids
    int batchesWithoutHead = 0;
    QHash<QByteArray, HttpResponse> answeredBatches;   // Idempotency-Key -> the first 200
    int idempotentReplays = 0;
    QList<RecordedRequest> received;
    QList<QJsonObject> acceptedEvents;
    QFile recordFile;
    int tlsSessions = 0;

    Impl(DistrictStub* owner, const Clock& c) : q(owner), clock(c) {}

    const DistrictStubOptions& options() const { return q->m_options; }

    void onPendingConnections();
    void processBuffered(QSslSocket* socket);
    void handle(QSslSocket* socket, Connection& connection, const HttpRequest& request);
    void send(QSslSocket* socket, const HttpResponse& response, bool keepAlive);
    static void reset(QSslSocket* socket);
    std::optional<FaultRule> takeFault(const HttpRequest& request);
    void record(RecordedRequest record);

    HttpResponse route(const HttpRequest& request);
    HttpResponse token(const HttpRequest& request);
    std::optional<HttpResponse> refuseBearer(const HttpRequest& request) const;
    HttpResponse rosterPage(const HttpRequest& request);
    HttpResponse events(const HttpRequest& request);
    std::optional<HttpResponse> refuseAuditHead(const QJsonObject& batch, QJsonObject* head);
    HttpResponse enroll(const HttpRequest& request);
    HttpResponse deviceKeys(const HttpRequest& request);
    HttpResponse deviceAuditHeads(const HttpRequest& request, const QString& deviceId);
    HttpResponse health() const;
    void persist();
};

// With a state file, what the district remembers is written after every change to it.
void DistrictStub::Impl::persist()
{
    if (options().stateFile.isEmpty())
        return;
    if (const Status saved = saveStubState(options().stateFile, state); !saved)
        qWarning("district-stub: %s", qUtf8Printable(saved.message()));
}

DistrictStub::DistrictStub(DistrictStubOptions options, QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Impl>(this, options.clock ? *options.clock : Clock::system()))
    , m_options(std::move(options))
{
    d->clientSecret = m_options.clientSecret.isEmpty() ? randomToken(24) : m_options.clientSecret;
}

DistrictStub::~DistrictStub()
{
    stop();
    // The server owns the sockets; delete it while the connection table still exists.
    delete d->server;
    d->server = nullptr;
}

namespace {

// RSA-3072 for sealed secrets, kept beside the TLS certificates so a restarted stub can still
// open what kiosks sealed before.
Result<QByteArray> loadOrGenerateDistrictKeys(const QString& dir)
{
    QFile priv(dir + u"/district-private.pem"_s);
    if (priv.exists()) {
        if (!priv.open(QIODevice::ReadOnly))
            return Error::io(u"cannot read %1"_s.arg(priv.fileName()));
        return priv.readAll();
    }
    auto pair = crypto::generateRsaKeyPairPem(3072);
    if (!pair)
        return pair.error();
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (!priv.open(QIODevice::WriteOnly, mode) || priv.write(pair->first) != pair->first.size())
        return Error::io(u"cannot write %1"_s.arg(priv.fileName()));
    QFile pub(dir + u"/district-public.pem"_s);
    if (!pub.open(QIODevice::WriteOnly) || pub.write(pair->second) != pair->second.size())
        return Error::io(u"cannot write %1"_s.arg(pub.fileName()));
    return pair->first;
}

} // namespace

// Made on first use: RSA key generation costs a noticeable fraction of a second.
QString DistrictStub::districtPublicKeyPath() const
{
    if (d->districtPrivateKeyPem.isEmpty()) {
        auto keys = loadOrGenerateDistrictKeys(d->certificateDirectory);
        if (!keys)
            return {};
        d->districtPrivateKeyPem = std::move(keys).value();
    }
    return d->certificateDirectory + u"/district-public.pem"_s;
}

Result<QByteArray> DistrictStub::openSealedSecret(const QString& sealedSecretBase64) const
{
    if (districtPublicKeyPath().isEmpty())
        return Error::io(u"the district key pair could not be made"_s);
    const QByteArray cipher = QByteArray::fromBase64(sealedSecretBase64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (cipher.isEmpty())
        return Error::badInput(u"sealed_secret is not base64"_s);
    return crypto::rsaOaepOpen(d->districtPrivateKeyPem, cipher);
}

Status DistrictStub::start()
{
    if (isListening())
        return {};
    if (m_options.certificateDirectory.isEmpty()) {
        if (!d->temporaryDirectory) {
            d->temporaryDirectory = std::make_unique<QTemporaryDir>();
            if (!d->temporaryDirectory->isValid())
                return Error::io(u"cannot create a temporary certificate directory"_s);
        }
        d->certificateDirectory = d->temporaryDirectory->path();
    } else {
        d->certificateDirectory = m_options.certificateDirectory;
    }
    auto certificates = m_options.expiredCertificate
        ? StubCertificates::generate(d->certificateDirectory, true)
        : StubCertificates::loadOrGenerate(d->certificateDirectory);
    if (!certificates)
        return certificates.error();
    d->certificates = std::move(*certificates);

    if (!d->roster)
        d->roster = std::make_unique<StubRoster>(m_options.seed, m_options.students);

    if (!m_options.stateFile.isEmpty()) {
        auto state = loadStubState(m_options.stateFile);
        if (!state)
            return state.error();
        d->state = std::move(state).value();
    }

    if (!m_options.recordFile.isEmpty() && !d->recordFile.isOpen()) {
        d->recordFile.setFileName(m_options.recordFile);
        // One run, one record: a script reading it never sees an earlier run's requests.
        if (!d->recordFile.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text,
                                QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error::io(u"cannot write the record file %1: %2"_s.arg(m_options.recordFile,
                                                                          d->recordFile.errorString()));
    }

    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificateChain({d->certificates.server, d->certificates.ca});
    tls.setPrivateKey(d->certificates.serverKey);
    tls.setProtocol(QSsl::TlsV1_2OrLater);
    tls.setPeerVerifyMode(QSslSocket::VerifyNone);
    // HTTP/1.1 only: no ALPN offer, so clients never try h2 on this hand-written server.
    tls.setAllowedNextProtocols({});

    if (!d->server) {
        d->server = new CountingSslServer(this);
        connect(d->server, &QSslServer::pendingConnectionAvailable, this, [this] { d->onPendingConnections(); });
        connect(d->server, &QSslServer::errorOccurred, this, [](QSslSocket*, QAbstractSocket::SocketError error) {
            qCDebug(lcStub) << "TLS connection failed:" << error;
        });
    }
    d->server->setSslConfiguration(tls);
    if (!d->server->listen(m_options.listenAddress, m_options.port))
        return Error::io(u"cannot listen on %1:%2: %3"_s.arg(m_options.listenAddress.toString())
                             .arg(m_options.port)
                             .arg(d->server->errorString()));
    qCInfo(lcStub) << "listening on" << baseUrl().toString();
    return {};
}

void DistrictStub::stop()
{
    if (!d->server)
        return;
    d->server->close();
    std::vector<QSslSocket*> sockets;
    for (const auto& [socket, connection] : d->connections)
        sockets.push_back(socket);
    for (QSslSocket* socket : sockets)
        socket->abort();
}

bool DistrictStub::isListening() const
{
    return d->server && d->server->isListening();
}

QUrl DistrictStub::baseUrl() const
{
    QUrl url;
    url.setScheme(u"https"_s);
    const QHostAddress address = m_options.listenAddress == QHostAddress(QHostAddress::Any)
            || m_options.listenAddress == QHostAddress(QHostAddress::AnyIPv4)
        ? QHostAddress(QHostAddress::LocalHost)
        : m_options.listenAddress;
    url.setHost(address.toString());
    url.setPort(port());
    return url;
}

quint16 DistrictStub::port() const
{
    return d->server ? d->server->serverPort() : 0;
}

QString DistrictStub::certificateDirectory() const { return d->certificateDirectory; }
QSslCertificate DistrictStub::caCertificate() const { return d->certificates.ca; }
QString DistrictStub::caCertificatePath() const { return d->certificates.caPath; }
QSslCertificate DistrictStub::serverCertificate() const { return d->certificates.server; }
QString DistrictStub::clientId() const { return m_options.clientId; }
QByteArray DistrictStub::clientSecret() const { return d->clientSecret; }
qint64 DistrictStub::rosterStudentCount() const { return d->roster ? d->roster->studentCount() : 0; }
qint64 DistrictStub::rosterGuardianCount() const { return d->roster ? d->roster->guardianCount() : 0; }

QString DistrictStub::spkiPin() const
{
    return StubCertificates::spkiPin(d->certificates.server);
}

void DistrictStub::injectFault(const FaultRule& rule)
{
    d->faults.append({rule, rule.count});
}

void DistrictStub::clearFaults()
{
    d->faults.clear();
}

void DistrictStub::setFaultHook(FaultHook hook)
{
    d->faultHook = std::move(hook);
}

QList<StubDevice> DistrictStub::enrolledDevices() const
{
    QList<StubDevice> list;
    for (const QString& id : std::as_const(d->state.deviceOrder))
        list.append(d->state.devices.value(id));
    return list;
}

void DistrictStub::enrollDevice(const StubDevice& device)
{
    if (!d->state.devices.contains(device.deviceId))
        d->state.deviceOrder.append(device.deviceId);
    d->state.devices.insert(device.deviceId, device);
    d->persist();
}

QList<QJsonObject> DistrictStub::auditHeads(const QString& deviceId) const
{
    return d->state.auditHeads.value(deviceId);
}

int DistrictStub::batchesWithoutAuditHead() const { return d->batchesWithoutHead; }
int DistrictStub::idempotentReplays() const { return d->idempotentReplays; }

QList<RecordedRequest> DistrictStub::received() const { return d->received; }
QList<QJsonObject> DistrictStub::acceptedEvents() const { return d->acceptedEvents; }
int DistrictStub::connectionsAccepted() const { return d->server ? d->server->accepted : 0; }
int DistrictStub::tlsSessionsEstablished() const { return d->tlsSessions; }

Result<QSslCertificate> DistrictStub::generateUnrelatedCa()
{
    return StubCertificates::generateUnrelatedCa();
}

// ---- connections -------------------------------------------------------------------------

void DistrictStub::Impl::onPendingConnections()
{
    while (QTcpSocket* pending = server->nextPendingConnection()) {
        auto* socket = qobject_cast<QSslSocket*>(pending);
        if (!socket) {
            pending->abort();
            pending->deleteLater();
            continue;
        }
        ++tlsSessions;
        connections.emplace(socket, std::make_unique<Connection>(options().maxBodyBytes));
        QObject::connect(socket, &QSslSocket::readyRead, q, [this, socket] { processBuffered(socket); });
        QObject::connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QObject::destroyed, q, [this, socket] { connections.erase(socket); });
        // The request may have arrived together with the end of the handshake.
        processBuffered(socket);
    }
}

void DistrictStub::Impl::processBuffered(QSslSocket* socket)
{
    const auto it = connections.find(socket);
    if (it == connections.end())
        return;
    Connection& connection = *it->second;
    connection.parser.append(socket->readAll());
    while (!connection.awaitingAnswer && socket->state() == QAbstractSocket::ConnectedState) {
        HttpRequest request;
        const auto state = connection.parser.next(request);
        if (state == HttpRequestParser::State::NeedMore)
            return;
        if (state == HttpRequestParser::State::Failed) {
            qCInfo(lcStub) << "refused a malformed request:" << connection.parser.errorMessage();
            send(socket,
                 HttpResponse::error(connection.parser.errorStatus(), u"invalid_request"_s,
                                     connection.parser.errorMessage()),
                 false);
            return;
        }
        handle(socket, connection, request);
    }
}

void DistrictStub::Impl::handle(QSslSocket* socket, Connection& connection, const HttpRequest& request)
{
    RecordedRequest entry = RecordedRequest::fromHttp(request, clock.now());
    const std::optional<FaultRule> fault = takeFault(request);

    Outcome outcome = Outcome::Answer;
    HttpResponse response;
    if (fault) {
        entry.fault = FaultRule::actionName(fault->action);
        switch (fault->action) {
        case FaultRule::Action::Status:
            response = HttpResponse::error(fault->status, u"injected_fault"_s, u"a fault injected by the stub"_s);
            if (fault->retryAfterSeconds >= 0)
                response.withHeader("Retry-After", QByteArray::number(fault->retryAfterSeconds));
            break;
        case FaultRule::Action::ExpireToken:
            response = invalidToken(u"the access token expired"_s);
            break;
        case FaultRule::Action::Delay:
            response = route(request);
            break;
        case FaultRule::Action::Reset:
            outcome = Outcome::Reset;
            break;
        case FaultRule::Action::Hang:
            outcome = Outcome::Hang;
            break;
        case FaultRule::Action::Body:
            response.status = fault->status;
            response.body = fault->body;
            break;
        case FaultRule::Action::LoseAnswer:
            // The request takes effect (events are stored); only its answer never arrives.
            route(request);
            outcome = Outcome::Reset;
            break;
        }
    } else {
        response = route(request);
    }
    entry.status = outcome == Outcome::Answer ? response.status : 0;
    // Method, path and status only: queries and bodies may carry personal data.
    qCInfo(lcStub).noquote() << QString::fromLatin1(request.method) << request.path << entry.status
                             << (entry.fault.isEmpty() ? u"-"_s : u"fault="_s + entry.fault);
    record(std::move(entry));

    const bool keepAlive = request.keepAlive();
    const int delayMs = fault ? fault->delayMs : 0;
    if (outcome == Outcome::Hang) {
        connection.awaitingAnswer = true;
        return;
    }
    if (delayMs <= 0) {
        if (outcome == Outcome::Reset)
            reset(socket);
        else
            send(socket, response, keepAlive);
        return;
    }
    connection.awaitingAnswer = true;
    QTimer::singleShot(delayMs, Qt::PreciseTimer, socket, [this, socket, outcome, response, keepAlive] {
        if (outcome == Outcome::Reset) {
            reset(socket);
            return;
        }
        send(socket, response, keepAlive);
        if (const auto it = connections.find(socket); it != connections.end()) {
            it->second->awaitingAnswer = false;
            processBuffered(socket);
        }
    });
}

void DistrictStub::Impl::send(QSslSocket* socket, const HttpResponse& response, bool keepAlive)
{
    socket->write(response.serialize(keepAlive));
    if (!keepAlive)
        socket->disconnectFromHost();
}

void DistrictStub::Impl::reset(QSslSocket* socket)
{
    // SO_LINGER with a zero timeout turns close() into a TCP RST: a reset, not an orderly end.
    const linger immediate{1, 0};
    if (socket->socketDescriptor() >= 0)
        ::setsockopt(int(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &immediate, sizeof immediate);
    socket->abort();
}

std::optional<FaultRule> DistrictStub::Impl::takeFault(const HttpRequest& request)
{
    if (faultHook) {
        if (auto hooked = faultHook(request.method, request.path))
            return hooked;
    }
    for (qsizetype i = 0; i < faults.size(); ++i) {
        ActiveFault& active = faults[i];
        if (!active.rule.matches(request.method, request.path))
            continue;
        FaultRule rule = active.rule;
        if (active.remaining > 0 && --active.remaining == 0)
            faults.removeAt(i);
        return rule;
    }
    return std::nullopt;
}

void DistrictStub::Impl::record(RecordedRequest entry)
{
    if (recordFile.isOpen()) {
        recordFile.write(QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact) + '\n');
        recordFile.flush();
    }
    received.append(entry);
    Q_EMIT q->requestReceived(entry);
}

// ---- endpoints ---------------------------------------------------------------------------

HttpResponse DistrictStub::Impl::route(const HttpRequest& request)
{
    struct Endpoint {
        const char16_t* path;
        const char* method;
        HttpResponse (Impl::*handler)(const HttpRequest&);
    };
    static const Endpoint endpoints[] = {
        {u"/oauth/token", "POST", &Impl::token},
        {u"/v1/roster", "GET", &Impl::rosterPage},
        {u"/v1/events", "POST", &Impl::events},
        {u"/v1/devices", "POST", &Impl::enroll},
        {u"/v1/devices/keys", "GET", &Impl::deviceKeys},
    };
    if (request.path == u"/v1/health") {
        if (request.method != "GET")
            return HttpResponse::error(405, u"method_not_allowed"_s, u"use GET"_s).withHeader("Allow", "GET");
        return health();
    }
    const bool devicePath = request.path == u"/v1/devices" || request.path.startsWith(u"/v1/devices/");
    if (devicePath && options().apiVersion == u"1.0")
        return HttpResponse::error(404, u"not_found"_s, u"no such endpoint"_s);
    static const QString headsPrefix = u"/v1/devices/"_s;
    static const QString headsSuffix = u"/audit-heads"_s;
    if (request.path.startsWith(headsPrefix) && request.path.endsWith(headsSuffix)
        && request.path.size() > headsPrefix.size() + headsSuffix.size()) {
        if (request.method != "GET")
            return HttpResponse::error(405, u"method_not_allowed"_s, u"use GET"_s).withHeader("Allow", "GET");
        return deviceAuditHeads(request, request.path.mid(headsPrefix.size(),
                                                          request.path.size() - headsPrefix.size() - headsSuffix.size()));
    }
    for (const Endpoint& endpoint : endpoints) {
        if (request.path != QStringView(endpoint.path))
            continue;
        if (request.method != endpoint.method)
            return HttpResponse::error(405, u"method_not_allowed"_s, u"use %1"_s.arg(QLatin1StringView(endpoint.method)))
                .withHeader("Allow", endpoint.method);
        return (this->*endpoint.handler)(request);
    }
    return HttpResponse::error(404, u"not_found"_s, u"no such endpoint"_s);
}

HttpResponse DistrictStub::Impl::token(const HttpRequest& request)
{
    const QByteArray authorization = request.header("Authorization");
    bool authenticated = false;
    if (authorization.left(6).compare("Basic ", Qt::CaseInsensitive) == 0) {
        const auto decoded = QByteArray::fromBase64Encoding(authorization.mid(6).trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
        if (colon > 0) {
            const QByteArray id = formDecode(decoded.decoded.left(colon));
            const QByteArray secret = formDecode(decoded.decoded.mid(colon + 1));
            authenticated = id == options().clientId.toUtf8() && constantTimeEquals(secret, clientSecret);
        }
    }
    if (!authenticated)
        return HttpResponse::error(401, u"invalid_client"_s, u"client authentication failed"_s)
            .withHeader("WWW-Authenticate", "Basic realm=\"district\"");

    if (!request.header("Content-Type").toLower().startsWith("application/x-www-form-urlencoded"))
        return HttpResponse::error(400, u"invalid_request"_s, u"the body must be application/x-www-form-urlencoded"_s);
    const QUrlQuery form(QString::fromUtf8(request.body));
    if (form.queryItemValue(u"grant_type"_s) != u"client_credentials")
        return HttpResponse::error(400, u"unsupported_grant_type"_s, u"only client_credentials is granted"_s);

    const QByteArray accessToken = randomToken(32);
    tokens.insert(accessToken, clock.now().addSecs(options().tokenLifetimeSeconds));
    return HttpResponse::json(200, QJsonObject{{u"access_token"_s, QString::fromLatin1(accessToken)},
                                               {u"token_type"_s, u"Bearer"_s},
                                               {u"expires_in"_s, options().tokenLifetimeSeconds}})
        .withHeader("Cache-Control", "no-store");
}

std::optional<HttpResponse> DistrictStub::Impl::refuseBearer(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("Authorization");
    if (authorization.left(7).compare("Bearer ", Qt::CaseInsensitive) != 0)
        return HttpResponse::error(401, u"invalid_request"_s, u"a Bearer access token is required"_s)
            .withHeader("WWW-Authenticate", "Bearer realm=\"district\"");
    const auto it = tokens.constFind(authorization.mid(7).trimmed());
    if (it == tokens.constEnd())
        return invalidToken(u"unknown access token"_s);
    if (clock.now() >= it.value())
        return invalidToken(u"the access token expired"_s);
    return std::nullopt;
}

HttpResponse DistrictStub::Impl::rosterPage(const HttpRequest& request)
{
    if (auto refused = refuseBearer(request))
        return *refused;
    const QUrlQuery query(request.query);
    int limit = options().pageSize;
    if (query.hasQueryItem(u"limit"_s)) {
        bool ok = false;
        limit = query.queryItemValue(u"limit"_s).toInt(&ok);
        if (!ok || limit < 1 || limit > 1000)
            return HttpResponse::error(400, u"invalid_request"_s, u"limit must be from 1 to 1000"_s);
    }
    qint64 offset = 0;
    const QString cursor = query.queryItemValue(u"cursor"_s, QUrl::FullyDecoded);
    if (!cursor.isEmpty()) {
        const auto decoded = roster->offsetOf(cursor);
        if (!decoded)
            return HttpResponse::error(400, u"invalid_cursor"_s, u"the cursor was not issued by this server"_s);
        offset = *decoded;
    }
    return HttpResponse::json(200, toJson(roster->page(offset, limit)));
}

HttpResponse DistrictStub::Impl::events(const HttpRequest& request)
{
    if (auto refused = refuseBearer(request))
        return *refused;
    const QByteArray idempotencyKey = request.header("Idempotency-Key");
    if (idempotencyKey.isEmpty())
        return HttpResponse::error(400, u"invalid_request"_s, u"the Idempotency-Key header is required"_s);
    // A batch sent again under its key (its answer was lost) gets the first answer again.
    if (const auto it = answeredBatches.constFind(idempotencyKey); it != answeredBatches.constEnd()) {
        ++idempotentReplays;
        return it.value();
    }

    QJsonParseError parseError;
    const QJsonDocument batch = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return HttpResponse::error(400, u"malformed_json"_s,
                                   u"the body is not JSON: %1 at offset %2"_s.arg(parseError.errorString())
                                       .arg(parseError.offset));
    auto events = EventValidator::eventsOf(batch);
    if (!events)
        return HttpResponse::error(400, u"invalid_batch"_s, events.message());
    QJsonObject head;
    if (auto refused = refuseAuditHead(batch.object(), &head))
        return *refused;
    if (events->size() > options().maxBatchSize)
        return HttpResponse::error(413, u"batch_too_large"_s,
                                   u"a batch holds at most %1 events"_s.arg(options().maxBatchSize));

    QJsonArray results;
    for (const QJsonValue& value : std::as_const(*events)) {
        const QJsonObject event = value.toObject();
        const QString eventId = event.value(u"event_id"_s).toString();
        QJsonObject result{{u"event_id"_s, eventId}};
        if (!eventId.isEmpty() && state.acceptedIds.contains(eventId)) {
            result.insert(u"status"_s, u"duplicate"_s);
        } else if (const auto problem = EventValidator::problemWith(event)) {
            result.insert(u"status"_s, u"rejected"_s);
            result.insert(u"error"_s, QJsonObject{{u"code"_s, problem->code}, {u"message"_s, problem->message}});
        } else {
            state.acceptedIds.insert(eventId);
            acceptedEvents.append(event);
            result.insert(u"status"_s, u"accepted"_s);
        }
        results.append(result);
    }
    if (!head.isEmpty())
        state.auditHeads[batch.object().value(u"device_id"_s).toString()].append(head);
    persist();
    HttpResponse answer = HttpResponse::json(200, QJsonObject{{u"results"_s, results}});
    answeredBatches.insert(idempotencyKey, answer);
    return answer;
}

// Version 1.1: every batch carries the head of the kiosk's audit chain, signed by the device key
// the district enrolled. A head that does not verify refuses the whole batch.
std::optional<HttpResponse> DistrictStub::Impl::refuseAuditHead(const QJsonObject& batch, QJsonObject* head)
{
    if (options().apiVersion == u"1.0")
        return std::nullopt;
    const QJsonValue value = batch.value(u"audit_head"_s);
    if (value.isUndefined() || value.isNull()) {
        if (options().requireAuditHead)
            return HttpResponse::error(400, u"missing_audit_head"_s, u"the batch carries no audit_head"_s);
        ++batchesWithoutHead;
        return std::nullopt;
    }
    const QJsonObject h = value.toObject();
    const QString deviceId = batch.value(u"device_id"_s).toString();
    const qint64 seq = h.value(u"seq"_s).toInteger(-1);
    const QString hash = h.value(u"hash"_s).toString();
    const QString signedAt = h.value(u"signed_at"_s).toString();
    const QByteArray signature = QByteArray::fromBase64(h.value(u"signature"_s).toString().toLatin1());
    if (seq < 0 || hash.size() != 64 || signedAt.isEmpty() || signature.size() != 64)
        return HttpResponse::error(400, u"invalid_audit_head"_s, u"audit_head needs seq, hash, signed_at and signature"_s);
    const auto device = state.devices.constFind(deviceId);
    if (device == state.devices.constEnd())
        return HttpResponse::error(400, u"unknown_device"_s, u"the device %1 is not enrolled"_s.arg(deviceId));
    const QByteArray message = u"GDAH1|%1|%2|%3|%4"_s.arg(deviceId).arg(seq).arg(hash, signedAt).toUtf8();
    if (!crypto::ed25519Verify(device->signingKey, message, signature))
        return HttpResponse::error(400, u"invalid_audit_head"_s,
                                   u"the audit_head signature does not verify under the enrolled key"_s);
    *head = QJsonObject{{u"seq"_s, seq}, {u"hash"_s, hash}, {u"signed_at"_s, signedAt}};
    return std::nullopt;
}

HttpResponse DistrictStub::Impl::enroll(const HttpRequest& request)
{
    if (auto refused = refuseBearer(request))
        return *refused;
    QJsonParseError parseError;
    const QJsonObject body = QJsonDocument::fromJson(request.body, &parseError).object();
    if (parseError.error != QJsonParseError::NoError)
        return HttpResponse::error(400, u"malformed_json"_s, u"the body is not JSON"_s);
    StubDevice device;
    device.deviceId = body.value(u"device_id"_s).toString();
    device.schoolCode = body.value(u"school_code"_s).toString();
    device.label = body.value(u"label"_s).toString();
    device.signingKey = QByteArray::fromBase64(body.value(u"signing_key"_s).toString().toLatin1(),
                                               QByteArray::AbortOnBase64DecodingErrors);
    if (device.deviceId.isEmpty() || device.signingKey.size() != 32)
        return HttpResponse::error(400, u"invalid_request"_s,
                                   u"device_id and a base64 32-byte Ed25519 signing_key are required"_s);
    if (const auto known = state.devices.constFind(device.deviceId); known != state.devices.constEnd()) {
        if (known->signingKey != device.signingKey)
            return HttpResponse::json(409, QJsonObject{{u"error"_s,
                QJsonObject{{u"code"_s, u"key_conflict"_s},
                            {u"message"_s, u"device %1 is already enrolled with another key; district IT "
                                           "must retire the old key first"_s.arg(device.deviceId)}}}});
        return HttpResponse::json(200, QJsonObject{{u"device_id"_s, known->deviceId},
                                                   {u"enrolled_at"_s, known->enrolledAt}});
    }
    device.enrolledAt = clock.nowIso();
    state.devices.insert(device.deviceId, device);
    state.deviceOrder.append(device.deviceId);
    persist();
    return HttpResponse::json(201, QJsonObject{{u"device_id"_s, device.deviceId}, {u"enrolled_at"_s, device.enrolledAt}});
}

HttpResponse DistrictStub::Impl::deviceKeys(const HttpRequest& request)
{
    if (auto refused = refuseBearer(request))
        return *refused;
    QJsonArray list;
    for (const QString& id : std::as_const(state.deviceOrder)) {
        const StubDevice& device = state.devices[id];
        list.append(QJsonObject{{u"device_id"_s, device.deviceId}, {u"school_code"_s, device.schoolCode},
                                {u"signing_key"_s, QString::fromLatin1(device.signingKey.toBase64())},
                                {u"enrolled_at"_s, device.enrolledAt}, {u"revoked_at"_s, QJsonValue::Null}});
    }
    return HttpResponse::json(200, QJsonObject{{u"devices"_s, list}});
}

HttpResponse DistrictStub::Impl::deviceAuditHeads(const HttpRequest& request, const QString& deviceId)
{
    if (auto refused = refuseBearer(request))
        return *refused;
    if (!state.devices.contains(deviceId))
        return HttpResponse::error(404, u"unknown_device"_s, u"no such device"_s);
    QJsonArray list;
    for (const QJsonObject& head : state.auditHeads.value(deviceId))
        list.append(head);
    return HttpResponse::json(200, QJsonObject{{u"heads"_s, list}});
}

HttpResponse DistrictStub::Impl::health() const
{
    return HttpResponse::json(200, QJsonObject{{u"status"_s, u"ok"_s}, {u"server_time"_s, clock.nowIso()}});
}

} // namespace gd::test
