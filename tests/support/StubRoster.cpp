#include "support/StubRoster.h"

#include "core/DemoRosterGenerator.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

constexpr auto kCursorEncoding = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

} // namespace

StubRoster::StubRoster(quint64 seed, qint64 studentCount)
    : m_seed(seed)
    , m_all(DemoRosterGenerator::generate(seed, studentCount))
{
    for (qsizetype i = 0; i < m_all.guardians.size(); ++i)
        m_guardianIndex.insert(m_all.guardians[i].guardianId, i);
    for (qsizetype i = 0; i < m_all.relationships.size(); ++i)
        m_relationshipsByStudent[m_all.relationships[i].studentId].append(i);
}

RosterPage StubRoster::page(qint64 offset, int limit) const
{
    RosterPage page;
    const qint64 begin = qBound<qint64>(0, offset, studentCount());
    const qint64 end = qMin(studentCount(), begin + qMax(limit, 1));
    QSet<QString> guardiansOnPage;
    for (qint64 i = begin; i < end; ++i) {
        const Student& student = m_all.students[i];
        page.students.append(student);
        for (const qsizetype r : m_relationshipsByStudent.value(student.studentId)) {
            const Relationship& relationship = m_all.relationships[r];
            page.relationships.append(relationship);
            if (!guardiansOnPage.contains(relationship.guardianId)) {
                guardiansOnPage.insert(relationship.guardianId);
                page.guardians.append(m_all.guardians[m_guardianIndex.value(relationship.guardianId)]);
            }
        }
    }
    page.nextCursor = cursorFor(end);
    page.hasMore = end < studentCount();
    return page;
}

QString StubRoster::cursorFor(qint64 offset) const
{
    const QByteArray plain = "roster:" + QByteArray::number(m_seed) + ':' + QByteArray::number(offset);
    return QString::fromLatin1(plain.toBase64(kCursorEncoding));
}

std::optional<qint64> StubRoster::offsetOf(const QString& cursor) const
{
    const auto decoded = QByteArray::fromBase64Encoding(cursor.toLatin1(), kCursorEncoding
                                                        | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    const QList<QByteArray> parts = decoded.decoded.split(':');
    if (parts.size() != 3 || parts[0] != "roster" || parts[1] != QByteArray::number(m_seed))
        return std::nullopt;
    bool ok = false;
    const qint64 offset = parts[2].toLongLong(&ok);
    if (!ok || offset < 0 || offset > studentCount())
        return std::nullopt;
    return offset;
}

} // namespace gd::test
