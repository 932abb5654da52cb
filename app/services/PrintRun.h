#pragma once

#include "core/Result.h"
#include "core/Staff.h"
#include "services/LetterPrinting.h"

#include <QStringList>

#include <functional>

namespace gd {

class Database;
class LetterDocument;

// One batch of queued letters printed onto one document (a QPrinter, a PDF in memory, any
// paged device), a letter at a time, so that a screen shows its progress and a person can stop
// it between letters. The kiosk drives it a step per turn of the event loop; the CLI and tests
// call run(). Letters the run does not reach stay in the queue, and say so.
class PrintRun {
public:
    PrintRun(Database& db, const Actor& actor, QStringList letterIds, LetterDocument& document);

    int total() const { return int(m_letterIds.size()); }
    int handled() const { return m_next; }
    bool atEnd() const { return m_stopped || m_cancelled || m_next >= m_letterIds.size(); }
    bool cancelled() const { return m_cancelled; }
    const QString& letterAt(int i) const { return m_letterIds.at(i); }

    // Prints the next letter. An error stops the whole run (the role, the database); a letter
    // that cannot print is an outcome, and the run goes on.
    Status step();
    // Stops before the next letter.
    void cancel() { m_cancelled = true; }

    // Every step until the end; `progress(handled, total)` after each letter, false to stop.
    Status run(const std::function<bool(int handled, int total)>& progress = {});

    // One outcome per letter, in order, the ones not reached included once the run is at its end.
    QList<LetterPrinting::Outcome> outcomes() const;

private:
    LetterPrinting m_printing;   // one for the run: the letterhead and the device key are read once
    Actor m_actor;
    QStringList m_letterIds;
    LetterDocument& m_document;
    QList<LetterPrinting::Outcome> m_outcomes;
    int m_next = 0;
    bool m_cancelled = false;
    bool m_stopped = false;
    QString m_stopReason;
};

} // namespace gd
