#include "storage/AccessKeyIssuer.h"

#include "core/Logging.h"
#include "core/rules/EligibilityRules.h"
#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

AccessKeyIssuer::AccessKeyIssuer(Database& db)
    : m_db(db)
{
}

KeyFormat AccessKeyIssuer::keyFormat() const
{
    const Settings s(m_db);
    KeyFormat f;
    f.kind = keyKindFromWire(s.value(Settings::KeyKindSetting)).value_or(KeyKind::CreationCode);
    f.pinLength = s.intValue(Settings::PinLength);
    f.accessIdLength = s.intValue(Settings::AccessIdLength);
    f.passwordLength = s.intValue(Settings::PasswordLength);
    f.codeLength = s.intValue(Settings::CodeLength);
    f.lifetimeDays = s.intValue(Settings::KeyLifetimeDays);
    return f;
}

Result<KeyCandidates> AccessKeyIssuer::childrenForKeys(const QString& guardianId, const QString& studentAtCounter)
{
    auto links = m_db.exec(u"SELECT r.student_id FROM relationships r JOIN students s ON s.student_id = r.student_id "
                           "WHERE r.guardian_id = ? ORDER BY (r.student_id = ?) DESC, s.date_of_birth"_s,
                           {guardianId, studentAtCounter});
    if (!links)
        return links.error();
    QStringList childIds;
    while (links->next())
        childIds.append(links->value(0).toString());
    links->finish();
    StudentDirectory directory(m_db);
    QList<Relationship> adultLinks;
    QList<Student> children;
    for (const QString& id : childIds) {
        auto card = directory.card(id);
        if (!card)
            return card.error();
        for (const GuardianLink& l : card->adults) {
            if (l.guardian.guardianId == guardianId)
                adultLinks.append(l.relationship);
        }
        children.append(card->student);
    }
    // Which children get a key is the rules' decision (eligibility, then the district's cap).
    auto selection = EligibilityRules::eligibleChildren(adultLinks, children,
                                                        Settings(m_db).intValue(Settings::MaxChildrenPerVisit));
    if (!selection)
        return selection.error();
    KeyCandidates out;
    out.children = selection->children;
    for (const LeftOutChild& left : std::as_const(selection->leftOut)) {
        QString name = left.studentId;
        for (const Student& c : std::as_const(children)) {
            if (c.studentId == left.studentId)
                name = c.firstName + u' ' + c.lastName;
        }
        out.leftOut.append(u"%1: %2"_s.arg(name, left.explanation));
    }
    return out;
}

Result<QByteArray> AccessKeyIssuer::districtPublicKey() const
{
    QFile pem(Settings(m_db).value(Settings::DistrictPublicKeyFile));
    if (pem.fileName().isEmpty())
        return Error::conflict(u"The district's public key is not configured (setting district.public_key_file): "
                               "keys cannot be issued until an administrator sets it."_s);
    if (!pem.open(QIODevice::ReadOnly))
        return Error::io(u"%1: cannot read the district's public key: %2"_s.arg(pem.fileName(), pem.errorString()));
    return pem.readAll();
}

