#pragma once

#include "storage/StudentDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd {

// The rows of a type-ahead search, best first, as StudentDirectory::search() returned them.
class StudentSearchModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // A hit found through an adult's name says so on a second line of the name.
    enum Column { NameColumn, StudentIdColumn, DateOfBirthColumn, GradeColumn, StatusColumn, ColumnCount };
    enum Role { StudentIdRole = Qt::UserRole + 1 };

    explicit StudentSearchModel(QObject* parent = nullptr);

    void setHits(QList<StudentHit> hits);
    void clear();
    const StudentHit* hitAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const StudentHit& hit, int column) const;
    QString fullText(const StudentHit& hit, int column) const;   // with the grade in words

    QList<StudentHit> m_hits;
};

} // namespace gd
