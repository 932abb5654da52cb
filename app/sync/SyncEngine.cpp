#include "sync/SyncEngine.h"

#include "core/Logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QUrl>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// The message a district error body carries: {"error": {"code", "message"}} (1.1) or the
// OAuth shape {"error": code, "error_description": message}.
QString serverMessage(const QByteArray& body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(u"error"_s);
    if (error.isObject()) {
        const QJsonObject e = error.toObject();
        const QString message = e.value(u"message"_s).toString();
        return message.isEmpty() ? e.value(u"code"_s).toString() : message;
    }
    const QString description = o.value(u"error_description"_s).toString();
    return description.isEmpty() ? error.toString() : description;
}

QString withServerMessage(const QString& what, const DistrictAnswer& answer)
{
    const QString message = serverMessage(answer.body);
    return message.isEmpty() ? u"%1: HTTP %2"_s.arg(what).arg(answer.status)
                             : u"%1: HTTP %2 (%3)"_s.arg(what).arg(answer.status).arg(message);
}

const QString kEnrollment = u"enrollment"_s;
const QString kEnrollmentMessage = u"enrollment_message"_s;
const QString kRosterProblem = u"roster_problem"_s;
const QString kLastSuccess = u"last_success_at"_s;   // read by SyncStatus
const QString kLastError = u"last_error"_s;
const QString kClockSkew = u"clock_skew_seconds"_s;
const QString kLastRun = u"last_run"_s;

} // namespace

SyncEngine::SyncEngine(SyncSettings settings, ClientSecret secret, SyncStore& store, const Clock& clock,
                       NetworkFactory networkFactory, QObject* parent)
    : QObject(parent)
    , m_settings(std::move(settings))
    , m_secret(std::move(secret))
    , m_store(store)
    , m_clock(clock)
    , m_jitter([] { return QRandomGenerator::global()->generateDouble(); })
{
    m_settings.batchSize = std::clamp(m_settings.batchSize, 1, kMaxBatchSize);
    m_network = networkFactory ? networkFactory(this) : new QNetworkAccessManager(this);
    m_client = std::make_unique<DistrictClient>(m_settings.endpoint, m_network, m_clock);
    m_client->setDeadline(m_settings.deadline);
    m_client->setMaxAnswerBytes(m_settings.maxRosterPageBytes);
}

SyncEngine::~SyncEngine()
{
    m_client->abortAll();
}

void SyncEngine::start(bool force)
{
    if (m_running)
        return;
    m_running = true;
    m_report = SyncReport();
    m_stop.reset();
    m_pushAllowed = true;
    m_afterSeq = 0;
    m_splitQueue.clear();

    const auto backoff = m_store.backoff();
    if (!backoff) {
        QMetaObject::invokeMethod(this, [this, error = backoff.error()] { storeFailed(error); }, Qt::QueuedConnection);
        return;
    }
    if (!force && backoff->nextAttemptAt.isValid() && m_clock.now() < backoff->nextAttemptAt) {
        // Not yet: the schedule of the last failure stands (it survived a restart).
        m_report.ran = false;
        m_report.nextAttemptAt = backoff->nextAttemptAt;
        m_report.message = u"waiting until %1 before trying the district server again (last error: %2)"_s
                               .arg(toIsoUtc(backoff->nextAttemptAt), backoff->lastError);
        m_running = false;
        QMetaObject::invokeMethod(this, [this, report = m_report] { Q_EMIT finished(report); }, Qt::QueuedConnection);
        return;
    }
    m_report.ran = true;
    // A plain http:// address, a bad pin or an unreadable CA bundle stops before any connection.
    if (const Status valid = m_settings.endpoint.validate(); !valid) {
        QMetaObject::invokeMethod(this, [this, message = valid.message()] { fail({message, false, {}}); },
                                  Qt::QueuedConnection);
        return;
    }
    checkHealth();
}

// ---- health and token --------------------------------------------------------------------

void SyncEngine::checkHealth()
{
    Q_EMIT progress(u"checking the district server"_s);
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_client.get(), &DistrictClient::healthChecked, this, [this, connection](const HealthResult& health) {
        disconnect(*connection);
        if (!health.ok) {
            // Trust failures (errorKind Failed/BadInput) need a person; the rest pass by themselves.
            fail({health.message, health.errorKind == ErrorKind::Io, {}});
            return;
        }
        m_report.clockSkewSeconds = health.clockSkewSeconds;
        if (health.skewIsNoteworthy())
            m_report.skewWarning = health.message;
        (void)m_store.setStateValue(kClockSkew, QString::number(health.clockSkewSeconds));
        ensureToken([this] { enroll(); });
    });
    m_client->checkHealth();
}

