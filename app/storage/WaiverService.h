#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QDateTime>

namespace gd {

class Database;

enum class WaiverForm { MailEmailWaiver, ParentAccessRequest };
QString toWire(WaiverForm f);   // "mail_email_waiver" | "parent_access_request"

struct Waiver {
    QString waiverId;
    WaiverForm form = WaiverForm::MailEmailWaiver;
    QString studentId;     // may be empty (a blank form)
    QString guardianId;    // empty for an adult not on record
    QString language;
    QString state;         // "issued" | "received"
    QDateTime issuedAt;
    QDateTime receivedAt;
};

// The forms that leave the office and come back: the Mail/Email Waiver (an adult who cannot come
// in returns it with a copy of their ID) and the Parent Access Request form (an adult not on
// record, so the school can update the student information system first). The code printed on
// the form brings the case back when it returns. waiver.issued and waiver.received go to the
// district in the same transaction as the change.
class WaiverService {
public:
    explicit WaiverService(Database& db);

    // Front desk staff and letter printers issue forms.
    static bool mayIssue(const Actor& actor) { return actor.has(Role::FrontDesk) || actor.has(Role::LetterPrinter); }

    Result<Waiver> issue(const Actor& actor, WaiverForm form, const QString& studentId, const QString& guardianId,
                         const QString& language);
    Result<Waiver> receive(const Actor& actor, const QString& waiverId);
    Result<Waiver> find(const QString& waiverId);

    // What the form's barcode holds, and back: "GDW1:<waiver id>".
    static QByteArray casePayload(const QString& waiverId);
    static Result<QString> waiverIdFromPayload(const QByteArray& payload);

private:
    Database& m_db;
};

} // namespace gd
