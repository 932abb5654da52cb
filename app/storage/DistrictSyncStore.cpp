#include "storage/DistrictSyncStore.h"

#include "core/Logging.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/UnitOfWork.h"

#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const QString kCursor = u"roster.cursor"_s;
const QString kBackoffFailures = u"backoff.failures"_s;
const QString kBackoffNext = u"backoff.next_attempt_at"_s;
const QString kBackoffError = u"backoff.last_error"_s;
const QString kDeviceKeys = u"device_keys"_s;
const QString kWitnessedHeads = u"witnessed_audit_heads"_s;
const QString kSealedSecret = u"client_secret.sealed"_s;
const QString kSecretContext = u"district.client_secret"_s;

const QString kUpsertState = u"INSERT INTO sync_state(key, value, updated_at) VALUES (?, ?, ?) ON CONFLICT(key) "
                              "DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at"_s;

Status putState(UnitOfWork& uow, const QString& key, const QString& value)
{
    auto q = uow.exec(kUpsertState, {key, value.isNull() ? u""_s : value, uow.now()});
    return q ? Status() : q.error();
}

} // namespace

DistrictSyncStore::DistrictSyncStore(Database& db)
    : m_db(db)
    , m_actor{u"sync"_s, db.deviceId(), Roles()}
{
}

DistrictSyncStore::~DistrictSyncStore()
{
    if (m_largeCache)
        (void)m_db.exec(u"PRAGMA cache_size = -2000"_s);
    if (m_longWal)
        (void)m_db.exec(u"PRAGMA wal_autocheckpoint = 1000"_s);
}

QByteArray DistrictSyncStore::auditHeadMessage(const QString& deviceId, qint64 seq, const QString& hash,
                                               const QString& signedAt)
{
    return u"GDAH1|%1|%2|%3|%4"_s.arg(deviceId).arg(seq).arg(hash, signedAt).toUtf8();
}

// ---- outbox ------------------------------------------------------------------------------

Result<QList<PendingEvent>> DistrictSyncStore::pendingEvents(qint64 afterSeq, int limit)
{
    auto q = m_db.exec(u"SELECT seq, event_id, type, occurred_at, staff_id, student_id, guardian_id, data, attempts "
                       "FROM outbox WHERE state = 'pending' AND seq > ? ORDER BY seq LIMIT ?"_s,
                       {afterSeq, limit});
    if (!q)
        return q.error();
    QList<PendingEvent> events;
    while (q->next()) {
        PendingEvent e;
        e.seq = q->value(0).toLongLong();
        e.eventId = q->value(1).toString();
        e.json = {{u"event_id"_s, e.eventId}, {u"type"_s, q->value(2).toString()},
                  {u"occurred_at"_s, q->value(3).toString()}, {u"staff_id"_s, q->value(4).toString()}};
        if (!q->value(5).isNull())
            e.json.insert(u"student_id"_s, q->value(5).toString());
        if (!q->value(6).isNull())
            e.json.insert(u"guardian_id"_s, q->value(6).toString());
        e.json.insert(u"data"_s, QJsonDocument::fromJson(q->value(7).toString().toUtf8()).object());
        e.attempts = q->value(8).toInt();
        events.append(std::move(e));
    }
    return events;
}

Result<qint64> DistrictSyncStore::pendingCount()
{
    auto q = m_db.exec(u"SELECT count(*) FROM outbox WHERE state = 'pending'"_s);
    if (!q || !q->next())
        return q ? Error::io(u"cannot count the outbox"_s) : q.error();
    return q->value(0).toLongLong();
}

