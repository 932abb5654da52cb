#include "ui/AdultsModel.h"

#include "ui/DisplayText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QStyle>

namespace gd {

AdultsModel::AdultsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AdultsModel::setLinks(const QList<GuardianLink>& links)
{
    beginResetModel();
    m_links.clear();
    for (const GuardianLink& link : links) {
        if (!link.relationship.deleted)
            m_links.append(link);
    }
    endResetModel();
}

void AdultsModel::clear()
{
    if (m_links.isEmpty())
        return;
    beginResetModel();
    m_links.clear();
    m_links.squeeze();
    endResetModel();
}

const GuardianLink* AdultsModel::linkAt(int row) const
{
    if (row < 0 || row >= m_links.size())
        return nullptr;
    return &m_links.at(row);
}

int AdultsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_links.size());
}

int AdultsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdultsModel::noContactText(bool noContact)
{
    //: In the "No-contact order" column: an order exists. Short, in capitals where the language has them.
    return noContact ? tr("YES") : tr("No");
}

QString AdultsModel::displayText(const GuardianLink& link, int column) const
{
    const Relationship& r = link.relationship;
    switch (column) {
    case NameColumn:
        return DisplayText::fullName(link.guardian.firstName, link.guardian.lastName);
    case RelationshipColumn:
        return DisplayText::relationship(r.relationship);
    case CustodialColumn:
        return DisplayText::yesNo(r.custodial);
    case EducationalRightsColumn:
        return DisplayText::yesNo(r.educationalRights);
    case PortalEligibleColumn:
        return DisplayText::yesNo(r.portalEligible);
    case NoContactColumn:
        return noContactText(r.noContactOrder);
    default:
        return {};
    }
}

// What a screen reader says for a row: every flag in words.
QString AdultsModel::rowSummary(const GuardianLink& link) const
{
    const Relationship& r = link.relationship;
    QString text = tr("%1, %2. Custodial: %3. Educational rights: %4. Portal eligible: %5.")
                       .arg(DisplayText::fullName(link.guardian.firstName, link.guardian.lastName),
                            DisplayText::relationship(r.relationship), DisplayText::yesNo(r.custodial),
                            DisplayText::yesNo(r.educationalRights), DisplayText::yesNo(r.portalEligible));
    if (r.noContactOrder)
        text += u' ' + tr("No-contact order on record.");
    return text;
}

QVariant AdultsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const GuardianLink& link = m_links.at(index.row());
    const bool noContact = link.relationship.noContactOrder;
    switch (role) {
    case Qt::DisplayRole:
        return displayText(link, index.column());
    case Qt::AccessibleTextRole:
        return index.column() == NameColumn ? rowSummary(link) : displayText(link, index.column());
    case Qt::ToolTipRole:
        if (noContact)
            return tr("A no-contact order is on record for this adult. Do not give this adult "
                      "any information about the student, and do not issue a key.");
        return {};
    case Qt::DecorationRole:
        if (noContact && (index.column() == NameColumn || index.column() == NoContactColumn))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (noContact) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (noContact)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        if (noContact)
            return QBrush(QColor(0x7a, 0x12, 0x12));   // 8:1 contrast on the background above
        return {};
    case GuardianIdRole:
        return link.guardian.guardianId;
    case NoContactRole:
        return noContact;
    default:
        return {};
    }
}

QVariant AdultsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CustodialColumn:
            return tr("The adult has custody of the student.");
        case EducationalRightsColumn:
            return tr("The adult holds the student's educational rights.");
        case PortalEligibleColumn:
            return tr("The district allows this relationship to have a parent portal account.");
        case NoContactColumn:
            return tr("A court or district no-contact order is on record for this adult.");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Adult");
    case RelationshipColumn:
        return tr("Relationship");
    case CustodialColumn:
        return tr("Custodial");
    // Two-line headers keep the flag columns narrow enough for the card at 150% scaling.
    case EducationalRightsColumn:
        return tr("Educational\nrights");
    case PortalEligibleColumn:
        return tr("Portal\neligible");
    case NoContactColumn:
        return tr("No-contact\norder");
    default:
        return {};
    }
}

} // namespace gd
