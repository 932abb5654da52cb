#include "services/PrintRun.h"

#include <QCoreApplication>

namespace gd {

PrintRun::PrintRun(Database& db, const Actor& actor, QStringList letterIds, LetterDocument& document)
    : m_printing(db)
    , m_actor(actor)
    , m_letterIds(std::move(letterIds))
    , m_document(document)
{
}

Status PrintRun::step()
{
    if (atEnd())
        return {};
    auto outcome = m_printing.print(m_actor, m_letterIds.at(m_next), m_document);
    if (!outcome) {
        m_stopped = true;
        m_stopReason = outcome.message();
        return outcome.error();
    }
    m_outcomes.append(*outcome);
    ++m_next;
    return {};
}

Status PrintRun::run(const std::function<bool(int, int)>& progress)
{
    while (!atEnd()) {
        if (Status s = step(); !s)
            return s;
        if (progress && !progress(m_next, total()))
            cancel();
    }
    return {};
}

QList<LetterPrinting::Outcome> PrintRun::outcomes() const
{
    QList<LetterPrinting::Outcome> all = m_outcomes;
    if (!atEnd())
        return all;
    for (qsizetype i = all.size(); i < m_letterIds.size(); ++i) {
        LetterPrinting::Outcome o;
        o.letterId = m_letterIds.at(i);
        o.message = m_stopped && i == m_outcomes.size()
                        ? m_stopReason
                        : QCoreApplication::translate("PrintRun", "Not reached: printing was stopped. It is still in the queue.");
        all.append(o);
    }
    return all;
}

} // namespace gd
