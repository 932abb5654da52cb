#pragma once

#include "core/Result.h"
#include "storage/StudentDirectory.h"
#include "storage/WaiverService.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QImage>
#include <QString>

#include <optional>

namespace gd {

class Database;

// The case a returned form belongs to: the form as issued and, when it names one, the student
// and the adult it was issued for, so the kiosk can open them.
struct ReturnedCase {
    Waiver waiver;
    std::optional<StudentCard> card;   // the student named on the form (none on a blank form)

    // The adult the form was issued for, when on the student's record.
    const GuardianLink* adult() const;
};

// A Mail/Email Waiver or Parent Access Request form has come back: the code printed on it
// (scanned from an image, or typed by a keyboard-wedge scanner) brings back its case. An ID
// card's barcode, another barcode, or a form issued elsewhere says so and opens nothing.
// Finding the case changes nothing: the form is marked received elsewhere.
class ReturnedFormLookup {
    Q_DECLARE_TR_FUNCTIONS(gd::ReturnedFormLookup)
public:
    explicit ReturnedFormLookup(Database& db);

    Result<ReturnedCase> fromImageFile(const QString& path);
    Result<ReturnedCase> fromImage(const QImage& image);
    Result<ReturnedCase> fromCode(QByteArrayView code);

    // Whether typed text starts like a form's code: what a wedge scanner's burst is checked for.
    static bool looksLikeFormCode(QStringView typed);

private:
    Database& m_db;
};

} // namespace gd
