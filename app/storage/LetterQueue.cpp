#include "storage/LetterQueue.h"

#include "core/rules/OverrideReason.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"

#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const QString kLetterSelect =
    u"SELECT l.letter_id, l.serial, l.guardian_id, g.first_name || ' ' || g.last_name, l.language, l.layout, "
    "l.delivery, l.state, l.created_at, (SELECT count(*) FROM letter_keys k WHERE k.letter_id = l.letter_id), "
    "(SELECT count(*) FROM letter_secrets s WHERE s.letter_id = l.letter_id) "
    "FROM letters l JOIN guardians g ON g.guardian_id = l.guardian_id"_s;

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
    l.keys = q.value(9).toInt();
    l.secretsHeld = l.keys > 0 && q.value(10).toInt() == l.keys;
    return l;
}

// A letter leaving the queue (printed or void) forgets its sealed secrets; returns its keys
// (key id, student id), only the still active ones when asked.
Result<QList<std::pair<QString, QString>>> forgetSecrets(UnitOfWork& uow, const QString& letterId, bool activeOnly)
{
    if (auto w = uow.exec(u"DELETE FROM letter_secrets WHERE letter_id = ?"_s, {letterId}); !w)
        return w.error();
    auto keys = uow.exec(u"SELECT a.key_id, a.student_id FROM letter_keys k JOIN access_keys a ON a.key_id = k.key_id "
                         "WHERE k.letter_id = ?"_s + (activeOnly ? u" AND a.status = 'active'"_s : QString()),
                         {letterId});
    if (!keys)
        return keys.error();
    QList<std::pair<QString, QString>> rows;
    while (keys->next())
        rows.append({keys->value(0).toString(), keys->value(1).toString()});
    return rows;
}

} // namespace

QString letterSerialText(const QString& schoolCode, qint64 serial)
{
    const QString number = u"%1"_s.arg(serial, 6, 10, QLatin1Char('0'));
    return schoolCode.isEmpty() ? number : schoolCode + u'-' + number;
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
    auto names = m_db.exec(u"SELECT s.first_name || ' ' || s.last_name FROM letter_keys k JOIN access_keys a "
                           "ON a.key_id = k.key_id JOIN students s ON s.student_id = a.student_id "
                           "WHERE k.letter_id = ? ORDER BY s.date_of_birth"_s, {letterId});
    if (!names)
        return names.error();
    while (names->next())
        l.studentNames.append(names->value(0).toString());
    return l;
}

Result<QList<QueuedLetter>> LetterQueue::list(const Actor& actor, const QString& state)
{
    if (!mayVoid(actor))
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
    auto names = m_db.exec(u"SELECT k.letter_id, s.first_name || ' ' || s.last_name FROM letter_keys k "
                           "JOIN letters l ON l.letter_id = k.letter_id JOIN access_keys a ON a.key_id = k.key_id "
                           "JOIN students s ON s.student_id = a.student_id WHERE l.state = ? "
                           "ORDER BY s.date_of_birth"_s, {state});
    if (!names)
        return names.error();
    while (names->next()) {
        const auto it = row.constFind(names->value(0).toString());
        if (it != row.constEnd())
            out[*it].studentNames.append(names->value(1).toString());
    }
    return out;
}

