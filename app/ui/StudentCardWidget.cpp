#include "ui/StudentCardWidget.h"
#include "ui_StudentCardWidget.h"

#include "ui/AdultsModel.h"
#include "ui/DisplayText.h"

#include <QHeaderView>
#include <QLocale>

#include <algorithm>

namespace gd {

StudentCardWidget::StudentCardWidget(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::StudentCardWidget>())
    , m_adults(new AdultsModel(this))
{
    m_ui->setupUi(this);
    QFont heading = m_ui->studentNameLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.6);
    heading.setBold(true);
    m_ui->studentNameLabel->setFont(heading);
    QFont subheading = m_ui->adultsHeading->font();
    subheading.setPointSizeF(subheading.pointSizeF() * 1.2);
    subheading.setBold(true);
    m_ui->adultsHeading->setFont(subheading);

    m_ui->adultsView->setModel(m_adults);
    QHeaderView* header = m_ui->adultsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AdultsModel::NameColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    m_ui->adultsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->adultsView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->adultsView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    clear();
}

StudentCardWidget::~StudentCardWidget() = default;

// The table is exactly as large as its contents and never scrolls itself: the card reads as
// one page, and when it is wider or taller than the window (many adults, large scaling) the
// scroll area around the whole card scrolls, so no flag column is ever hidden inside the table.
void StudentCardWidget::fitAdultsView()
{
    QTableView* view = m_ui->adultsView;
    QHeaderView* header = view->horizontalHeader();
    view->resizeRowsToContents();
    const QAbstractItemView* items = view;   // sizeHintForColumn is public there
    int width = 2 * view->frameWidth();
    for (int column = 0; column < m_adults->columnCount(); ++column)
        width += std::max(items->sizeHintForColumn(column), header->sectionSizeHint(column));
    view->setMinimumWidth(width);
    view->setFixedHeight(header->sizeHint().height() + view->verticalHeader()->length() + 2 * view->frameWidth());
}

QWidget* StudentCardWidget::adultsView() const
{
    return m_ui->adultsView;
}

void StudentCardWidget::showCard(const StudentCard& card, const QString& schoolName)
{
    const Student& s = card.student;
    m_student = s;
    m_ui->studentNameLabel->setText(DisplayText::fullName(s.firstName, s.lastName));
    m_ui->studentIdValue->setText(s.studentId);
    m_ui->schoolValue->setText(schoolName.isEmpty() ? s.schoolCode
                                                    : tr("%1 (%2)").arg(schoolName, s.schoolCode));
    m_ui->gradeValue->setText(DisplayText::grade(s.grade));
    m_ui->dateOfBirthValue->setText(DisplayText::date(s.dateOfBirth));
    m_ui->statusValue->setText(DisplayText::activeState(s.active));
    QFont statusFont = m_ui->statusValue->font();
    statusFont.setBold(!s.active);
    m_ui->statusValue->setFont(statusFont);

    m_ui->inactiveBanner->setText(
        s.active ? QString()
                 : tr("Inactive student: this student is no longer enrolled. No portal key can be issued."));
    m_ui->inactiveBanner->setVisible(!s.active);

    m_adults->setLinks(card.adults);
    QStringList noContact;
    for (int row = 0; row < m_adults->rowCount(); ++row) {
        const GuardianLink* link = m_adults->linkAt(row);
        if (link->relationship.noContactOrder)
            noContact << DisplayText::fullName(link->guardian.firstName, link->guardian.lastName);
    }
    if (noContact.isEmpty()) {
        m_ui->noContactBanner->clear();
        m_ui->noContactBanner->hide();
    } else {
        //: %1 is one adult's name or a list of names ("Ana Ruiz and Luis Ruiz").
        m_ui->noContactBanner->setText(
            tr("⚠ NO-CONTACT ORDER for %1. Do not share any information about this student with the "
               "adult(s) named, and do not verify them for portal access.", nullptr, int(noContact.size()))
                .arg(QLocale().createSeparatedList(noContact)));
        m_ui->noContactBanner->show();
    }
    m_ui->noAdultsLabel->setVisible(m_adults->rowCount() == 0);
    m_ui->adultsView->setVisible(m_adults->rowCount() > 0);
    fitAdultsView();
    m_ui->cardStack->setCurrentWidget(m_ui->cardPage);
}

void StudentCardWidget::clear()
{
    m_student = Student{};
    const QList<QLabel*> values = {m_ui->studentNameLabel, m_ui->studentIdValue, m_ui->schoolValue,
                                   m_ui->gradeValue,       m_ui->dateOfBirthValue, m_ui->statusValue,
                                   m_ui->inactiveBanner,   m_ui->noContactBanner};
    for (QLabel* label : values)
        label->clear();
    m_ui->inactiveBanner->hide();
    m_ui->noContactBanner->hide();
    m_adults->clear();
    m_ui->adultsView->clearSelection();
    m_ui->cardStack->setCurrentWidget(m_ui->emptyPage);
}

} // namespace gd