void SyncEngine::ensureToken(const std::function<void()>& then)
{
    if (!m_token.isNull() && m_token.isUsableAt(m_clock.now())) {
        then();
        return;
    }
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_client.get(), &DistrictClient::tokenFetched, this, [this, connection, then](const TokenResult& result) {
        disconnect(*connection);
        if (!result.ok) {
            fail({result.message, result.errorKind == ErrorKind::Io, {}});
            return;
        }
        m_token = result.token;
        then();
    });
    m_client->fetchToken(m_secret);
}

void SyncEngine::authed(const QByteArray& verb, const QString& path, const QByteArray& body,
                        const QList<QPair<QByteArray, QByteArray>>& headers, DistrictClient::AnswerHandler onAnswer,
                        bool isRetry)
{
    ensureToken([=, this] {
        auto all = headers;
        all.append({"Authorization", m_token.authorizationValue()});
        m_client->call(verb, path, body, all, [=, this](const DistrictAnswer& answer) {
            if (answer.reached && answer.status == 401) {
                if (isRetry) {
                    fail({u"credentials rejected: the district server refused a fresh access token; "
                          "check the client id and secret with district IT"_s, false, {}});
                    return;
                }
                // district-api.md: one new token, one repeat.
                m_token = AccessToken();
                authed(verb, path, body, headers, onAnswer, true);
                return;
            }
            onAnswer(answer);
        });
    });
}

// ---- enrollment and device keys ----------------------------------------------------------

void SyncEngine::enroll()
{
    const auto known = m_store.stateValue(kEnrollment);
    if (!known)
        return storeFailed(known.error());
    if (*known == u"enrolled") {
        m_report.enrollment = *known;
        fetchDeviceKeys();
        return;
    }
    const auto publicKey = m_store.devicePublicKey();
    if (!publicKey)
        return storeFailed(publicKey.error());
    const QJsonObject body{{u"device_id"_s, m_settings.endpoint.deviceId},
                           {u"school_code"_s, m_settings.schoolCode},
                           {u"label"_s, m_settings.deviceLabel},
                           {u"signing_key"_s, QString::fromLatin1(publicKey->toBase64())}};
    Q_EMIT progress(u"enrolling this kiosk's signing key"_s);
    authed("POST", u"v1/devices"_s, QJsonDocument(body).toJson(QJsonDocument::Compact), {},
           [this](const DistrictAnswer& answer) {
               if (answer.reached && (answer.status == 201 || answer.status == 200)) {
                   m_report.enrollment = u"enrolled"_s;
                   (void)m_store.setStateValue(kEnrollment, m_report.enrollment);
                   (void)m_store.setStateValue(kEnrollmentMessage, {});
                   fetchDeviceKeys();
                   return;
               }
               if (answer.reached && answer.status == 409) {
                   const QString message = u"the district server already knows this kiosk (%1) with another signing "
                                           "key; nothing was sent. Ask district IT to retire the old key of %1 "
                                           "(server: %2)"_s.arg(m_settings.endpoint.deviceId, serverMessage(answer.body));
                   m_report.enrollment = u"conflict"_s;
                   (void)m_store.setStateValue(kEnrollment, m_report.enrollment);
                   (void)m_store.setStateValue(kEnrollmentMessage, message);
                   fail({message, false, {}});
                   return;
               }
               if (answer.reached && answer.status == 404) {
                   // A 1.0 server: the roster still comes, the events wait (district-api.md, 1.1).
                   const QString message = u"the district server does not know device keys (API 1.0): events "
                                           "stay in the outbox until it is upgraded"_s;
                   m_report.enrollment = u"api-1.0"_s;
                   (void)m_store.setStateValue(kEnrollment, m_report.enrollment);
                   (void)m_store.setStateValue(kEnrollmentMessage, message);
                   m_pushAllowed = false;
                   problem(message);
                   pullRosterPage();
                   return;
               }
               fail(failureOf(answer, u"device enrollment failed"_s));
           });
}

