#include "storage/AccessKeyIssuer.h"

#include "core/Logging.h"
#include "core/rules/EligibilityRules.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/Settings.h"
#include "storage/StudentDirectory.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString toWire(KeyDelivery d)
{
    return d == KeyDelivery::Mail ? u"mail"_s : u"in_person"_s;
}

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

Result<Issuance> AccessKeyIssuer::issue(const Actor& actor, const QString& verificationId, const IssueOptions& options)
{
    if (!actor.has(Role::FrontDesk))
        return Error::denied(u"Only front desk staff issue access keys."_s);

    auto v = m_db.exec(u"SELECT student_id, guardian_id, outcome, occurred_at FROM verifications "
                       "WHERE verification_id = ?"_s, {verificationId});
    if (!v)
        return v.error();
    if (!v->next())
        return Error::notFound(u"No verification %1."_s.arg(verificationId));
    const QString verifiedStudent = v->value(0).toString();
    const QString guardianId = v->value(1).toString();
    if (v->value(2).toString() != u"verified")
        return Error::badInput(u"This adult was not verified; no key can be issued."_s);
    const QDateTime verifiedAt = QDateTime::fromString(v->value(3).toString(), Qt::ISODate);
    if (verifiedAt.secsTo(m_db.clock().now()) > 4 * 3600)
        return Error::badInput(u"The verification is more than four hours old; verify the adult again."_s);
    v->finish();

    const Settings settings(m_db);
    const KeyFormat format = keyFormat();
    QFile pem(settings.value(Settings::DistrictPublicKeyFile));
    if (pem.fileName().isEmpty())
        return Error::conflict(u"The district's public key is not configured (setting district.public_key_file): "
                               "keys cannot be issued until an administrator sets it."_s);
    if (!pem.open(QIODevice::ReadOnly))
        return Error::io(u"%1: cannot read the district's public key: %2"_s.arg(pem.fileName(), pem.errorString()));
    const QByteArray districtKey = pem.readAll();

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
    for (const Student& child : std::as_const(selection->children)) {
        auto key = AccessKeyGenerator::generate(format, m_db.clock().now().date());
        if (!key)
            return key.error();
        out.keys.push_back({child, std::move(key).value()});
    }
    if (out.keys.empty())
        return Error::badInput(u"None of this adult's children can get a key: %1"_s.arg(out.leftOut.join(u"; "_s)));

    // Seal every secret for the district before anything is written.
    QStringList sealed;
    for (const IssuedKey& k : out.keys) {
        auto s = AccessKeyGenerator::sealForDistrict(k.key, districtKey);
        if (!s)
            return s.error();
        sealed.append(*s);
    }
    std::optional<DeviceSecrets> device;
    if (options.queueForPrinter) {
        auto d = DeviceSecrets::open(m_db);
        if (!d)
            return d.error();
        device = std::move(d).value();
    }

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
        for (std::size_t i = 0; i < out.keys.size(); ++i) {
            const IssuedKey& k = out.keys[i];
            const QString studentId = k.student.studentId;
            // A new key for a link revokes the one before it.
            auto previous = uow.exec(u"SELECT key_id FROM access_keys WHERE guardian_id = ? AND student_id = ? "
                                     "AND status = 'active'"_s, {guardianId, studentId});
            if (!previous)
                return previous.error();
            QStringList old;
            while (previous->next())
                old.append(previous->value(0).toString());
            previous->finish();
            // A queued letter that still holds the old key's secret loses it (revokeKey).
            for (const QString& oldKey : old) {
                if (Status r = revokeKey(uow, oldKey, studentId, guardianId, u"reissued"_s); !r)
                    return r;
            }
            const QVariant expires = k.key.expiresOn.isValid() ? QVariant(k.key.expiresOn.toString(Qt::ISODate)) : QVariant();
            if (auto w = uow.exec(u"INSERT INTO access_keys(key_id, student_id, guardian_id, verification_id, kind, status, "
                                  "issued_at, expires_on, staff_id) VALUES (?, ?, ?, ?, ?, 'active', ?, ?, ?)"_s,
                                  {k.key.keyId, studentId, guardianId, verificationId, toWire(k.key.kind), uow.now(),
                                   expires, actor.staffId});
                !w)
                return w.error();
            if (auto w = uow.exec(u"INSERT INTO letter_keys(letter_id, key_id) VALUES (?, ?)"_s, {out.letterId, k.key.keyId}); !w)
                return w.error();
            if (device) {
                auto blob = device->seal(k.key.secret.view(), k.key.keyId);
                if (!blob)
                    return blob.error();
                if (auto w = uow.exec(u"INSERT INTO letter_secrets(key_id, letter_id, sealed) VALUES (?, ?, ?)"_s,
                                      {k.key.keyId, out.letterId, *blob});
                    !w)
                    return w.error();
            }
            QJsonObject data{{u"key_id"_s, k.key.keyId}, {u"kind"_s, toWire(k.key.kind)},
                             {u"sealed_secret"_s, sealed[qsizetype(i)]}};
            if (k.key.expiresOn.isValid())
                data.insert(u"expires_on"_s, k.key.expiresOn.toString(Qt::ISODate));
            if (auto e = uow.emitEvent({{}, u"access_key.issued"_s, {}, {}, studentId, guardianId, data}); !e)
                return e.error();
            if (auto a = uow.audit(u"access_key.issued"_s, u"access_key"_s, k.key.keyId,
                                   {{u"student_id"_s, studentId}, {u"guardian_id"_s, guardianId},
                                    {u"kind"_s, toWire(k.key.kind)}, {u"letter_id"_s, out.letterId}});
                !a)
                return a;
        }
        return uow.audit(u"letter.created"_s, u"letter"_s, out.letterId,
                         {{u"serial"_s, out.serial}, {u"delivery"_s, toWire(out.delivery)},
                          {u"queued"_s, options.queueForPrinter}, {u"keys"_s, qint64(out.keys.size())}});
    });
    if (!s)
        return s.error();
    if (options.queueForPrinter) {
        // The printer's copy is sealed in the database; this one is no longer needed.
        for (IssuedKey& k : out.keys)
            k.key.secret.clear();
    }
    qCInfo(lcStorage) << "issued" << out.keys.size() << "keys on letter" << out.serial;
    return out;
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
    if (auto w = uow.exec(u"DELETE FROM letter_secrets WHERE key_id = ?"_s, {keyId}); !w)
        return w.error();
    if (auto e = uow.emitEvent({{}, u"access_key.revoked"_s, {}, {}, studentId, guardianId,
                                {{u"key_id"_s, keyId}, {u"reason"_s, reason}}});
        !e)
        return e.error();
    return uow.audit(u"access_key.revoked"_s, u"access_key"_s, keyId, {{u"reason"_s, reason}});
}

} // namespace gd
