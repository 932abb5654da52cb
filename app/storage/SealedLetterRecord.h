#pragma once

#include "core/Result.h"

#include <QStringList>

#include <optional>

namespace gd {

class Database;

// What this kiosk recorded of a letter it printed, for checking that letter's seal: the serial
// and state, and whom it was for (names as the letter printed them), so staff can compare the
// paper with the record and the seal's digest can be recomputed.
struct SealedLetterRecord {
    qint64 serial = 0;
    QString state;                 // queued | printed | voided
    QString guardianName;
    QStringList studentNames;      // the children whose keys it carried, in printed order

    // nullopt when this kiosk has no such letter.
    static Result<std::optional<SealedLetterRecord>> find(Database& db, const QString& letterId);
};

} // namespace gd