Status DistrictSyncStore::recordOutcomes(const QList<EventOutcome>& outcomes)
{
    if (outcomes.isEmpty())
        return {};
    return m_db.transact(m_actor, [&](UnitOfWork& uow) -> Status {
        for (const EventOutcome& o : outcomes) {
            auto q = o.delivered
                ? uow.exec(u"UPDATE outbox SET state = 'done', attempts = attempts + 1, last_error = NULL, "
                           "next_attempt_at = NULL, delivered_at = ? WHERE event_id = ? AND state = 'pending'"_s,
                           {uow.now(), o.eventId})
                : uow.exec(u"UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ?, "
                           "next_attempt_at = NULL WHERE event_id = ? AND state = 'pending'"_s,
                           {o.error.left(1000), o.eventId});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Status DistrictSyncStore::recordAttempt(const QStringList& eventIds, const QString& error)
{
    if (eventIds.isEmpty())
        return {};
    return m_db.transact(m_actor, [&](UnitOfWork& uow) -> Status {
        for (const QString& id : eventIds) {
            auto q = uow.exec(u"UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                              "WHERE event_id = ? AND state = 'pending'"_s,
                              {error.left(1000), id});
            if (!q)
                return q.error();
        }
        return {};
    });
}

// ---- back-off and small facts ------------------------------------------------------------

Result<BackoffState> DistrictSyncStore::backoff()
{
    auto q = m_db.exec(u"SELECT key, value FROM sync_state WHERE key IN (?, ?, ?)"_s,
                       {kBackoffFailures, kBackoffNext, kBackoffError});
    if (!q)
        return q.error();
    BackoffState state;
    while (q->next()) {
        const QString key = q->value(0).toString();
        const QString value = q->value(1).toString();
        if (key == kBackoffFailures)
            state.failures = value.toInt();
        else if (key == kBackoffNext)
            state.nextAttemptAt = QDateTime::fromString(value, Qt::ISODate).toUTC();
        else
            state.lastError = value;
    }
    return state;
}

Status DistrictSyncStore::setBackoff(const BackoffState& state)
{
    return m_db.transact(m_actor, [&](UnitOfWork& uow) -> Status {
        if (auto s = putState(uow, kBackoffFailures, QString::number(state.failures)); !s)
            return s;
        const QString next = state.nextAttemptAt.isValid() ? toIsoUtc(state.nextAttemptAt) : QString();
        if (auto s = putState(uow, kBackoffNext, next); !s)
            return s;
        // Every event still waiting goes with the next attempt: each row says when, for the
        // status panel and `outbox --json`. Cleared when the schedule is.
        const QVariant at = next.isEmpty() ? QVariant() : QVariant(next);
        auto q = uow.exec(u"UPDATE outbox SET next_attempt_at = ? WHERE state = 'pending' AND next_attempt_at IS NOT ?"_s,
                          {at, at});
        if (!q)
            return q.error();
        return putState(uow, kBackoffError, state.lastError.left(1000));
    });
}

Result<QString> DistrictSyncStore::stateValue(const QString& key)
{
    auto q = m_db.exec(u"SELECT value FROM sync_state WHERE key = ?"_s, {key});
    if (!q)
        return q.error();
    return q->next() ? q->value(0).toString() : QString();
}

Status DistrictSyncStore::setStateValue(const QString& key, const QString& value)
{
    auto q = m_db.exec(kUpsertState, {key, value.isNull() ? u""_s : value, m_db.clock().nowIso()});
    return q ? Status() : q.error();
}

// ---- roster ------------------------------------------------------------------------------

Result<QString> DistrictSyncStore::rosterCursor()
{
    return stateValue(kCursor);
}

Status DistrictSyncStore::applyRosterPage(const RosterPage& page, const QString& nextCursor)
{
    const qint64 records = page.students.size() + page.guardians.size() + page.relationships.size();
    if (records > kMaxPageRecords)
        return Error::badInput(u"the page holds %1 records, more than %2"_s.arg(records).arg(kMaxPageRecords));
    if (!m_roster) {
        m_roster = std::make_unique<RosterStore>(m_db, RosterStore::Mode::Upsert);
        // While pulling, the roster's index B-trees stay in memory (256 MiB, as for a demo
        // roster, within the kiosk's 500 MB budget) instead of being read back for every page.
        m_largeCache = m_db.exec(u"PRAGMA cache_size = -262144"_s).ok();
        // A page of new students dirties thousands of index pages spread over the file; with the
        // default checkpoint every 1,000 WAL pages (4 MiB) nearly every page's commit copied all
        // of them into the database file again. 64 MiB lets a checkpoint write a page once for
        // several roster pages.
        m_longWal = m_db.exec(u"PRAGMA wal_autocheckpoint = 16384"_s).ok();
    }
    // Roster pages commit with synchronous=NORMAL: in WAL mode a commit then survives the kiosk
    // being killed (the cursor rolls back with its page on a power cut only, and the district
    // sends that page again), without an fsync per page. Everything else keeps FULL, restored
    // before anything else can write on this connection.
    if (auto q = m_db.exec(u"PRAGMA synchronous = NORMAL"_s); !q)
        return q.error();
    const Status applied = applyRosterPageNow(page, nextCursor);
    if (auto q = m_db.exec(u"PRAGMA synchronous = FULL"_s); !q)
        return q.error();
    return applied;
}

Status DistrictSyncStore::applyRosterPageNow(const RosterPage& page, const QString& nextCursor)
{
    if (!m_freshRoster)
        m_freshRoster = std::make_unique<RosterStore>(m_db, RosterStore::Mode::FreshBulk);
    // The records and the cursor commit together: a sync killed mid-page asks for the same page
    // again, and upserts make that harmless. A link to a student or adult that does not exist
    // fails the foreign key and rolls the whole page back.
    return m_db.transact(m_actor, [&](UnitOfWork& uow) -> Status {
        // A first pull is mostly new students: their search rows come from the page itself
        // instead of being read back and rebuilt one by one. Checked inside the transaction, so
        // its reads take no lock of their own.
        const auto fresh = isSelfContainedAndNew(page);
        if (!fresh)
            return fresh.error();
        RosterStore& store = *fresh ? *m_freshRoster : *m_roster;
        const QList<RosterStore::SearchRow> searchRows = *fresh ? RosterStore::searchRows(page) : QList<RosterStore::SearchRow>();
        const RosterStore::Counts before = store.counts();
        if (auto w = store.write(page, uow.now(), *fresh ? &searchRows : nullptr); !w) {
            if (w.message().contains(u"FOREIGN KEY"_s))
                return Error::badInput(u"a relationship names a student or an adult that is neither in the page "
                                       "nor on the roster"_s);
            return Error::badInput(w.message());
        }
        if (auto s = putState(uow, kCursor, nextCursor); !s)
            return s;
        const RosterStore::Counts& after = store.counts();
        return uow.audit(u"roster.synced"_s, u"roster"_s, u"district"_s,
                         {{u"students"_s, after.students - before.students},
                          {u"guardians"_s, after.guardians - before.guardians},
                          {u"relationships"_s, after.relationships - before.relationships},
                          {u"removed"_s, after.removed - before.removed}});
    });
}

Result<bool> DistrictSyncStore::isSelfContainedAndNew(const RosterPage& page)
{
    QSet<QString> students, guardians;
    for (const Student& s : page.students)
        students.insert(s.studentId);
    for (const Guardian& g : page.guardians)
        guardians.insert(g.guardianId);
    if (students.size() != page.students.size() || guardians.size() != page.guardians.size())
        return false;
    for (const Relationship& r : page.relationships) {
        if (r.deleted || !students.contains(r.studentId) || !guardians.contains(r.guardianId))
            return false;
    }
    if (!m_checksPrepared) {
        if (auto p = m_studentExists.prepare(m_db, u"SELECT 1 FROM students WHERE student_id = ?"_s); !p)
            return p.error();
        if (auto p = m_guardianName.prepare(m_db, u"SELECT first_name, last_name FROM guardians WHERE guardian_id = ?"_s); !p)
            return p.error();
        m_checksPrepared = true;
    }
    for (const Student& s : page.students) {
        const auto found = m_studentExists.bind(s.studentId).step();
        m_studentExists.reset();
        if (!found)
            return found.error();
        if (*found)
            return false;
    }
    for (const Guardian& g : page.guardians) {
        const auto found = m_guardianName.bind(g.guardianId).step();
        if (!found) {
            m_guardianName.reset();
            return found.error();
        }
        const bool renamed = *found && (m_guardianName.columnText(0) != g.firstName || m_guardianName.columnText(1) != g.lastName);
        m_guardianName.reset();
        if (renamed)
            return false;   // a renamed adult: the children on earlier pages need their rows rebuilt
    }
    return true;
}

// ---- device key and audit head -----------------------------------------------------------

Result<const crypto::Ed25519Key*> DistrictSyncStore::key()
{
    if (!m_key) {
        auto secrets = DeviceSecrets::open(m_db);
        if (!secrets)
            return secrets.error();
        auto signing = secrets->signingKey();
        if (!signing)
            return signing.error();
        m_key.emplace(std::move(signing).value());
    }
    return &*m_key;
}

Result<QByteArray> DistrictSyncStore::devicePublicKey()
{
    auto k = key();
    if (!k)
        return k.error();
    QByteArray publicKey = (*k)->publicKey();
    if (publicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return Error::io(u"the device signing key could not be read"_s);
    return publicKey;
}

Result<SignedAuditHead> DistrictSyncStore::signedAuditHead(const QString& deviceId, const QString& signedAt)
{
    auto k = key();
    if (!k)
        return k.error();
    SignedAuditHead head;
    head.hash = AuditLog::kGenesisHash;
    head.signedAt = signedAt;
    auto q = m_db.exec(u"SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"_s);
    if (!q)
        return q.error();
    if (q->next()) {
        head.seq = q->value(0).toLongLong();
        head.hash = q->value(1).toString();
    }
    auto signature = (*k)->sign(auditHeadMessage(deviceId, head.seq, head.hash, signedAt));
    if (!signature)
        return signature.error();
    head.signature = std::move(signature).value();
    return head;
}

Status DistrictSyncStore::keepClientSecret(QByteArrayView secret)
{
    if (secret.isEmpty())
        return Error::badInput(u"the client secret is empty"_s);
    auto secrets = DeviceSecrets::open(m_db);
    if (!secrets)
        return secrets.error();
    auto sealed = secrets->seal(secret, kSecretContext);
    if (!sealed)
        return sealed.error();
    if (auto kept = setStateValue(kSealedSecret, QString::fromLatin1(sealed->toBase64())); !kept)
        return kept;
    m_db.forgetOldCopies();   // the secret it replaced leaves no copy behind
    return {};
}

Result<crypto::SecretBytes> DistrictSyncStore::clientSecret()
{
    const auto stored = stateValue(kSealedSecret);
    if (!stored)
        return stored.error();
    if (stored->isEmpty())
        return crypto::SecretBytes();
    auto secrets = DeviceSecrets::open(m_db);
    if (!secrets)
        return secrets.error();
    return secrets->open(QByteArray::fromBase64(stored->toLatin1()), kSecretContext);
}

Status DistrictSyncStore::saveDeviceKeys(const QByteArray& devicesJson)
{
    return setStateValue(kDeviceKeys, QString::fromUtf8(devicesJson));
}

// ---- kept for checks from outside the database (device keys, witnessed audit heads) ------

Result<QByteArray> DistrictSyncStore::keptDeviceKeys()
{
    auto value = stateValue(kDeviceKeys);
    if (!value)
        return value.error();
    return value->toUtf8();
}

Status DistrictSyncStore::saveWitnessedHeads(const QByteArray& headsJson)
{
    return setStateValue(kWitnessedHeads, QString::fromUtf8(headsJson));
}

Result<QByteArray> DistrictSyncStore::witnessedHeads()
{
    auto value = stateValue(kWitnessedHeads);
    if (!value)
        return value.error();
    return value->toUtf8();
}

} // namespace gd
