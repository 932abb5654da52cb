#include "storage/LetterQueue.h"

#include "core/Logging.h"
#include "core/rules/OverrideReason.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// A queued letter counts the links it will print; any other letter, the keys it carried.
const QString kLetterSelect =
    u"SELECT l.letter_id, l.serial, l.guardian_id, g.first_name || ' ' || g.last_name, l.language, l.layout, "
    "l.delivery, l.state, l.created_at, l.staff_id, "
    "(SELECT count(*) FROM letter_links k WHERE k.letter_id = l.letter_id "
    "  AND k.state = CASE l.state WHEN 'printed' THEN 'issued' ELSE 'pending' END), "
    "(SELECT count(*) FROM letter_links k WHERE k.letter_id = l.letter_id AND k.state = 'superseded') "
    "FROM letters l JOIN guardians g ON g.guardian_id = l.guardian_id"_s;

// The children a letter names: the links it covers (queued, voided; a newer letter may have
// taken some or all over, and the list still says whom it was for) or carried keys for (printed).
const QString kNamesSelect =
    u"SELECT k.letter_id, s.first_name || ' ' || s.last_name FROM letter_links k "
    "JOIN letters l ON l.letter_id = k.letter_id JOIN students s ON s.student_id = k.student_id "
    "WHERE (l.state = 'printed' AND k.state = 'issued') "
    "OR (l.state <> 'printed' AND k.state IN ('pending', 'superseded'))"_s;

QueuedLetter letterFrom(const QSqlQuery& q)
{
    QueuedLetter l;
    l.letterId = q.value(0).toString();
    l.serial = q.value(1).toLongLong();
    l.guardianId = q.value(2).toString();
    l.guardianName = q.value(3).toString();
    l.language = q.value(4).toString();
    l.layout = q.value(5).toString();
    l.delivery = q.value(6).toString();
    l.state = q.value(7).toString();
    l.createdAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    l.staffId = q.value(9).toString();
    l.links = q.value(10).toInt();
    l.superseded = q.value(11).toInt();
    return l;
}

} // namespace

QString letterSerialText(const QString& schoolCode, qint64 serial)
{
    const QString number = u"%1"_s.arg(serial, 6, 10, QLatin1Char('0'));
    return schoolCode.isEmpty() ? number : schoolCode + u'-' + number;
}

bool LetterQueue::mayView(const Actor& actor)
{
    return actor.has(Role::LetterPrinter) || actor.has(Role::FrontDesk) || actor.has(Role::Administrator);
}

bool LetterQueue::mayVoid(const Actor& actor, const QString& state)
{
    if (state == u"printed")
        return actor.has(Role::Administrator);
    return actor.has(Role::LetterPrinter) || actor.has(Role::Administrator);
}

LetterQueue::LetterQueue(Database& db)
    : m_db(db)
{
}

