#include "storage/WaiverService.h"

#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QRegularExpression>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString toWire(WaiverForm f)
{
    return f == WaiverForm::MailEmailWaiver ? u"mail_email_waiver"_s : u"parent_access_request"_s;
}

WaiverService::WaiverService(Database& db)
    : m_db(db)
{
}

QByteArray WaiverService::casePayload(const QString& waiverId)
{
    return "GDW1:" + waiverId.toLatin1();
}

Result<QString> WaiverService::waiverIdFromPayload(const QByteArray& payload)
{
    static const QRegularExpression re(u"^GDW1:([0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12})$"_s);
    const auto m = re.match(QString::fromLatin1(payload.trimmed()));
    if (!m.hasMatch())
        return Error::badInput(u"This code is not a GuardianDesk form code."_s);
    return m.captured(1);
}

Result<Waiver> WaiverService::find(const QString& waiverId)
{
    auto q = m_db.exec(u"SELECT waiver_id, form, coalesce(student_id, ''), coalesce(guardian_id, ''), language, state, "
                       "issued_at, received_at FROM waivers WHERE waiver_id = ?"_s, {waiverId});
    if (!q)
        return q.error();
    if (!q->next())
        return Error::notFound(u"No form with this code was issued here."_s);
    Waiver w;
    w.waiverId = q->value(0).toString();
    w.form = q->value(1).toString() == u"parent_access_request" ? WaiverForm::ParentAccessRequest : WaiverForm::MailEmailWaiver;
    w.studentId = q->value(2).toString();
    w.guardianId = q->value(3).toString();
    w.language = q->value(4).toString();
    w.state = q->value(5).toString();
    w.issuedAt = QDateTime::fromString(q->value(6).toString(), Qt::ISODate);
    w.receivedAt = QDateTime::fromString(q->value(7).toString(), Qt::ISODate);
    return w;
}

Result<Waiver> WaiverService::issue(const Actor& actor, WaiverForm form, const QString& studentId,
                                    const QString& guardianId, const QString& language)
{
    if (!mayIssue(actor))
        return Error::denied(u"Only front desk staff and letter printers issue forms."_s);
    if (form == WaiverForm::MailEmailWaiver && guardianId.isEmpty())
        return Error::badInput(u"A request to mail the key is for an adult in school records; for anyone else use the Parent "
                               "Access Request form."_s);
    static const QRegularExpression lang(u"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    if (!lang.match(language).hasMatch())
        return Error::badInput(u"\"%1\" is not a language tag."_s.arg(language.left(20)));
    for (const auto& [table, column, id] : {std::tuple{u"students"_s, u"student_id"_s, studentId},
                                            std::tuple{u"guardians"_s, u"guardian_id"_s, guardianId}}) {
        if (id.isEmpty())
            continue;
        auto q = m_db.exec(u"SELECT 1 FROM %1 WHERE %2 = ?"_s.arg(table, column), {id});
        if (!q)
            return q.error();
        if (!q->next())
            return Error::notFound(u"%1 is not on the roster."_s.arg(id));
    }
    const QString waiverId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto w = uow.exec(u"INSERT INTO waivers(waiver_id, form, student_id, guardian_id, language, state, issued_at, staff_id) "
                          "VALUES (?, ?, ?, ?, ?, 'issued', ?, ?)"_s,
                          {waiverId, toWire(form), studentId.isEmpty() ? QVariant() : QVariant(studentId),
                           guardianId.isEmpty() ? QVariant() : QVariant(guardianId), language, uow.now(), actor.staffId});
        if (!w)
            return w.error();
        if (auto e = uow.emitEvent({{}, u"waiver.issued"_s, {}, {}, studentId, guardianId,
                                    {{u"waiver_id"_s, waiverId}, {u"form"_s, toWire(form)}}});
            !e)
            return e.error();
        return uow.audit(u"waiver.issued"_s, u"waiver"_s, waiverId, {{u"form"_s, toWire(form)}});
    });
    if (!s)
        return s.error();
    return find(waiverId);
}

Result<Waiver> WaiverService::receive(const Actor& actor, const QString& waiverId)
{
    if (!actor.has(Role::FrontDesk))
        return Error::denied(u"Only front desk staff receive returned forms."_s);
    auto w = find(waiverId);
    if (!w)
        return w.error();
    if (w->state == u"received")
        return Error::badInput(u"This form was already received on %1."_s.arg(QLocale().toString(w->receivedAt.toLocalTime().date(), QLocale::ShortFormat)));
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        auto u = uow.exec(u"UPDATE waivers SET state = 'received', received_at = ? WHERE waiver_id = ?"_s, {uow.now(), waiverId});
        if (!u)
            return u.error();
        if (auto e = uow.emitEvent({{}, u"waiver.received"_s, {}, {}, w->studentId, w->guardianId,
                                    {{u"waiver_id"_s, waiverId}, {u"form"_s, toWire(w->form)}}});
            !e)
            return e.error();
        return uow.audit(u"waiver.received"_s, u"waiver"_s, waiverId, {{u"form"_s, toWire(w->form)}});
    });
    if (!s)
        return s.error();
    return find(waiverId);
}

} // namespace gd
