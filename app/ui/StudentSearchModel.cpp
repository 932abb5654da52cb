#include "ui/StudentSearchModel.h"

#include "ui/DisplayText.h"

#include <QFont>
#include <QPalette>
#include <QTextDocument>


namespace gd {

StudentSearchModel::StudentSearchModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void StudentSearchModel::setHits(QList<StudentHit> hits)
{
    beginResetModel();
    m_hits = std::move(hits);
    endResetModel();
}

void StudentSearchModel::clear()
{
    if (m_hits.isEmpty())
        return;
    beginResetModel();
    m_hits.clear();
    m_hits.squeeze();
    endResetModel();
}

const StudentHit* StudentSearchModel::hitAt(int row) const
{
    if (row < 0 || row >= m_hits.size())
        return nullptr;
    return &m_hits.at(row);
}

int StudentSearchModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

int StudentSearchModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StudentSearchModel::displayText(const StudentHit& hit, int column) const
{
    switch (column) {
    case NameColumn:
        if (!hit.matchedGuardian.isEmpty())
            return DisplayText::personName(hit.firstName, hit.lastName) + u'\n'
                   + tr("Through adult: %1").arg(hit.matchedGuardian);
        return DisplayText::personName(hit.firstName, hit.lastName);
    case StudentIdColumn:
        return hit.studentId;
    case DateOfBirthColumn:
        return DisplayText::shortDate(hit.dateOfBirth);
    case GradeColumn:
        return hit.grade;   // "K", "TK", "7": the list is narrow; the words are in the tooltip
    case StatusColumn:
        return DisplayText::activeState(hit.active);
    default:
        return {};
    }
}

QString StudentSearchModel::fullText(const StudentHit& hit, int column) const
{
    if (column == GradeColumn)
        return DisplayText::grade(hit.grade);
    return displayText(hit, column);
}

QVariant StudentSearchModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StudentHit& hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayText(hit, index.column());
    case Qt::ToolTipRole:
        // The whole text of a cell a narrow list cuts short. Tooltips guess at rich text: roster
        // text goes in escaped, never as markup.
        return Qt::convertFromPlainText(fullText(hit, index.column()), Qt::WhiteSpaceNormal);
    case Qt::AccessibleTextRole:
        return fullText(hit, index.column());
    case Qt::FontRole:
        if (!hit.active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (!hit.active)
            return QPalette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case StudentIdRole:
        return hit.studentId;
    default:
        return {};
    }
}

QVariant StudentSearchModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Student");
    case StudentIdColumn:
        return tr("Student ID");
    case DateOfBirthColumn:
        return tr("Date of birth");
    case GradeColumn:
        return tr("Grade");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace gd