Result<QueuedLetter> LetterQueue::load(const QString& letterId)
{
    auto q = m_db.exec(kLetterSelect + u" WHERE l.letter_id = ?"_s, {letterId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No letter %1."_s.arg(letterId));
    QueuedLetter l = letterFrom(*q);
    q->finish();
    auto names = m_db.exec(kNamesSelect + u" AND k.letter_id = ? ORDER BY k.position"_s, {letterId});
    if (!names)
        return names.error();
    while (names->next())
        l.studentNames.append(names->value(1).toString());
    return l;
}

Result<QList<QueuedLetter>> LetterQueue::list(const Actor& actor, const QString& state)
{
    if (!mayView(actor))
        return Error::denied(u"Only letter printers, front desk staff and administrators see the letter queue."_s);
    if (state != u"queued" && state != u"printed" && state != u"voided")
        return Error::badInput(u"A letter is queued, printed or voided."_s);
    // Two queries for the whole list, however long the printed and voided lists grow.
    auto q = m_db.exec(kLetterSelect + u" WHERE l.state = ? ORDER BY l.serial"_s, {state});
    if (!q)
        return q.error();
    QList<QueuedLetter> out;
    QHash<QString, qsizetype> row;
    while (q->next()) {
        out.append(letterFrom(*q));
        row.insert(out.back().letterId, out.size() - 1);
    }
    q->finish();
    auto names = m_db.exec(kNamesSelect + u" AND l.state = ? ORDER BY l.serial, k.position"_s, {state});
    if (!names)
        return names.error();
    while (names->next()) {
        const auto it = row.constFind(names->value(0).toString());
        if (it != row.constEnd())
            out[*it].studentNames.append(names->value(1).toString());
    }
    return out;
}

Status LetterQueue::checkOpen(const Actor& actor, const QueuedLetter& letter, Purpose purpose)
{
    if (purpose == Purpose::Queue && !mayPrint(actor))
        return Error::denied(u"Only letter printers open and print queued letters."_s);
    if (purpose == Purpose::Counter) {
        if (!actor.has(Role::FrontDesk))
            return Error::denied(u"Only front desk staff print at the counter."_s);
        // The counter prints only the letter this staff member just issued, while the adult is
        // still there; anything else is the letter printer's.
        const int maxMinutes = Settings(m_db).intValue(Settings::VerificationMaxAgeMinutes);
        if (letter.staffId != actor.staffId || letter.createdAt.secsTo(m_db.clock().now()) > qint64(maxMinutes) * 60)
            return Error::denied(u"Letter %1 waits for the letter printer: the counter prints only the letter just "
                                 "issued there."_s.arg(letter.serial));
    }
    if (letter.state != u"queued")
        return Error::badInput(u"Letter %1 is %2: a letter prints once; a reprint is a reissue."_s
                                   .arg(letter.serial)
                                   .arg(letter.state));
    if (letter.links == 0)
        return Error::conflict(u"Letter %1 no longer covers any child: newer letters replaced it, so void it."_s
                                   .arg(letter.serial));
    return {};
}

Result<LetterToPrint> LetterQueue::open(const Actor& actor, const QString& letterId, Purpose purpose)
{
    auto letter = load(letterId);
    if (!letter)
        return letter.error();
    if (Status s = checkOpen(actor, *letter, purpose); !s)
        return s.error();
    LetterToPrint out;
    out.letter = *letter;
    StudentDirectory directory(m_db);
    auto guardian = directory.guardian(letter->guardianId);
    if (!guardian)
        return guardian.error();
    out.guardian = *guardian;
    auto q = m_db.exec(u"SELECT student_id, verification_id FROM letter_links WHERE letter_id = ? AND state = 'pending' "
                       "ORDER BY position"_s, {letterId});
    if (!q)
        return q.error();
    while (q->next())
        out.links.append({Student{}, q->value(0).toString(), std::nullopt, q->value(1).toString()});
    q->finish();
    // The roster as it is now: a link may have gone stale since the letter was queued.
    for (LetterLinkToPrint& link : out.links) {
        auto card = directory.card(link.studentId);
        if (!card) {
            if (card.error().kind == ErrorKind::NotFound)
                continue;
            return card.error();
        }
        link.student = card->student;
        for (const GuardianLink& l : std::as_const(card->adults)) {
            if (l.guardian.guardianId == letter->guardianId)
                link.relationship = l.relationship;
        }
    }
    return out;
}

Status LetterQueue::recordPrinted(const Actor& actor, const QString& letterId, Purpose purpose,
                                  const PrintRecord& record, const std::function<Status()>& draw)
{
    if (record.keys.isEmpty())
        return Error::badInput(u"internal error: a letter prints with at least one key"_s);
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        // Read again inside the write lock: another kiosk window or the CLI may have printed or
        // voided it meanwhile.
        auto letter = load(letterId);
        if (!letter)
            return letter.error();
        if (Status s = checkOpen(actor, *letter, purpose); !s)
            return s;
        if (auto w = uow.exec(u"UPDATE letters SET state = 'printed', printed_at = ?, printed_by = ? "
                              "WHERE letter_id = ? AND state = 'queued'"_s,
                              {uow.now(), actor.staffId, letterId});
            !w)
            return w.error();
        for (const PrintedKey& k : record.keys) {
            auto link = uow.exec(u"SELECT verification_id FROM letter_links WHERE letter_id = ? AND student_id = ? "
                                 "AND state = 'pending'"_s, {letterId, k.studentId});
            if (!link)
                return link.error();
            if (!link->next())
                return Error::conflict(u"Letter %1 no longer covers student %2."_s.arg(letter->serial).arg(k.studentId));
            const QVariant verificationId = link->value(0);
            link->finish();
            // The newest letter for a link holds its only active key.
            if (Status r = revokeActiveKeys(uow, letter->guardianId, k.studentId); !r)
                return r;
            const QVariant expires = k.expiresOn.isValid() ? QVariant(k.expiresOn.toString(Qt::ISODate)) : QVariant();
            if (auto w = uow.exec(u"INSERT INTO access_keys(key_id, student_id, guardian_id, verification_id, kind, "
                                  "status, issued_at, expires_on, staff_id) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)"_s,
                                  {k.keyId, k.studentId, letter->guardianId, verificationId, toWire(k.kind), uow.now(),
                                   expires, actor.staffId});
                !w)
                return w.error();
            if (auto w = uow.exec(u"UPDATE letter_links SET state = 'issued', key_id = ? WHERE letter_id = ? "
                                  "AND student_id = ?"_s, {k.keyId, letterId, k.studentId});
                !w)
                return w.error();
            QJsonObject data{{u"key_id"_s, k.keyId}, {u"kind"_s, toWire(k.kind)}, {u"sealed_secret"_s, k.sealedSecret}};
            if (k.expiresOn.isValid())
                data.insert(u"expires_on"_s, k.expiresOn.toString(Qt::ISODate));
            if (auto e = uow.emitEvent({{}, u"access_key.issued"_s, {}, {}, k.studentId, letter->guardianId, data}); !e)
                return e.error();
            if (auto a = uow.audit(u"access_key.issued"_s, u"access_key"_s, k.keyId,
                                   {{u"student_id"_s, k.studentId}, {u"guardian_id"_s, letter->guardianId},
                                    {u"kind"_s, toWire(k.kind)}, {u"letter_id"_s, letterId}});
                !a)
                return a;
            if (auto e = uow.emitEvent({{}, u"letter.printed"_s, {}, {}, k.studentId, letter->guardianId,
                                        {{u"key_id"_s, k.keyId}, {u"letter_id"_s, letterId},
                                         {u"language"_s, letter->language}, {u"layout"_s, letter->layout},
                                         {u"reprint"_s, false}}});
                !e)
                return e.error();
        }
        for (const auto& [studentId, why] : record.skipped) {
            if (auto w = uow.exec(u"UPDATE letter_links SET state = 'skipped', note = ? WHERE letter_id = ? "
                                  "AND student_id = ? AND state = 'pending'"_s, {why, letterId, studentId});
                !w)
                return w.error();
        }
        if (auto a = uow.audit(u"letter.printed"_s, u"letter"_s, letterId,
                               {{u"serial"_s, letter->serial}, {u"keys"_s, qint64(record.keys.size())},
                                {u"skipped"_s, qint64(record.skipped.size())},
                                {u"at_counter"_s, purpose == Purpose::Counter}});
            !a)
            return a;
        // Last: the pages take the keys only when everything above is written.
        return draw ? draw() : Status{};
    });
}

