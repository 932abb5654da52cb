// bench_search: type-ahead search latency on a seeded database, as one JSON line.
// Not a test: the "bench" target runs it (tests/bench/run-bench.sh) on a large demo roster.
#include "core/NameNormalizer.h"
#include "storage/Database.h"
#include "storage/StudentDirectory.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const auto i = std::min(v.size() - 1, static_cast<std::size_t>(p * double(v.size() - 1) + 0.5));
    return v[i];
}

// What a clerk types while the parent spells the name: a prefix of one or two words, in the
// order the parent says them, or an id or birth date read off a form.
QString typeAhead(const StudentHit& s, QRandomGenerator& rng)
{
    const QStringList first = NameNormalizer::tokens(s.firstName);
    const QStringList last = NameNormalizer::tokens(s.lastName);
    if (first.isEmpty() || last.isEmpty())
        return s.studentId;
    const auto cut = [&rng](const QString& w) { return w.left(std::max<qsizetype>(2, 1 + rng.bounded(int(w.size())))); };
    switch (rng.bounded(10)) {
    case 0: return cut(last.first());                                    // "garc"
    case 1: return last.first() + u' ' + cut(first.first());             // "garcia ma"
    case 2: return first.first() + u' ' + cut(last.first());             // "maria gar"
    case 3: return last.join(u' ').left(3 + rng.bounded(8));             // "garcia lo"
    case 4: return first.join(u' ') + u' ' + cut(last.first());          // "maria jose ga"
    case 5: return cut(first.first());                                   // "mar"
    case 6: return s.studentId.left(5 + rng.bounded(5));                 // "100234"
    case 7: return s.dateOfBirth.toString(u"M/d/yyyy"_s);                // "3/9/2014"
    case 8: return last.last() + u' ' + first.first();                   // "lopez maria" (any order)
    default: return s.firstName + u' ' + s.lastName;                     // the whole name, as typed
    }
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"db"_s, u"Seeded database."_s, u"PATH"_s});
    p.addOption({u"queries"_s, u"How many queries."_s, u"N"_s, u"2000"_s});
    p.addOption({u"out"_s, u"Append the JSON line to FILE too."_s, u"FILE"_s});
    p.process(app);
    if (!p.isSet(u"db"_s)) {
        QTextStream(stderr) << "bench_search: --db PATH is required\n";
        return 2;
    }
    Database::Options o;
    o.create = false;
    o.migrate = false;
    auto db = Database::open(p.value(u"db"_s), o);
    if (!db) {
        QTextStream(stderr) << "bench_search: " << db.message() << '\n';
        return 2;
    }
    StudentDirectory dir(**db);
    const qint64 students = dir.studentCount();
    const int n = std::max(1, p.value(u"queries"_s).toInt());
    QRandomGenerator rng(20261122);

    // Sample students spread over the roster for realistic queries.
    QList<StudentHit> sample;
    for (int i = 0; i < std::min(n, 5000); ++i) {
        auto q = (*db)->exec(u"SELECT student_id FROM students WHERE id = ?"_s, {1 + qint64(rng.bounded(quint64(students)))});
        if (q && q->next()) {
            auto card = dir.card(q->value(0).toString());
            if (card)
                sample.append({card->student.studentId, card->student.firstName, card->student.lastName,
                               card->student.dateOfBirth, card->student.grade, card->student.schoolCode, true, {}});
        }
    }
    if (sample.isEmpty()) {
        QTextStream(stderr) << "bench_search: the database has no students\n";
        return 2;
    }
    std::vector<double> ms;
    ms.reserve(std::size_t(n));
    qint64 empty = 0;
    QElapsedTimer t;
    for (int i = 0; i < n; ++i) {
        const QString query = typeAhead(sample[i % sample.size()], rng);
        t.start();
        auto hits = dir.search(query, 20);
        ms.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!hits || hits->isEmpty())
            ++empty;
    }
    const QJsonObject result{
        {u"bench"_s, u"search"_s},
        {u"students"_s, students},
        {u"queries"_s, n},
        {u"no_hits"_s, empty},
        {u"p50_ms"_s, percentile(ms, 0.50)},
        {u"p95_ms"_s, percentile(ms, 0.95)},
        {u"p99_ms"_s, percentile(ms, 0.99)},
        {u"max_ms"_s, percentile(ms, 1.0)},
    };
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << line << '\n';
    if (p.isSet(u"out"_s)) {
        QFile f(p.value(u"out"_s));
        if (f.open(QIODevice::Append | QIODevice::Text))
            f.write(line + '\n');
    }
    return 0;
}
