#include "storage/RosterImport.h"

#include "core/DemoRosterGenerator.h"
#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/UnitOfWork.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlQuery>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr qint64 kMaxRosterFileBytes = 100 * 1024 * 1024;

bool exists(Database& db, const QString& sql, const QString& id)
{
    auto q = db.exec(sql, {id});
    return q && q->next();
}

} // namespace

RosterImport::RosterImport(Database& db)
    : m_db(db)
{
}

Result<RosterStore::Counts> RosterImport::importFile(const Actor& actor, const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::badInput(u"%1: cannot read: %2"_s.arg(path, file.errorString()));
    if (file.size() > kMaxRosterFileBytes)
        return Error::badInput(u"%1: larger than %2 MiB; split it into several files"_s.arg(path).arg(kMaxRosterFileBytes >> 20));
    QJsonParseError pe{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError)
        return Error::badInput(u"%1: not JSON (%2 at byte %3)"_s.arg(name, pe.errorString()).arg(pe.offset));

    QJsonArray pageValues;
    if (doc.isArray())
        pageValues = doc.array();
    else if (doc.object().contains(u"pages"_s) && doc.object().value(u"pages"_s).isArray())
        pageValues = doc.object().value(u"pages"_s).toArray();
    else if (doc.isObject())
        pageValues.append(doc.object());
    if (pageValues.isEmpty())
        return Error::badInput(u"%1: no roster pages"_s.arg(name));

    QList<RosterPage> pages;
    for (qsizetype i = 0; i < pageValues.size(); ++i) {
        const QString where = pageValues.size() == 1 ? name : u"%1: page %2"_s.arg(name).arg(i + 1);
        if (!pageValues[i].isObject())
            return Error::badInput(u"%1: not a roster page object"_s.arg(where));
        auto page = rosterPageFromJson(pageValues[i].toObject());
        if (!page)
            return Error::badInput(u"%1: %2"_s.arg(where, page.message()));
        pages.append(std::move(page).value());
    }
    return importPages(actor, pages, name);
}

Result<RosterStore::Counts> RosterImport::importPages(const Actor& actor, const QList<RosterPage>& pages,
                                                      const QString& source)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can import a roster."_s);
    // Pages may come from anywhere (a file, the district, code): every record's text is checked
    // here too, before anything is written, and a hostile one stops the whole import.
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        if (Status checked = checkRosterPage(pages[pi]); !checked) {
            return Error::badInput(pages.size() == 1 ? u"%1: %2"_s.arg(source, checked.message())
                                                     : u"%1: page %2: %3"_s.arg(source).arg(pi + 1).arg(checked.message()));
        }
    }
    // Links must point at records in these pages or already on the roster.
    QSet<QString> students, guardians;
    for (const RosterPage& p : pages) {
        for (const Student& s : p.students)
            students.insert(s.studentId);
        for (const Guardian& g : p.guardians)
            guardians.insert(g.guardianId);
    }
    for (qsizetype pi = 0; pi < pages.size(); ++pi) {
        const auto& rels = pages[pi].relationships;
        for (qsizetype i = 0; i < rels.size(); ++i) {
            const Relationship& r = rels[i];
            if (r.deleted)
                continue;
            const QString where = pages.size() == 1
                ? u"%1: relationships[%2] (%3/%4)"_s.arg(source).arg(i).arg(r.studentId, r.guardianId)
                : u"%1: page %2: relationships[%3] (%4/%5)"_s.arg(source).arg(pi + 1).arg(i).arg(r.studentId, r.guardianId);
            if (!students.contains(r.studentId)
                && !exists(m_db, u"SELECT 1 FROM students WHERE student_id = ?"_s, r.studentId))
                return Error::badInput(u"%1: no student %2 in the file or on the roster"_s.arg(where, r.studentId));
            if (!guardians.contains(r.guardianId)
                && !exists(m_db, u"SELECT 1 FROM guardians WHERE guardian_id = ?"_s, r.guardianId))
                return Error::badInput(u"%1: no adult %2 in the file or on the roster"_s.arg(where, r.guardianId));
        }
    }

    // One page of everything, in file order: links may name records from a later page.
    RosterPage all;
    for (const RosterPage& p : pages) {
        all.students += p.students;
        all.guardians += p.guardians;
        all.relationships += p.relationships;
    }
    RosterStore store(m_db, RosterStore::Mode::Upsert);
    Status s = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        if (auto w = store.write(all, uow.now()); !w)
            return w;
        const auto& c = store.counts();
        return uow.audit(u"roster.imported"_s, u"roster"_s, source,
                         {{u"students"_s, c.students}, {u"guardians"_s, c.guardians},
                          {u"relationships"_s, c.relationships}, {u"removed"_s, c.removed}});
    });
    if (!s)
        return s.error();
    return store.counts();
}