Status LetterQueue::voidLetter(const Actor& actor, const QString& letterId, const QString& reason)
{
    auto letter = load(letterId);
    if (!letter)
        return letter.error();
    if (!mayVoid(actor, letter->state)) {
        return Error::denied(letter->state == u"printed"
                                 ? u"Voiding a printed letter revokes its keys: only an administrator does that."_s
                                 : u"Only letter printers and administrators void letters."_s);
    }
    auto why = OverrideReason::validate(reason);
    if (!why)
        return why.error();
    if (letter->state == u"voided")
        return Error::badInput(u"Letter %1 is already void."_s.arg(letter->serial));
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        if (auto w = uow.exec(u"UPDATE letters SET state = 'voided', voided_reason = ? WHERE letter_id = ? "
                              "AND state = ?"_s, {*why, letterId, letter->state});
            !w)
            return w.error();
        // A printed letter's keys; for a letter queued before keys-on-paper, the keys it noted.
        auto keys = uow.exec(u"SELECT a.key_id, a.student_id FROM letter_links k JOIN access_keys a "
                             "ON a.key_id = k.key_id WHERE k.letter_id = ? AND a.status = 'active'"_s, {letterId});
        if (!keys)
            return keys.error();
        QList<std::pair<QString, QString>> active;
        while (keys->next())
            active.append({keys->value(0).toString(), keys->value(1).toString()});
        keys->finish();
        for (const auto& [keyId, studentId] : std::as_const(active)) {
            if (Status r = revokeKey(uow, keyId, studentId, letter->guardianId, u"staff_error"_s); !r)
                return r;
        }
        return uow.audit(u"letter.voided"_s, u"letter"_s, letterId,
                         {{u"serial"_s, letter->serial}, {u"was"_s, letter->state},
                          {u"keys_revoked"_s, qint64(active.size())}});
    });
}

Result<LetterQueue::Facts> LetterQueue::facts(const QString& letterId, const QStringList& keyIds)
{
    Facts out;
    auto letter = m_db.exec(u"SELECT serial, state FROM letters WHERE letter_id = ?"_s, {letterId});
    if (!letter)
        return letter.error();
    if (letter->next()) {
        out.serial = letter->value(0).toLongLong();
        out.state = letter->value(1).toString();
    }
    letter->finish();
    const QDate today = m_db.clock().now().date();
    for (const QString& keyId : keyIds) {
        auto q = m_db.exec(u"SELECT status, expires_on FROM access_keys WHERE key_id = ?"_s, {keyId});
        if (!q)
            return q.error();
        QString status = u"unknown"_s;
        if (q->next()) {
            status = q->value(0).toString();
            const QDate expires = QDate::fromString(q->value(1).toString(), Qt::ISODate);
            if (status == u"active" && expires.isValid() && expires < today)
                status = u"expired"_s;
        }
        out.keyStatus.append({keyId, status});
    }
    return out;
}

} // namespace gd
