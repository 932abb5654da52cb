#include "sync/DistrictClient.h"

#include "core/Logging.h"
#include "core/crypto/SecureWipe.h"
#include "sync/TlsTrust.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>


using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr char kDeadlineProperty[] = "gd_deadlineExceeded";
constexpr char kAbandonedProperty[] = "gd_abandoned";
constexpr char kOversizedProperty[] = "gd_oversized";

QString describeNetworkError(QNetworkReply::NetworkError error, const QString& qtText)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return u"the district server refused the connection (is it running, is the port right?)"_s;
    case QNetworkReply::HostNotFoundError:
        return u"the district server's host name was not found (check the address and the network)"_s;
    case QNetworkReply::RemoteHostClosedError:
        return u"the district server closed the connection before answering"_s;
    case QNetworkReply::TimeoutError:
        return u"the connection to the district server timed out"_s;
    case QNetworkReply::SslHandshakeFailedError:
        return u"the TLS handshake with the district server failed: %1"_s.arg(qtText);
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
        return u"the network is not available"_s;
    default:
        return u"the district server could not be reached: %1"_s.arg(qtText);
    }
}

QString describeSkew(qint64 seconds)
{
    const qint64 magnitude = qAbs(seconds);
    const QString amount = magnitude >= 3600
        ? u"%1 h %2 min"_s.arg(magnitude / 3600).arg((magnitude % 3600) / 60)
        : u"%1 min %2 s"_s.arg(magnitude / 60).arg(magnitude % 60);
    return seconds > 0 ? u"this kiosk's clock is %1 behind the district server"_s.arg(amount)
                       : u"this kiosk's clock is %1 ahead of the district server"_s.arg(amount);
}

} // namespace

DistrictClient::DistrictClient(DistrictEndpoint endpoint, QNetworkAccessManager* network, const Clock& clock,
                               QObject* parent)
    : QObject(parent)
    , m_endpoint(std::move(endpoint))
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_clock(clock)
{
}

DistrictClient::~DistrictClient()
{
    abortAll();
}

QByteArray DistrictClient::userAgent()
{
    return QByteArrayLiteral("GuardianDesk/" GD_VERSION);
}

void DistrictClient::abortAll()
{
    const auto inFlight = std::exchange(m_inFlight, {});
    for (const QPointer<QNetworkReply>& reply : inFlight) {
        if (!reply)
            continue;
        reply->setProperty(kAbandonedProperty, true);
        reply->abort();
    }
}

template <typename Signal, typename ResultType>
void DistrictClient::emitLater(Signal signal, ResultType result)
{
    // Callers connect after calling: never answer from inside the call.
    QMetaObject::invokeMethod(this, [this, signal, result] { Q_EMIT(this->*signal)(result); }, Qt::QueuedConnection);
}

Result<DistrictClient::Prepared> DistrictClient::prepare(QStringView relativePath) const
{
    if (const Status valid = m_endpoint.validate(); !valid)
        return valid.error();
    auto trust = TlsTrust::forEndpoint(m_endpoint);
    if (!trust)
        return trust.error();
    QNetworkRequest request(m_endpoint.urlFor(relativePath));
    trust->apply(request);
    request.setRawHeader("User-Agent", userAgent());
    request.setRawHeader("X-Device-Id", m_endpoint.deviceId.toUtf8());
    request.setRawHeader("Accept", "application/json");
    // A redirect could carry credentials to another host: the district answers directly or not at all.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    // HTTP/1.1 only: the key pin is checked on each reply's `encrypted` signal, which Qt 6.4
    // emits for every HTTP/1.1 connection before the request is written; a multiplexed HTTP/2
    // connection reused by a later reply would not be vetted again for it. Requests here are
    // few and large, so HTTP/2 buys nothing.
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    return Prepared{request, std::move(*trust)};
}

