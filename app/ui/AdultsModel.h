#pragma once

#include "storage/StudentDirectory.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd {

// The adults on a student's card, one row each, with the flags the verification depends on.
// A no-contact order stands out by text, weight, an icon and colour, never by colour alone.
class AdultsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // The no-contact order comes right after the name: it stays in view on the narrowest card.
    enum Column { NameColumn, NoContactColumn, RelationshipColumn, CustodialColumn,
                  EducationalRightsColumn, PortalEligibleColumn, ColumnCount };
    enum Role { GuardianIdRole = Qt::UserRole + 1, NoContactRole };

    explicit AdultsModel(QObject* parent = nullptr);

    // Links marked deleted by the district are not on record any more and are left out.
    void setLinks(const QList<GuardianLink>& links);
    void clear();
    const GuardianLink* linkAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString noContactText(bool noContact);

private:
    QString displayText(const GuardianLink& link, int column) const;
    QString rowSummary(const GuardianLink& link) const;

    QList<GuardianLink> m_links;
};

} // namespace gd