Result<RosterStore::Counts> RosterImport::seedDemo(const Actor& actor, qint64 students, quint64 seed,
                                                   const Progress& progress)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can seed a demo roster."_s);
    if (students < 1 || students > 5'000'000)
        return Error::badInput(u"--students must be from 1 to 5000000"_s);
    auto existing = m_db.exec(u"SELECT count(*) FROM students"_s);
    if (!existing || !existing->next())
        return Error::io(u"cannot read the roster"_s);
    const bool fresh = existing->value(0).toLongLong() == 0;
    existing->finish();

    // The generator runs on a second thread, a chunk ahead of the writer: on two cores the
    // roster is made while the previous chunk is written.
    constexpr qint64 kChunk = 20'000;
    struct Chunk {
        RosterPage page;
        QList<RosterStore::SearchRow> searchRows;   // FreshBulk: made here, off the writer's thread
        qint64 producedSoFar = 0;
    };
    std::mutex mutex;
    std::condition_variable changed;
    std::deque<Chunk> ready;
    bool stop = false;
    bool finished = false;
    std::thread producer([&] {
        DemoRosterGenerator generator(seed, students);
        DemoFamily family;
        bool more = true;
        while (more) {
            Chunk chunk;
            const qint64 until = std::min(students, generator.studentsProduced() + kChunk);
            while (generator.studentsProduced() < until && (more = generator.next(family))) {
                chunk.page.students += family.students;
                chunk.page.guardians += family.guardians;
                chunk.page.relationships += family.relationships;
            }
            if (fresh)
                chunk.searchRows = RosterStore::searchRows(chunk.page);
            if (generator.studentsProduced() >= students)
                more = false;
            chunk.producedSoFar = generator.studentsProduced();
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return ready.size() < 2 || stop; });
            if (stop)
                return;
            ready.push_back(std::move(chunk));
            changed.notify_all();
        }
        std::lock_guard lock(mutex);
        finished = true;
        changed.notify_all();
    });
    const auto joinProducer = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
            changed.notify_all();
        }
        producer.join();
    };

    // A bigger page cache while bulk-loading: the index B-trees stay in memory. A fresh demo
    // roster is consistent by construction, so its links skip the foreign-key lookups (they
    // are back on for everything else before this returns).
    (void)m_db.exec(u"PRAGMA cache_size = -262144"_s);
    if (fresh)
        (void)m_db.exec(u"PRAGMA foreign_keys = OFF"_s);
    RosterStore store(m_db, fresh ? RosterStore::Mode::FreshBulk : RosterStore::Mode::Upsert);
    qint64 written = 0;
    qint64 chunkNumber = 0;
    Status result;
    for (;;) {
        if (progress && !progress(written, students)) {
            result = Error::failed(u"cancelled after %1 of %2 students; those are kept"_s.arg(written).arg(students));
            break;
        }
        Chunk chunk;
        {
            std::unique_lock lock(mutex);
            changed.wait(lock, [&] { return !ready.empty() || finished; });
            if (ready.empty())
                break;
            chunk = std::move(ready.front());
            ready.pop_front();
            changed.notify_all();
        }
        ++chunkNumber;
        result = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
            if (auto w = store.write(chunk.page, uow.now(), fresh ? &chunk.searchRows : nullptr); !w)
                return w;
            return uow.audit(u"roster.seeded"_s, u"roster"_s, u"demo"_s,
                             {{u"seed"_s, QString::number(seed)}, {u"chunk"_s, chunkNumber},
                              {u"students"_s, qint64(chunk.page.students.size())},
                              {u"guardians"_s, qint64(chunk.page.guardians.size())}});
        });
        if (!result)
            break;
        written = chunk.producedSoFar;
    }
    joinProducer();
    (void)m_db.exec(u"PRAGMA cache_size = -2000"_s);
    if (auto on = m_db.exec(u"PRAGMA foreign_keys = ON"_s); !on)
        return on.error();
    if (!result)
        return result.error();
    if (progress)
        progress(students, students);
    return store.counts();
}

Result<QStringList> RosterImport::nonDemoRecords()
{
    QStringList found;
    // Roster records: any that the demo generator did not write (an import or the district's
    // roster is audited as something other than roster.seeded).
    auto roster = m_db.exec(u"SELECT (SELECT count(*) FROM students), "
                            "(SELECT count(*) FROM audit_log WHERE entity_type = 'roster' AND action <> 'roster.seeded'), "
                            "(SELECT count(*) FROM audit_log WHERE action = 'roster.seeded')"_s);
    if (!roster || !roster->next())
        return roster ? Error::io(u"cannot read the roster"_s) : roster.error();
    const qint64 students = roster->value(0).toLongLong();
    if (students > 0 && (roster->value(1).toLongLong() > 0 || roster->value(2).toLongLong() == 0))
        found.append(u"a roster of %1 students that did not come from seed-demo"_s.arg(students));
    roster->finish();
    auto verifications = m_db.exec(u"SELECT count(*) FROM verifications WHERE staff_id NOT LIKE 'demo.%'"_s);
    if (!verifications || !verifications->next())
        return verifications ? Error::io(u"cannot read the verifications"_s) : verifications.error();
    if (const qint64 n = verifications->value(0).toLongLong(); n > 0)
        found.append(u"%1 verifications made by staff"_s.arg(n));
    return found;
}

} // namespace gd