Result<Issuance> AccessKeyIssuer::issue(const Actor& actor, const QString& verificationId, const IssueOptions& options)
{
    if (!actor.has(Role::FrontDesk))
        return Error::denied(u"Only front desk staff issue access keys."_s);

    auto v = m_db.exec(u"SELECT student_id, guardian_id, outcome, occurred_at, method FROM verifications "
                       "WHERE verification_id = ?"_s, {verificationId});
    if (!v)
        return v.error();
    if (!v->next())
        return Error::notFound(u"No verification %1."_s.arg(verificationId));
    const QString verifiedStudent = v->value(0).toString();
    const QString guardianId = v->value(1).toString();
    IssuanceFacts facts;
    facts.verified = v->value(2).toString() == u"verified";
    facts.verifiedAt = QDateTime::fromString(v->value(3).toString(), Qt::ISODate);
    facts.method = methodFromWire(v->value(4).toString()).value_or(VerificationMethod::InPerson);
    v->finish();
    auto earlier = m_db.exec(u"SELECT 1 FROM letter_links k JOIN letters l ON l.letter_id = k.letter_id "
                             "WHERE k.verification_id = ? AND l.state <> 'voided' LIMIT 1"_s, {verificationId});
    if (!earlier)
        return earlier.error();
    facts.hasLetterAlready = earlier->next();
    earlier->finish();
    const Settings settings(m_db);
    facts.now = m_db.clock().now();
    facts.maxAgeMinutes = settings.intValue(Settings::VerificationMaxAgeMinutes);
    facts.delivery = options.delivery;
    if (Status rule = IssuanceRules::check(facts); !rule)
        return rule.error();
    // Checked now so that a letter is never queued that could not print.
    if (options.sealToKey.isEmpty()) {
        if (auto key = districtPublicKey(); !key)
            return key.error();
    }

    // The adult and every child linked to them, the verified child first.
    StudentDirectory directory(m_db);
    auto guardianCard = directory.card(verifiedStudent);
    if (!guardianCard)
        return guardianCard.error();
    Issuance out;
    out.delivery = options.delivery;
    bool found = false;
    for (const GuardianLink& l : guardianCard->adults) {
        if (l.guardian.guardianId == guardianId) {
            out.guardian = l.guardian;
            found = true;
        }
    }
    if (!found)
        return Error::conflict(u"The adult is no longer linked to this student in the roster."_s);
    if (options.delivery == KeyDelivery::Mail && !out.guardian.address.isMailable())
        return Error::badInput(out.guardian.address.isEmpty()
                                   ? u"There is no mailing address on record for this adult: the letter can only be "
                                     "handed over in person."_s
                                   : u"The address on record for this adult is incomplete (street, city and postal "
                                     "code are needed): the letter can only be handed over in person."_s);
    out.language = options.language.isEmpty() ? out.guardian.preferredLanguage : options.language;
    if (out.language.isEmpty())
        out.language = u"en"_s;
    out.layout = options.layout.isEmpty() ? settings.value(Settings::LetterLayout) : options.layout;

    auto selection = childrenForKeys(guardianId, verifiedStudent);
    if (!selection)
        return selection.error();
    out.leftOut = selection->leftOut;
    out.children = selection->children;
    if (out.children.isEmpty())
        return Error::badInput(u"None of this adult's children can get a key: %1"_s.arg(out.leftOut.join(u"; "_s)));

    out.letterId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto serial = uow.exec(u"SELECT coalesce(max(serial), 0) + 1 FROM letters"_s);
        if (!serial || !serial->next())
            return serial ? Error::io(u"cannot number the letter"_s) : serial.error();
        out.serial = serial->value(0).toLongLong();
        serial->finish();
        if (auto w = uow.exec(u"INSERT INTO letters(letter_id, serial, guardian_id, language, layout, delivery, state, "
                              "created_at, staff_id) VALUES (?, ?, ?, ?, ?, ?, 'queued', ?, ?)"_s,
                              {out.letterId, out.serial, guardianId, out.language, out.layout, toWire(out.delivery),
                               uow.now(), actor.staffId});
            !w)
            return w.error();
        int position = 0;
        for (const Student& child : std::as_const(out.children)) {
            // This letter replaces every earlier key and every earlier letter for the link.
            if (Status r = revokeActiveKeys(uow, guardianId, child.studentId); !r)
                return r;
            if (auto w = uow.exec(u"UPDATE letter_links SET state = 'superseded', note = ? WHERE guardian_id = ? "
                                  "AND student_id = ? AND state = 'pending'"_s,
                                  {out.letterId, guardianId, child.studentId});
                !w)
                return w.error();
            if (auto w = uow.exec(u"INSERT INTO letter_links(letter_id, position, student_id, guardian_id, "
                                  "verification_id, state) VALUES (?, ?, ?, ?, ?, 'pending')"_s,
                                  {out.letterId, ++position, child.studentId, guardianId, verificationId});
                !w)
                return w.error();
        }
        return uow.audit(u"letter.created"_s, u"letter"_s, out.letterId,
                         {{u"serial"_s, out.serial}, {u"delivery"_s, toWire(out.delivery)},
                          {u"verification_id"_s, verificationId}, {u"links"_s, qint64(out.children.size())}});
    });
    if (!s)
        return s.error();
    qCInfo(lcStorage) << "letter" << out.serial << "queued for" << out.children.size() << "links";
    return out;
}

