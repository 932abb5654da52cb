#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// What one sync run did, for the CLI's counts, the status panel and the tests.
struct SyncReport {
    bool ran = false;              // false: the back-off schedule said wait (nothing was sent)
    bool ok = false;               // true: nothing failed
    bool transient = false;        // the failure will pass by itself (server down, timeout, ...)
    QString message;               // one line for staff: what happened, what to do

    qint64 rosterPages = 0;
    qint64 students = 0;
    qint64 guardians = 0;
    qint64 relationships = 0;
    qint64 relationshipsRemoved = 0;

    qint64 batches = 0;            // event batches the district answered with 200
    qint64 accepted = 0;
    qint64 duplicates = 0;
    qint64 rejected = 0;           // final: kept as failed with the server's message
    qint64 failedInBatch = 0;      // final: the whole batch was refused (400)
    qint64 pending = 0;            // still waiting in the outbox after the run

    QString enrollment;            // "enrolled", "conflict", "api-1.0" or empty
    std::optional<qint64> clockSkewSeconds;
    QString skewWarning;           // set when the skew exceeds two minutes
    QDateTime nextAttemptAt;       // when the run failed: the next scheduled attempt
    QStringList problems;          // every failure of the run, for staff
};

} // namespace gd