void DistrictClient::send(const Prepared& prepared, const QByteArray& verb, const QByteArray& body,
                          AnswerHandler onAnswer)
{
    if (!m_network) {
        Answer answer;
        answer.failure = u"no network access"_s;
        QMetaObject::invokeMethod(this, [onAnswer, answer] { onAnswer(answer); }, Qt::QueuedConnection);
        return;
    }
    QNetworkReply* reply = m_network->sendCustomRequest(prepared.request, verb, body);
    prepared.trust.watch(reply);
    m_inFlight.append(reply);

    // transferTimeout only notices silence; a server that trickles bytes needs a real deadline.
    auto* deadline = new QTimer(reply);
    deadline->setSingleShot(true);
    deadline->setTimerType(Qt::PreciseTimer);   // a coarse timer may fire 5% early
    deadline->callOnTimeout(reply, [reply] {
        reply->setProperty(kDeadlineProperty, true);
        reply->abort();
    });
    deadline->start(m_deadline);

    const qint64 maxBytes = m_maxAnswerBytes;
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, maxBytes](qint64 received, qint64 total) {
        if (received > maxBytes || total > maxBytes) {
            reply->setProperty(kOversizedProperty, true);
            reply->abort();
        }
    });

    connect(reply, &QNetworkReply::finished, this, [this, reply, trust = prepared.trust, onAnswer] {
        reply->deleteLater();
        m_inFlight.removeAll(reply);
        if (reply->property(kAbandonedProperty).toBool())
            return;
        onAnswer(judge(reply, trust));
    });
}

DistrictClient::Answer DistrictClient::judge(QNetworkReply* reply, const TlsTrust& trust) const
{
    Answer answer;
    if (const QString tls = TlsTrust::failureOf(reply); !tls.isEmpty()) {
        answer.failure = tls;
        answer.errorKind = ErrorKind::Failed;
        return answer;
    }
    if (reply->property(kOversizedProperty).toBool()) {
        const QString cap = m_maxAnswerBytes >= (1 << 20) ? u"%1 MiB"_s.arg(m_maxAnswerBytes >> 20)
                                                          : u"%1 KiB"_s.arg(m_maxAnswerBytes >> 10);
        answer.failure = u"the district server's answer is larger than %1; it was refused"_s.arg(cap);
        answer.errorKind = ErrorKind::BadInput;
        answer.oversized = true;
        return answer;
    }
    if (reply->property(kDeadlineProperty).toBool()) {
        answer.failure = u"the district server did not answer within %1 s"_s.arg(double(m_deadline.count()) / 1000.0);
        return answer;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!status.isValid()) {
        answer.failure = describeNetworkError(reply->error(), reply->errorString());
        return answer;
    }
    // Belt and braces: an answer from a peer that does not match the pin is never used.
    if (!trust.peerMatchesPin(reply)) {
        answer.failure = u"the district server's public key does not match the configured pin"_s;
        answer.errorKind = ErrorKind::Failed;
        return answer;
    }
    answer.reached = true;
    answer.status = status.toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    return answer;
}

void DistrictClient::call(const QByteArray& verb, const QString& relativePath, const QByteArray& body,
                          const QList<QPair<QByteArray, QByteArray>>& headers, AnswerHandler onAnswer)
{
    const qsizetype question = relativePath.indexOf(u'?');
    auto prepared = prepare(question < 0 ? QStringView(relativePath) : QStringView(relativePath).left(question));
    if (prepared && question >= 0) {
        QUrl url = prepared->request.url();
        url.setQuery(relativePath.mid(question + 1), QUrl::StrictMode);
        prepared->request.setUrl(url);
    }
    if (!prepared) {
        Answer answer;
        answer.failure = prepared.message();
        answer.errorKind = prepared.error().kind;
        QMetaObject::invokeMethod(this, [onAnswer, answer] { onAnswer(answer); }, Qt::QueuedConnection);
        return;
    }
    for (const auto& [name, value] : headers)
        prepared->request.setRawHeader(name, value);
    if (!body.isEmpty() && prepared->request.header(QNetworkRequest::ContentTypeHeader).isNull())
        prepared->request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    send(*prepared, verb, body, std::move(onAnswer));
}

// ---- health ------------------------------------------------------------------------------

void DistrictClient::checkHealth()
{
    auto prepared = prepare(u"v1/health");
    if (!prepared) {
        HealthResult result;
        result.message = prepared.message();
        result.errorKind = prepared.error().kind;
        qCWarning(lcSync) << "health check not started:" << result.message;
        emitLater(&DistrictClient::healthChecked, result);
        return;
    }
    send(*prepared, "GET", {}, [this](const Answer& answer) { onHealthAnswer(answer); });
}