void SyncEngine::fetchDeviceKeys()
{
    authed("GET", u"v1/devices/keys"_s, {}, {}, [this](const DistrictAnswer& answer) {
        if (answer.reached && answer.status == 200) {
            const QJsonValue devices = QJsonDocument::fromJson(answer.body).object().value(u"devices"_s);
            if (!devices.isArray()) {
                problem(u"the district server's device key list is malformed; the kept copy is unchanged"_s);
            } else if (const Status saved = m_store.saveDeviceKeys(
                           QJsonDocument(devices.toArray()).toJson(QJsonDocument::Compact));
                       !saved) {
                return storeFailed(saved);
            }
            fetchWitnessedHeads();
            return;
        }
        fail(failureOf(answer, u"the device key list could not be fetched"_s));
    });
}

// The heads of this kiosk's chain that the district keeps: verify-audit --district compares the
// local chain with them. Without them the sync goes on; the kept copy stays as it was.
void SyncEngine::fetchWitnessedHeads()
{
    const QString path = u"v1/devices/%1/audit-heads"_s.arg(
        QString::fromLatin1(QUrl::toPercentEncoding(m_settings.endpoint.deviceId)));
    authed("GET", path, {}, {}, [this](const DistrictAnswer& answer) {
        const QJsonValue heads = QJsonDocument::fromJson(answer.body).object().value(u"heads"_s);
        if (answer.reached && answer.status == 200 && heads.isArray()) {
            if (const Status saved = m_store.saveWitnessedHeads(QJsonDocument(heads.toArray()).toJson(QJsonDocument::Compact));
                !saved)
                return storeFailed(saved);
        } else {
            problem(u"the district's witnessed audit heads could not be fetched; the kept copy is unchanged"_s);
        }
        pullRosterPage();
    });
}

// ---- roster ------------------------------------------------------------------------------

void SyncEngine::pullRosterPage()
{
    if (!m_settings.pullRoster)
        return pushNextBatch();
    const auto cursor = m_store.rosterCursor();
    if (!cursor)
        return storeFailed(cursor.error());
    QString path = u"v1/roster?limit=%1"_s.arg(m_settings.rosterPageLimit);
    if (!cursor->isEmpty())
        path += u"&cursor="_s + QString::fromLatin1(QUrl::toPercentEncoding(*cursor));
    authed("GET", path, {}, {}, [this](const DistrictAnswer& answer) {
        if (answer.oversized || (answer.reached && answer.status == 200)) {
            bool hasMore = false;
            if (const Status applied = applyRosterAnswer(answer, &hasMore); !applied) {
                // The page is refused whole and the cursor stays: the next run asks again.
                const QString message = u"roster page refused: %1"_s.arg(applied.message());
                (void)m_store.setStateValue(kRosterProblem, message);
                problem(message);
                return pushNextBatch();
            }
            if (hasMore)
                return pullRosterPage();
            (void)m_store.setStateValue(kRosterProblem, {});
            return pushNextBatch();
        }
        fail(failureOf(answer, u"the roster could not be fetched"_s));
    });
}

