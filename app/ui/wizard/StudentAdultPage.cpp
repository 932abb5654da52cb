#include "ui/wizard/StudentAdultPage.h"
#include "ui_StudentAdultPage.h"

#include "ui/AdultsModel.h"
#include "ui/DisplayText.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"

namespace gd {

StudentAdultPage::StudentAdultPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::StudentAdultPage>())
    , m_session(session)
{
    setObjectName(QStringLiteral("studentAdultPage"));
    m_ui->setupUi(this);
    PageSupport::makeHeadline(m_ui->studentHeading);
    PageSupport::makeHeadline(m_ui->adultHeading);
}

StudentAdultPage::~StudentAdultPage() = default;

void StudentAdultPage::initializePage()
{
    const Student& student = m_session.student();
    m_ui->studentNameValue->setText(DisplayText::fullName(student.firstName, student.lastName));
    m_ui->studentIdValue->setText(student.studentId);

    const GuardianLink* adult = m_session.adult();
    for (QWidget* field : {m_ui->relationshipValue, m_ui->custodialValue, m_ui->educationalRightsValue,
                           m_ui->portalEligibleValue, m_ui->noContactValue})
        m_ui->adultForm->setRowVisible(field, adult != nullptr);
    if (!adult) {
        m_ui->adultNameValue->setText(tr("Not on the student's record"));
        PageSupport::styleAsNotice(m_ui->noticeLabel);
        PageSupport::showMessage(m_ui->noticeLabel,
                                 tr("Only an adult on the student's record can be verified. The next page explains "
                                    "what this adult can do."));
        return;
    }
    const Relationship& r = adult->relationship;
    m_ui->adultNameValue->setText(DisplayText::fullName(adult->guardian.firstName, adult->guardian.lastName));
    m_ui->relationshipValue->setText(DisplayText::relationship(r.relationship));
    m_ui->custodialValue->setText(DisplayText::yesNo(r.custodial));
    m_ui->educationalRightsValue->setText(DisplayText::yesNo(r.educationalRights));
    m_ui->portalEligibleValue->setText(DisplayText::yesNo(r.portalEligible));
    m_ui->noContactValue->setText(AdultsModel::noContactText(r.noContactOrder));
    QFont noContactFont = m_ui->noContactValue->font();
    noContactFont.setBold(r.noContactOrder);
    m_ui->noContactValue->setFont(noContactFont);

    if (r.noContactOrder) {
        PageSupport::styleAsRefusal(m_ui->noticeLabel);
        PageSupport::showMessage(m_ui->noticeLabel,
                                 tr("⚠ NO-CONTACT ORDER on record for this adult. Do not share any information about "
                                    "the student. The next page records the refusal."));
    } else if (!student.active) {
        PageSupport::styleAsNotice(m_ui->noticeLabel);
        PageSupport::showMessage(m_ui->noticeLabel, tr("Inactive student: no portal key can be issued for this student."));
    } else {
        PageSupport::showMessage(m_ui->noticeLabel, {});
    }
}

int StudentAdultPage::nextId() const
{
    return EligibilityPageId;
}

} // namespace gd