void DistrictClient::onHealthAnswer(const Answer& answer)
{
    HealthResult result;
    if (!answer.reached) {
        result.message = answer.failure;
        result.errorKind = answer.errorKind;
    } else if (answer.status != 200) {
        result.message = u"the district server is not healthy: it answered HTTP %1"_s.arg(answer.status);
        result.errorKind = ErrorKind::Io;
    } else {
        const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
        const QDateTime serverTime = QDateTime::fromString(body.value(u"server_time"_s).toString(), Qt::ISODate);
        if (body.value(u"status"_s).toString() != u"ok") {
            result.message = u"the district server reports that it is not ok"_s;
            result.errorKind = ErrorKind::Io;
        } else if (!serverTime.isValid() || serverTime.timeSpec() == Qt::LocalTime) {
            result.message = u"the district server's health answer has no valid server_time"_s;
            result.errorKind = ErrorKind::Failed;
        } else {
            result.ok = true;
            result.serverTime = serverTime.toUTC();
            result.clockSkewSeconds = m_clock.now().secsTo(result.serverTime);
            result.message = result.skewIsNoteworthy()
                ? u"the district server answered; "_s + describeSkew(result.clockSkewSeconds)
                : u"the district server answered"_s;
        }
    }
    if (result.ok)
        qCInfo(lcSync) << "health check ok, clock skew" << result.clockSkewSeconds << "s";
    else
        qCWarning(lcSync) << "health check failed:" << result.message;
    Q_EMIT healthChecked(result);
}

// ---- token -------------------------------------------------------------------------------

void DistrictClient::fetchToken(const ClientSecret& secret)
{
    auto prepared = prepare(u"oauth/token");
    Status usable = prepared ? Status() : Status(prepared.error());
    if (usable && m_endpoint.clientId.isEmpty())
        usable = Error::badInput(u"the client id is missing"_s);
    if (usable && secret.isEmpty())
        usable = Error::badInput(u"the client secret is missing"_s);
    if (!usable) {
        TokenResult result;
        result.message = usable.message();
        result.errorKind = usable.error().kind;
        qCWarning(lcSync) << "token request not started:" << result.message;
        emitLater(&DistrictClient::tokenFetched, result);
        return;
    }

    // RFC 6749, 2.3.1: id and secret are form-encoded, then sent with HTTP Basic. The copies
    // made here are wiped; the one inside Qt's request lives until the reply is gone.
    QByteArray encodedSecret = secret.reveal().toPercentEncoding();
    QByteArray credentials = m_endpoint.clientId.toUtf8().toPercentEncoding() + ':' + encodedSecret;
    const QByteArray authorization = "Basic " + credentials.toBase64();
    prepared->request.setRawHeader("Authorization", authorization);
    prepared->request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    crypto::wipe(encodedSecret);
    crypto::wipe(credentials);

    send(*prepared, "POST", "grant_type=client_credentials", [this](const Answer& answer) { onTokenAnswer(answer); });
}

void DistrictClient::onTokenAnswer(const Answer& answer)
{
    TokenResult result;
    const QJsonObject body = answer.reached ? QJsonDocument::fromJson(answer.body).object() : QJsonObject();
    const QString oauthError = body.value(u"error"_s).toString();
    if (!answer.reached) {
        result.message = answer.failure;
        result.errorKind = answer.errorKind;
    } else if (answer.status == 401 || (answer.status == 400 && oauthError == u"invalid_client")) {
        result.message = u"credentials rejected"_s;
        result.errorKind = ErrorKind::Denied;
    } else if (answer.status == 400) {
        result.message = u"the district server refused the token request (%1)"_s.arg(
            oauthError.isEmpty() ? u"HTTP 400"_s : oauthError);
        result.errorKind = ErrorKind::Failed;
    } else if (answer.status != 200) {
        result.message = u"the district server could not issue a token: it answered HTTP %1"_s.arg(answer.status);
        result.errorKind = answer.status >= 500 || answer.status == 429 ? ErrorKind::Io : ErrorKind::Failed;
    } else {
        const QString token = body.value(u"access_token"_s).toString();
        const QString type = body.value(u"token_type"_s).toString();
        const qint64 expiresIn = body.value(u"expires_in"_s).toInteger(-1);
        if (token.isEmpty() || type.compare(u"Bearer"_s, Qt::CaseInsensitive) != 0 || expiresIn <= 0) {
            result.message = u"the district server's token answer is incomplete"_s;
            result.errorKind = ErrorKind::Failed;
        } else {
            result.ok = true;
            result.message = u"access token received"_s;
            result.token = AccessToken(token.toUtf8(), m_clock.now().addSecs(expiresIn));
        }
    }
    if (result.ok)
        qCInfo(lcSync) << "access token received, valid until" << result.token.expiresAt();
    else
        qCWarning(lcSync) << "token request failed:" << result.message;
    Q_EMIT tokenFetched(result);
}

} // namespace gd
