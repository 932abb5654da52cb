#include "storage/VerificationLog.h"

#include "storage/Database.h"
#include "storage/SqliteStatement.h"

#include <QDateTime>
#include <QHash>
#include <QMap>

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::VerificationLog {

namespace {

const QStringList kMethods = {u"in_person"_s, u"video"_s, u"mail_waiver"_s};
const QStringList kOutcomes = {u"verified"_s, u"refused"_s};

// Local calendar days as bounds on the stored UTC times. The bounds carry no zone letter, so
// "2026-01-05T08:00:00" sorts before every time stored within that second.
QString utcBound(const QDate& day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(u"yyyy-MM-ddTHH:mm:ss"_s);
}

// Every query shares this WHERE; the binds are in this order.
const QString kFrom = uR"( FROM verifications v
         LEFT JOIN students s ON s.student_id = v.student_id
         LEFT JOIN guardians g ON g.guardian_id = v.guardian_id
        WHERE v.occurred_at >= ?1 AND v.occurred_at < ?2
          AND (?3 = '' OR s.school_code = ?3)
          AND (?4 = '' OR v.staff_id = ?4)
          AND (?5 = '' OR v.method = ?5)
          AND (?6 = '' OR v.outcome = ?6)
          AND (?7 = '' OR v.id_type = ?7))"_s;

void bindFilter(SqliteStatement& st, const Filter& f)
{
    st.bind(utcBound(f.from))
        .bind(utcBound(f.to.addDays(1)))
        .bind(f.schoolCode)
        .bind(f.staffId)
        .bind(f.method)
        .bind(f.outcome)
        .bind(f.idType);
}

// One read snapshot for the whole walk: rows and totals agree even if the kiosk writes meanwhile.
class ReadSnapshot {
public:
    explicit ReadSnapshot(Database& db)
        : m_db(db)
    {
        m_open = bool(m_db.exec(u"BEGIN DEFERRED"_s));
    }
    ~ReadSnapshot()
    {
        if (m_open)
            (void)m_db.exec(u"COMMIT"_s);
    }
    ReadSnapshot(const ReadSnapshot&) = delete;
    ReadSnapshot& operator=(const ReadSnapshot&) = delete;
    bool open() const { return m_open; }

private:
    Database& m_db;
    bool m_open = false;
};

} // namespace

Status Filter::check() const
{
    if (!from.isValid() || !to.isValid())
        return Error::badInput(u"give the first and the last day of the export (YYYY-MM-DD)"_s);
    if (to < from)
        return Error::badInput(u"the last day (%1) is before the first day (%2)"_s.arg(to.toString(Qt::ISODate),
                                                                                       from.toString(Qt::ISODate)));
    if (from.daysTo(to) > 3660)
        return Error::badInput(u"an export covers at most ten years; split the range"_s);
    if (!method.isEmpty() && !kMethods.contains(method))
        return Error::badInput(u"unknown method \"%1\" (in_person, video, mail_waiver)"_s.arg(method.left(40)));
    if (!outcome.isEmpty() && !kOutcomes.contains(outcome))
        return Error::badInput(u"unknown outcome \"%1\" (verified, refused)"_s.arg(outcome.left(40)));
    for (const QString& v : {schoolCode, staffId, idType}) {
        if (v.size() > 200)
            return Error::badInput(u"a filter value is longer than 200 characters"_s);
    }
    return {};
}

Result<qint64> count(Database& db, const Filter& f)
{
    if (auto s = f.check(); !s)
        return s.error();
    SqliteStatement st;
    if (auto s = st.prepare(db, u"SELECT count(*)"_s + kFrom); !s)
        return s.error();
    bindFilter(st, f);
    auto row = st.step();
    if (!row)
        return row.error();
    const qint64 n = *row ? st.columnInt(0) : 0;
    st.reset();
    return n;
}

Status forEach(Database& db, const Filter& f, const std::function<Status(const Row&)>& onRow)
{
    if (auto s = f.check(); !s)
        return s;
    ReadSnapshot snapshot(db);
    SqliteStatement st;
    if (auto s = st.prepare(db, uR"(SELECT v.verification_id, v.occurred_at, coalesce(s.school_code, ''), v.student_id,
                                        trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')),
                                        v.guardian_id,
                                        trim(coalesce(g.first_name, '') || ' ' || coalesce(g.last_name, '')),
                                        v.staff_id, v.device_id, v.method, v.outcome, v.refusal_reason, v.id_type,
                                        v.id_issuer, v.id_last4, v.id_expires_on, v.id_captured_by, v.name_match,
                                        v.id_details_purged_at)"_s
                                    + kFrom + u" ORDER BY v.occurred_at, v.rowid"_s);
        !s)
        return s;
    bindFilter(st, f);
    Row row;
    for (;;) {
        auto more = st.step();
        if (!more)
            return more.error();
        if (!*more)
            return {};
        for (size_t i = 0; i < row.size(); ++i)
            row[i] = st.columnUtf8(int(i));
        if (auto s = onRow(row); !s) {
            st.reset();
            return s;
        }
    }
}

Result<Summary> summarize(Database& db, const Filter& f)
{
    if (auto s = f.check(); !s)
        return s.error();
    // One walk over the rows, grouped by everything the report counts by; the groups (a few per
    // day and kind) are summed here. Five separate GROUP BY walks took twice as long.
    SqliteStatement st;
    if (auto s =
            st.prepare(db, u"SELECT date(v.occurred_at, 'localtime'), v.outcome, v.method, "
                           u"coalesce(v.id_type, ''), coalesce(v.refusal_reason, ''), coalesce(s.school_code, ''), "
                           u"count(*)"_s
                               + kFrom + u" GROUP BY 1, 2, 3, 4, 5, 6"_s);
        !s)
        return s.error();
    bindFilter(st, f);
    QMap<QDate, Day> days;
    QHash<QString, qint64> method, idType, reason, school;
    Summary sum;
    for (;;) {
        auto row = st.step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QDate date = QDate::fromString(st.columnText(0), Qt::ISODate);
        const bool verified = st.columnUtf8(1) == "verified";
        const qint64 n = st.columnInt(6);
        Day& d = days[date];
        d.date = date;
        (verified ? d.verified : d.refused) += n;
        (verified ? sum.verified : sum.refused) += n;
        method[st.columnText(2)] += n;
        if (verified)
            idType[st.columnText(3)] += n;
        else
            reason[st.columnText(4)] += n;
        school[st.columnText(5)] += n;
    }
    sum.total = sum.verified + sum.refused;
    sum.perDay = days.values();
    const auto sorted = [](const QHash<QString, qint64>& counts) {
        QList<Count> out;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            out.append({it.key(), it.value()});
        std::sort(out.begin(), out.end(), [](const Count& a, const Count& b) {
            return a.count != b.count ? a.count > b.count : a.label < b.label;
        });
        return out;
    };
    sum.byMethod = sorted(method);
    sum.byIdType = sorted(idType);
    sum.refusalsByReason = sorted(reason);
    sum.bySchool = sorted(school);
    return sum;
}

} // namespace gd::VerificationLog