Result<QList<IssuedKey>> AccessKeyIssuer::keysFor(const Actor& actor, const QString& studentId,
                                                  const QString& guardianId)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator looks up and revokes keys."_s);
    if (studentId.isEmpty() == guardianId.isEmpty())
        return Error::badInput(u"Give a student or an adult to find keys for."_s);
    auto q = m_db.exec(
        uR"(SELECT k.key_id, k.student_id, trim(coalesce(s.first_name, '') || ' ' || coalesce(s.last_name, '')),
                   k.guardian_id, trim(coalesce(g.first_name, '') || ' ' || coalesce(g.last_name, '')), k.kind,
                   k.status, k.issued_at, coalesce(k.expires_on, ''), coalesce(k.revoked_at, ''),
                   coalesce(k.revoke_reason, ''),
                   coalesce((SELECT l.serial FROM letter_links ll JOIN letters l ON l.letter_id = ll.letter_id
                              WHERE ll.key_id = k.key_id LIMIT 1), 0)
              FROM access_keys k
              LEFT JOIN students s ON s.student_id = k.student_id
              LEFT JOIN guardians g ON g.guardian_id = k.guardian_id
             WHERE (coalesce(?, '') = '' OR k.student_id = ?) AND (coalesce(?, '') = '' OR k.guardian_id = ?)
             ORDER BY k.issued_at DESC, k.key_id)"_s,
        {studentId, studentId, guardianId, guardianId});
    if (!q)
        return q.error();
    QList<IssuedKey> keys;
    while (q->next()) {
        IssuedKey k;
        k.keyId = q->value(0).toString();
        k.studentId = q->value(1).toString();
        k.studentName = q->value(2).toString();
        k.guardianId = q->value(3).toString();
        k.guardianName = q->value(4).toString();
        k.kind = q->value(5).toString();
        k.status = q->value(6).toString();
        k.issuedAt = q->value(7).toString();
        k.expiresOn = q->value(8).toString();
        k.revokedAt = q->value(9).toString();
        k.revokeReason = q->value(10).toString();
        k.letterSerial = q->value(11).toLongLong();
        keys.append(k);
    }
    return keys;
}

Status AccessKeyIssuer::revoke(const Actor& actor, const QString& keyId, const QString& reason)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator revokes a key outside a reissue."_s);
    if (reason != u"lost" && reason != u"staff_error")
        return Error::badInput(u"A revocation reason is lost or staff_error."_s);
    auto k = m_db.exec(u"SELECT student_id, guardian_id, status FROM access_keys WHERE key_id = ?"_s, {keyId});
    if (!k)
        return k.error();
    if (!k->next())
        return Error::notFound(u"No access key %1."_s.arg(keyId));
    if (k->value(2).toString() != u"active")
        return Error::badInput(u"The key is already %1."_s.arg(k->value(2).toString()));
    const QString studentId = k->value(0).toString();
    const QString guardianId = k->value(1).toString();
    k->finish();
    return m_db.transact(actor, [&](UnitOfWork& uow) { return revokeKey(uow, keyId, studentId, guardianId, reason); });
}

Status revokeKey(UnitOfWork& uow, const QString& keyId, const QString& studentId, const QString& guardianId,
                 const QString& reason)
{
    if (auto w = uow.exec(u"UPDATE access_keys SET status = 'revoked', revoked_at = ?, revoke_reason = ? "
                          "WHERE key_id = ?"_s, {uow.now(), reason, keyId});
        !w)
        return w.error();
    if (auto e = uow.emitEvent({{}, u"access_key.revoked"_s, {}, {}, studentId, guardianId,
                                {{u"key_id"_s, keyId}, {u"reason"_s, reason}}});
        !e)
        return e.error();
    return uow.audit(u"access_key.revoked"_s, u"access_key"_s, keyId, {{u"reason"_s, reason}});
}

} // namespace gd

namespace gd {

Status revokeActiveKeys(UnitOfWork& uow, const QString& guardianId, const QString& studentId)
{
    auto previous = uow.exec(u"SELECT key_id FROM access_keys WHERE guardian_id = ? AND student_id = ? "
                             "AND status = 'active'"_s, {guardianId, studentId});
    if (!previous)
        return previous.error();
    QStringList old;
    while (previous->next())
        old.append(previous->value(0).toString());
    previous->finish();
    for (const QString& keyId : std::as_const(old)) {
        if (Status r = revokeKey(uow, keyId, studentId, guardianId, u"reissued"_s); !r)
            return r;
    }
    return {};
}

} // namespace gd
