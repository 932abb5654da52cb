#pragma once

#include "core/crypto/Ed25519.h"
#include "core/SyncStore.h"

#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QUuid>

#include <optional>

namespace gd::test {

// The sync engine's store in memory: an outbox, the back-off and the small facts, and a device
// key. What a test checks is what the engine told it.
class FakeSyncStore final : public SyncStore {
public:
    struct Event {
        PendingEvent pending;
        QString state = QStringLiteral("pending");
        QString lastError;
    };

    FakeSyncStore() : m_key(crypto::Ed25519Key::generate().value()) {}

    // `n` valid guardian.verified events.
    void addEvents(int n)
    {
        for (int i = 0; i < n; ++i) {
            PendingEvent e;
            e.seq = ++m_seq;
            e.eventId = QUuid::createUuid().toString(QUuid::WithoutBraces);
            const QJsonObject document{{QStringLiteral("type"), QStringLiteral("drivers_license")},
                                       {QStringLiteral("issuer"), QStringLiteral("CA")},
                                       {QStringLiteral("number_last4"), QStringLiteral("4567")},
                                       {QStringLiteral("expires_on"), QStringLiteral("2029-08-31")},
                                       {QStringLiteral("captured_by"), QStringLiteral("barcode")}};
            e.json = {{QStringLiteral("event_id"), e.eventId},
                      {QStringLiteral("type"), QStringLiteral("guardian.verified")},
                      {QStringLiteral("occurred_at"), QStringLiteral("2026-09-01T15:04:05Z")},
                      {QStringLiteral("staff_id"), QStringLiteral("jsmith")},
                      {QStringLiteral("student_id"), QStringLiteral("100234567")},
                      {QStringLiteral("guardian_id"), QStringLiteral("G-88231")},
                      {QStringLiteral("data"), QJsonObject{{QStringLiteral("method"), QStringLiteral("in_person")},
                                                           {QStringLiteral("id_document"), document},
                                                           {QStringLiteral("name_match"), QStringLiteral("exact")}}}};
            m_events.insert(e.seq, {e, QStringLiteral("pending"), {}});
        }
    }
    // An event the district will reject (no data).
    QString addInvalidEvent()
    {
        addEvents(1);
        Event& e = m_events.last();
        e.pending.json.remove(QStringLiteral("data"));
        return e.pending.eventId;
    }
    qint64 count(const QString& state) const
    {
        qint64 n = 0;
        for (const Event& e : m_events)
            n += e.state == state ? 1 : 0;
        return n;
    }
    const Event* event(const QString& id) const
    {
        for (const Event& e : m_events) {
            if (e.pending.eventId == id)
                return &e;
        }
        return nullptr;
    }
    QByteArray publicKey() const { return m_key.publicKey(); }
    QList<RosterPage> pages;
    QStringList cursors;
    QHash<QString, QString> state;
    QByteArray deviceKeys;
    QByteArray witnessedHeads;
    BackoffState schedule;
    std::optional<Error> failRosterWrite;

    Result<QList<PendingEvent>> pendingEvents(qint64 afterSeq, int limit) override
    {
        QList<PendingEvent> list;
        for (auto it = m_events.upperBound(afterSeq); it != m_events.end() && list.size() < limit; ++it) {
            if (it->state == u"pending")
                list.append(it->pending);
        }
        return list;
    }
    Result<qint64> pendingCount() override { return count(QStringLiteral("pending")); }
    Status recordOutcomes(const QList<EventOutcome>& outcomes) override
    {
        for (const EventOutcome& o : outcomes) {
            for (Event& e : m_events) {
                if (e.pending.eventId == o.eventId && e.state == u"pending") {
                    e.state = o.delivered ? QStringLiteral("done") : QStringLiteral("failed");
                    e.lastError = o.error;
                    ++e.pending.attempts;
                }
            }
        }
        return {};
    }
    Status recordAttempt(const QStringList& ids, const QString& error) override
    {
        for (Event& e : m_events) {
            if (ids.contains(e.pending.eventId)) {
                ++e.pending.attempts;
                e.lastError = error;
            }
        }
        return {};
    }
    Result<BackoffState> backoff() override { return schedule; }
    Status setBackoff(const BackoffState& s) override
    {
        schedule = s;
        return {};
    }
    Result<QString> rosterCursor() override { return cursors.isEmpty() ? QString() : cursors.last(); }
    Status applyRosterPage(const RosterPage& page, const QString& nextCursor) override
    {
        if (failRosterWrite)
            return *failRosterWrite;
        pages.append(page);
        cursors.append(nextCursor);
        return {};
    }
    Result<QString> stateValue(const QString& key) override { return state.value(key); }
    Status setStateValue(const QString& key, const QString& value) override
    {
        state.insert(key, value);
        return {};
    }
    Result<QByteArray> devicePublicKey() override { return m_key.publicKey(); }
    Result<SignedAuditHead> signedAuditHead(const QString& deviceId, const QString& signedAt) override
    {
        SignedAuditHead head{42, QString(64, u'b'), signedAt, {}};
        auto signature = m_key.sign(QStringLiteral("GDAH1|%1|%2|%3|%4").arg(deviceId).arg(head.seq).arg(head.hash, signedAt).toUtf8());
        if (!signature)
            return signature.error();
        head.signature = *signature;
        return head;
    }
    Status saveDeviceKeys(const QByteArray& json) override
    {
        deviceKeys = json;
        return {};
    }
    Status saveWitnessedHeads(const QByteArray& json) override
    {
        witnessedHeads = json;
        return {};
    }

private:
    crypto::Ed25519Key m_key;
    qint64 m_seq = 0;
    QMap<qint64, Event> m_events;
};

} // namespace gd::test