Result<LetterToPrint> LetterQueue::open(const Actor& actor, const QString& letterId)
{
    if (!mayPrint(actor))
        return Error::denied(u"Only letter printers and front desk staff print letters."_s);
    auto letter = load(letterId);
    if (!letter)
        return letter.error();
    if (letter->state != u"queued")
        return Error::badInput(u"Letter %1 is %2: a letter prints once; a reprint is a reissue."_s
                                   .arg(letter->serial).arg(letter->state));
    if (!letter->secretsHeld)
        return Error::conflict(u"Letter %1 no longer holds its keys (they were reissued or revoked); void it."_s
                                   .arg(letter->serial));
    auto device = DeviceSecrets::open(m_db);
    if (!device)
        return device.error();
    LetterToPrint out;
    out.letter = *letter;
    auto q = m_db.exec(u"SELECT s.key_id, s.sealed, a.kind, a.expires_on, a.student_id FROM letter_secrets s "
                       "JOIN access_keys a ON a.key_id = s.key_id WHERE s.letter_id = ?"_s, {letterId});
    if (!q)
        return q.error();
    StudentDirectory directory(m_db);
    QStringList studentIds;
    while (q->next()) {
        GeneratedKey key;
        key.keyId = q->value(0).toString();
        auto secret = device->open(q->value(1).toByteArray(), key.keyId);
        if (!secret)
            return secret.error();
        key.secret = std::move(secret).value();
        key.kind = keyKindFromWire(q->value(2).toString()).value_or(KeyKind::CreationCode);
        key.expiresOn = QDate::fromString(q->value(3).toString(), Qt::ISODate);
        studentIds.append(q->value(4).toString());
        out.keys.emplace_back(Student{}, std::move(key));
    }
    q->finish();
    for (std::size_t i = 0; i < out.keys.size(); ++i) {
        auto card = directory.card(studentIds[qsizetype(i)]);
        if (!card)
            return card.error();
        out.keys[i].first = card->student;
        if (i == 0) {
            for (const GuardianLink& l : card->adults) {
                if (l.guardian.guardianId == letter->guardianId)
                    out.guardian = l.guardian;
            }
        }
    }
    return out;
}

Status LetterQueue::markPrinted(const Actor& actor, const QString& letterId)
{
    if (!mayPrint(actor))
        return Error::denied(u"Only letter printers and front desk staff print letters."_s);
    auto letter = load(letterId);
    if (!letter)
        return letter.error();
    if (letter->state != u"queued")
        return Error::badInput(u"Letter %1 is %2: a letter prints once."_s.arg(letter->serial).arg(letter->state));
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        if (auto w = uow.exec(u"UPDATE letters SET state = 'printed', printed_at = ?, printed_by = ? WHERE letter_id = ? "
                              "AND state = 'queued'"_s, {uow.now(), actor.staffId, letterId});
            !w)
            return w.error();
        auto rows = forgetSecrets(uow, letterId, false);
        if (!rows)
            return rows.error();
        for (const auto& [keyId, studentId] : *rows) {
            if (auto e = uow.emitEvent({{}, u"letter.printed"_s, {}, {}, studentId, letter->guardianId,
                                        {{u"key_id"_s, keyId}, {u"letter_id"_s, letterId},
                                         {u"language"_s, letter->language}, {u"layout"_s, letter->layout},
                                         {u"reprint"_s, false}}});
                !e)
                return e.error();
        }
        return uow.audit(u"letter.printed"_s, u"letter"_s, letterId, {{u"serial"_s, letter->serial}});
    });
}

Status LetterQueue::voidLetter(const Actor& actor, const QString& letterId, const QString& reason)
{
    if (!mayVoid(actor))
        return Error::denied(u"Only letter printers, front desk staff and administrators void letters."_s);
    auto why = OverrideReason::validate(reason);
    if (!why)
        return why.error();
    auto letter = load(letterId);
    if (!letter)
        return letter.error();
    if (letter->state == u"voided")
        return Error::badInput(u"Letter %1 is already void."_s.arg(letter->serial));
    return m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        if (auto w = uow.exec(u"UPDATE letters SET state = 'voided', voided_reason = ? WHERE letter_id = ?"_s,
                              {*why, letterId});
            !w)
            return w.error();
        auto rows = forgetSecrets(uow, letterId, true);
        if (!rows)
            return rows.error();
        for (const auto& [keyId, studentId] : *rows) {
            if (Status r = revokeKey(uow, keyId, studentId, letter->guardianId, u"staff_error"_s); !r)
                return r;
        }
        return uow.audit(u"letter.voided"_s, u"letter"_s, letterId,
                         {{u"serial"_s, letter->serial}, {u"keys_revoked"_s, qint64(rows->size())}});
    });
}

} // namespace gd