Status SyncEngine::applyRosterAnswer(const DistrictAnswer& answer, bool* hasMore)
{
    if (answer.oversized)
        return Error::badInput(answer.failure);
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(answer.body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::badInput(u"the answer is not JSON (%1 at byte %2 of %3; truncated?)"_s
                                   .arg(parseError.errorString()).arg(parseError.offset).arg(answer.body.size()));
    if (!document.isObject())
        return Error::badInput(u"the answer is not a roster page object"_s);
    const QJsonObject o = document.object();
    for (const QString& key : {u"students"_s, u"guardians"_s, u"relationships"_s}) {
        if (!o.value(key).isArray())
            return Error::badInput(u"\"%1\" is missing or not an array"_s.arg(key));
    }
    const QString nextCursor = o.value(u"next_cursor"_s).toString();
    if (nextCursor.isEmpty())
        return Error::badInput(u"next_cursor is missing"_s);
    if (!o.value(u"has_more"_s).isBool())
        return Error::badInput(u"has_more is missing or not true/false"_s);
    auto page = rosterPageFromJson(o);
    if (!page)
        return Error::badInput(page.message());
    const auto cursor = m_store.rosterCursor();
    *hasMore = o.value(u"has_more"_s).toBool();
    if (*hasMore && cursor && *cursor == nextCursor)
        return Error::badInput(u"the server sent the same cursor again"_s);
    if (const Status applied = m_store.applyRosterPage(*page, nextCursor); !applied)
        return applied;
    ++m_report.rosterPages;
    m_report.students += page->students.size();
    m_report.guardians += page->guardians.size();
    for (const Relationship& r : std::as_const(page->relationships)) {
        if (r.deleted)
            ++m_report.relationshipsRemoved;
        else
            ++m_report.relationships;
    }
    Q_EMIT progress(u"roster: %1 pages, %2 students"_s.arg(m_report.rosterPages).arg(m_report.students));
    return {};
}

// ---- events ------------------------------------------------------------------------------

void SyncEngine::pushNextBatch()
{
    if (!m_pushAllowed)
        return finish();
    if (!m_splitQueue.isEmpty()) {
        sendBatch(m_splitQueue.takeFirst(), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        return;
    }
    auto batch = m_store.pendingEvents(m_afterSeq, m_settings.batchSize);
    if (!batch)
        return storeFailed(batch.error());
    if (batch->isEmpty())
        return finish();
    m_afterSeq = batch->constLast().seq;
    sendBatch(std::move(batch).value(), QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
}

void SyncEngine::sendBatch(QList<PendingEvent> batch, QByteArray idempotencyKey)
{
    QJsonArray events;
    for (const PendingEvent& event : std::as_const(batch))
        events.append(event.json);
    QJsonObject body{{u"device_id"_s, m_settings.endpoint.deviceId}, {u"school_code"_s, m_settings.schoolCode},
                     {u"events"_s, events}};
    if (m_report.enrollment == u"enrolled") {
        const auto head = m_store.signedAuditHead(m_settings.endpoint.deviceId, m_clock.nowIso());
        if (!head)
            return storeFailed(head.error());
        body.insert(u"audit_head"_s, QJsonObject{{u"seq"_s, head->seq}, {u"hash"_s, head->hash},
                                                 {u"signed_at"_s, head->signedAt},
                                                 {u"signature"_s, QString::fromLatin1(head->signature.toBase64())}});
    }
    authed("POST", u"v1/events"_s, QJsonDocument(body).toJson(QJsonDocument::Compact),
           {{"Idempotency-Key", idempotencyKey}},
           [this, batch, idempotencyKey](const DistrictAnswer& answer) { onBatchAnswer(batch, idempotencyKey, answer); });
}

void SyncEngine::onBatchAnswer(const QList<PendingEvent>& batch, const QByteArray& idempotencyKey,
                               const DistrictAnswer& answer)
{
    Q_UNUSED(idempotencyKey)
    if (answer.reached && answer.status == 200) {
        const QJsonArray results = QJsonDocument::fromJson(answer.body).object().value(u"results"_s).toArray();
        QHash<QString, QJsonObject> byId;
        for (const QJsonValue& value : results)
            byId.insert(value.toObject().value(u"event_id"_s).toString(), value.toObject());
        QList<EventOutcome> outcomes;
        QStringList unanswered;
        for (const PendingEvent& event : batch) {
            const auto it = byId.constFind(event.eventId);
            const QString status = it == byId.constEnd() ? QString() : it->value(u"status"_s).toString();
            if (status == u"accepted" || status == u"duplicate") {
                outcomes.append({event.eventId, true, {}});
                ++(status == u"accepted" ? m_report.accepted : m_report.duplicates);
            } else if (status == u"rejected") {
                const QJsonObject error = it->value(u"error"_s).toObject();
                const QString message = u"rejected by the district: %1 (%2)"_s.arg(
                    error.value(u"message"_s).toString(), error.value(u"code"_s).toString());
                outcomes.append({event.eventId, false, message});
                ++m_report.rejected;
            } else {
                unanswered.append(event.eventId);
            }
        }
        if (const Status saved = m_store.recordOutcomes(outcomes); !saved)
            return storeFailed(saved);
        if (!unanswered.isEmpty()) {
            const QString message = u"the district server gave no result for %1 events; they stay pending"_s.arg(unanswered.size());
            (void)m_store.recordAttempt(unanswered, message);
            problem(message);
        }
        ++m_report.batches;
        Q_EMIT progress(u"events: %1 delivered, %2 rejected"_s.arg(m_report.accepted + m_report.duplicates)
                            .arg(m_report.rejected + m_report.failedInBatch));
        return pushNextBatch();
    }
    if (answer.reached && answer.status == 413) {
        if (batch.size() == 1) {
            const QString message = u"the district server finds this event too large (HTTP 413)"_s;
            if (const Status saved = m_store.recordOutcomes({{batch.constFirst().eventId, false, message}}); !saved)
                return storeFailed(saved);
            ++m_report.failedInBatch;
            problem(message);
            return pushNextBatch();
        }
        // Split and try again, the halves first, in order.
        const qsizetype half = batch.size() / 2;
        m_splitQueue.prepend(batch.mid(half));
        m_splitQueue.prepend(batch.first(half));
        return pushNextBatch();
    }
    if (answer.reached && answer.status == 400) {
        // Nothing was stored: the batch's events are failed with the server's reason.
        const QString message = withServerMessage(u"the district server refused the batch as malformed"_s, answer);
        QList<EventOutcome> outcomes;
        for (const PendingEvent& event : batch)
            outcomes.append({event.eventId, false, message});
        if (const Status saved = m_store.recordOutcomes(outcomes); !saved)
            return storeFailed(saved);
        m_report.failedInBatch += batch.size();
        problem(message);
        return pushNextBatch();
    }
    const Failure failure = failureOf(answer, u"the events could not be delivered"_s);
    QStringList ids;
    for (const PendingEvent& event : batch)
        ids.append(event.eventId);
    for (const auto& queued : std::as_const(m_splitQueue)) {
        for (const PendingEvent& event : queued)
            ids.append(event.eventId);
    }
    if (const Status saved = m_store.recordAttempt(ids, failure.message); !saved)
        return storeFailed(saved);
    fail(failure);
}

// ---- outcomes ----------------------------------------------------------------------------

SyncEngine::Failure SyncEngine::failureOf(const DistrictAnswer& answer, const QString& what) const
{
    if (!answer.reached) {
        // Trust failures stop until a person acts; timeouts, resets, refusals and lost answers pass.
        return {answer.failure, answer.errorKind == ErrorKind::Io, {}};
    }
    const int status = answer.status;
    if (status == 429 || status == 503)
        return {withServerMessage(what, answer), true, RetryPolicy::parseRetryAfter(answer.retryAfter, m_clock.now())};
    if (status >= 500)
        return {withServerMessage(what, answer), true, {}};
    return {withServerMessage(what, answer), false, {}};
}

void SyncEngine::problem(const QString& message)
{
    qCWarning(lcSync) << "sync problem:" << message;
    m_report.problems.append(message);
}

void SyncEngine::storeFailed(const Status& status)
{
    fail({u"the kiosk database could not record the sync: %1"_s.arg(status.message()), true, {}});
}

void SyncEngine::fail(const Failure& failure)
{
    m_stop = failure;
    problem(failure.message);
    finish();
}

void SyncEngine::finish()
{
    m_report.ok = m_report.problems.isEmpty();
    m_report.transient = m_stop && m_stop->transient;
    const auto pending = m_store.pendingCount();
    m_report.pending = pending ? *pending : -1;
    const QDateTime now = m_clock.now();
    (void)m_store.setStateValue(kLastRun, toIsoUtc(now));
    if (m_report.ok) {
        if (const Status cleared = m_store.setBackoff(BackoffState()); !cleared)
            qCWarning(lcSync) << "the back-off schedule could not be cleared:" << cleared.message();
        (void)m_store.setStateValue(kLastSuccess, toIsoUtc(now));
        (void)m_store.setStateValue(kLastError, {});
        m_report.message = u"synced: %1 roster pages, %2 events delivered, %3 pending"_s
                               .arg(m_report.rosterPages).arg(m_report.accepted + m_report.duplicates)
                               .arg(m_report.pending);
    } else {
        const auto previous = m_store.backoff();
        const BackoffState next = m_policy.afterFailure(previous ? *previous : BackoffState(), now,
                                                        m_report.problems.constLast(),
                                                        m_stop ? m_stop->retryAfterSeconds : std::nullopt, m_jitter());
        if (const Status kept = m_store.setBackoff(next); !kept)
            qCWarning(lcSync) << "the back-off schedule could not be kept:" << kept.message();
        (void)m_store.setStateValue(kLastError, m_report.problems.constLast().left(300));
        m_report.nextAttemptAt = next.nextAttemptAt;
        m_report.message = m_report.problems.join(u"; "_s);
    }
    m_running = false;
    Q_EMIT finished(m_report);
}

} // namespace gd
