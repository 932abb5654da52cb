#include "ui/DisplayText.h"

#include <QLocale>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString DisplayText::relationship(RelationshipKind kind)
{
    switch (kind) {
    case RelationshipKind::Mother:
        return tr("Mother");
    case RelationshipKind::Father:
        return tr("Father");
    case RelationshipKind::LegalGuardian:
        return tr("Legal guardian");
    case RelationshipKind::Caregiver:
        return tr("Caregiver");
    case RelationshipKind::Other:
        break;
    }
    return tr("Other");
}

QString DisplayText::grade(const QString& grade)
{
    if (grade.compare(u"TK"_s, Qt::CaseInsensitive) == 0)
        return tr("Transitional kindergarten");
    if (grade.compare(u"K"_s, Qt::CaseInsensitive) == 0)
        return tr("Kindergarten");
    return grade;
}

QString DisplayText::yesNo(bool value)
{
    return value ? tr("Yes") : tr("No");
}

QString DisplayText::activeState(bool active)
{
    return active ? tr("Active") : tr("Inactive");
}

namespace {
DateStyle g_dateStyle = DateStyle::Us;
} // namespace

void DisplayText::setDateStyle(DateStyle style)
{
    g_dateStyle = style;
}

DateStyle DisplayText::dateStyle()
{
    return g_dateStyle;
}

QString DisplayText::date(const QDate& date)
{
    if (!date.isValid())
        return tr("Not on record");
    // The month by name, in the kiosk's language, in the district's order: no reading of
    // 03/04 can go wrong.
    switch (g_dateStyle) {
    case DateStyle::Iso:
        return formatDate(date, g_dateStyle);
    case DateStyle::DayFirst:
        return QLocale().toString(date, u"d MMMM yyyy"_s);
    case DateStyle::Us:
        break;
    }
    return QLocale().toString(date, u"MMMM d, yyyy"_s);
}

QString DisplayText::shortDate(const QDate& date)
{
    return formatDate(date, g_dateStyle);
}

QString DisplayText::personName(const QString& first, const QString& last)
{
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    //: A person's name in lists, family name first: %1 = family name, %2 = given name.
    return tr("%1, %2").arg(last, first);
}

QString DisplayText::fullName(const QString& first, const QString& last)
{
    if (first.isEmpty())
        return last;
    if (last.isEmpty())
        return first;
    //: A person's full name: %1 = given name, %2 = family name.
    return tr("%1 %2").arg(first, last);
}

} // namespace gd
