#include "storage/AuditWitness.h"

#include "storage/Database.h"
#include "storage/DistrictSyncStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::AuditWitness {

namespace {

struct Head {
    qint64 seq = 0;
    QString hash;
    QString signedAt;
};

} // namespace

Result<Verdict> compare(Database& db)
{
    auto kept = DistrictSyncStore(db).witnessedHeads();
    if (!kept)
        return kept.error();
    if (kept->isEmpty())
        return Error::failed(u"this kiosk holds no copy of the heads the district witnessed: run sync with the "
                             "district first"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(*kept);
    if (!doc.isArray())
        return Error::failed(u"the kept copy of the district's witnessed heads is damaged: run sync again"_s);
    QList<Head> heads;
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        heads.append({o.value(u"seq"_s).toInteger(), o.value(u"hash"_s).toString(), o.value(u"signed_at"_s).toString()});
    }
    std::sort(heads.begin(), heads.end(), [](const Head& a, const Head& b) { return a.seq < b.seq; });

    Verdict v;
    auto last = db.exec(u"SELECT coalesce(max(seq), 0) FROM audit_log"_s);
    if (!last)
        return last.error();
    const qint64 localHead = last->next() ? last->value(0).toLongLong() : 0;
    last->finish();
    for (const Head& h : std::as_const(heads)) {
        if (h.seq <= 0)
            continue;   // a head of an empty chain witnesses nothing
        ++v.heads;
        v.longestSeq = std::max(v.longestSeq, h.seq);
        if (h.seq > localHead) {
            v.firstBadSeq = localHead + 1;
            v.problem = u"the chain ends at entry %1, but the district witnessed entry %2 (on %3): entries %4 to %2 "
                        "were cut"_s.arg(localHead).arg(h.seq).arg(h.signedAt).arg(localHead + 1);
            break;
        }
        auto q = db.exec(u"SELECT hash FROM audit_log WHERE seq = ?"_s, {h.seq});
        if (!q)
            return q.error();
        const QString local = q->next() ? q->value(0).toString() : QString();
        if (local != h.hash) {
            v.firstBadSeq = h.seq;
            v.problem = u"entry %1 is not what the district witnessed on %2: the log was edited at or before it"_s
                            .arg(h.seq)
                            .arg(h.signedAt);
            break;
        }
    }
    return v;
}

} // namespace gd::AuditWitness
