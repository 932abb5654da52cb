#pragma once

#include "core/Result.h"

#include <QString>

namespace gd {

class Database;

// The audit chain against the heads the district witnessed (district-api 1.1: every event batch
// carries the signed head; sync keeps the district's list). The district's copy is out of reach
// of whoever edits the kiosk's database: an entry at a witnessed seq with another hash was
// edited, a chain shorter than the longest witnessed head was cut.
namespace AuditWitness {

struct Verdict {
    qint64 heads = 0;          // witnessed heads compared
    qint64 longestSeq = 0;     // the longest witnessed head
    qint64 firstBadSeq = 0;
    QString problem;
    bool holds() const { return problem.isEmpty(); }
};

// Failed when sync never kept the district's heads (nothing to compare with).
Result<Verdict> compare(Database& db);

} // namespace AuditWitness

} // namespace gd
