#include "ui/ReturnedFormScan.h"

#include "services/IdScanFill.h"
#include "ui/AdultsModel.h"
#include "ui/DisplayText.h"
#include "ui/ImageFileDialog.h"
#include "ui/MainWindow.h"
#include "ui/StudentCardWidget.h"
#include "ui/StudentSearchModel.h"
#include "ui/WedgeScanFilter.h"

#include <QAbstractItemView>
#include <QAction>
#include <QLineEdit>
#include <QStatusBar>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {
constexpr int kMessageMs = 15000;
} // namespace

ReturnedFormScan::ReturnedFormScan(MainWindow& window, Database& db)
    : QObject(&window)
    , m_window(window)
    , m_db(db)
{
    m_action = new QAction(tr("S&can returned form…"), this);
    m_action->setObjectName(u"scanReturnedFormAction"_s);
    m_action->setToolTip(tr("Open the case of a returned request to mail the key or Parent Access Request form from a "
                            "picture of it, or scan its code with the barcode scanner at any time."));
    connect(m_action, &QAction::triggered, this, &ReturnedFormScan::scanImageFile);

    // A licence scanned here is caught too, so it is not typed into the search field: the
    // lookup says where to scan it.
    m_wedge = new WedgeScanFilter(&window, u"G@"_s, [](QStringView typed) {
        return ReturnedFormLookup::looksLikeFormCode(typed) || IdScanFill::looksLikeIdCard(typed);
    });
    connect(m_wedge, &WedgeScanFilter::scanned, this, &ReturnedFormScan::scanWedgeText);
    connect(&window, &MainWindow::locked, this, [this] { m_wedge->setEnabled(false); });
    connect(&window, &MainWindow::unlocked, this, [this] { m_wedge->setEnabled(true); });
}

void ReturnedFormScan::addTo(QToolBar* toolBar)
{
    toolBar->addAction(m_action);
    if (QWidget* button = toolBar->widgetForAction(m_action)) {
        button->setObjectName(u"scanReturnedFormButton"_s);
        button->setAccessibleName(tr("Scan a returned form"));
    }
}

void ReturnedFormScan::scanImageFile()
{
    if (m_window.isLocked())
        return;
    const QString path = ImageFileDialog::choose(&m_window, tr("Scan a returned form from a picture"));
    if (path.isEmpty() || m_window.isLocked())
        return;
    open(ReturnedFormLookup(m_db).fromImageFile(path));
}

void ReturnedFormScan::scanWedgeText(const QString& typed)
{
    if (m_window.isLocked())
        return;
    QByteArray code = typed.toLatin1();
    open(ReturnedFormLookup(m_db).fromCode(code));
    code.fill('\0');   // it may have been a licence's barcode
}

void ReturnedFormScan::open(const Result<ReturnedCase>& found)
{
    QStatusBar* status = m_window.statusBar();
    if (!found) {
        status->showMessage(found.message(), kMessageMs);
        return;
    }
    const Waiver& waiver = found->waiver;
    QString form;
    if (waiver.form == WaiverForm::MailEmailWaiver)
        form = tr("request to mail the key");
    else
        form = tr("Parent Access Request form");
    const QString issued = DisplayText::date(waiver.issuedAt.toLocalTime().date());
    if (!found->card) {
        status->showMessage(tr("Returned %1, issued on %2 with no student named: look the student up by the names "
                               "written on it.")
                                .arg(form, issued),
                            kMessageMs);
        return;
    }

    // Opened the way staff would: the student found by number, the card shown.
    const QString studentId = found->card->student.studentId;
    m_window.findChild<QLineEdit*>(u"searchEdit"_s)->setText(studentId);
    m_window.searchNow();
    StudentSearchModel* results = m_window.searchModel();
    int row = -1;
    for (int r = 0; r < results->rowCount() && row < 0; ++r) {
        if (results->index(r, 0).data(StudentSearchModel::StudentIdRole).toString() == studentId)
            row = r;
    }
    if (row < 0) {
        status->showMessage(tr("The student of this %1 is no longer on the roster.").arg(form), kMessageMs);
        return;
    }
    m_window.openRow(row);

    if (const GuardianLink* adult = found->adult()) {
        AdultsModel* adults = m_window.cardWidget()->adultsModel();
        auto* view = qobject_cast<QAbstractItemView*>(m_window.cardWidget()->adultsView());
        for (int r = 0; r < adults->rowCount(); ++r) {
            const QModelIndex name = adults->index(r, AdultsModel::NameColumn);
            if (name.data(AdultsModel::GuardianIdRole).toString() == adult->guardian.guardianId)
                view->setCurrentIndex(name);
        }
        view->setFocus(Qt::OtherFocusReason);
        status->showMessage(tr("Returned %1, issued on %2 for %3: verify the adult with the copy of the ID that came "
                               "with it.")
                                .arg(form, issued, DisplayText::fullName(adult->guardian.firstName, adult->guardian.lastName)),
                            kMessageMs);
        return;
    }
    status->showMessage(tr("Returned %1, issued on %2: the adult is not on the record yet. Update the student "
                           "information system from the form.")
                            .arg(form, issued),
                        kMessageMs);
}

} // namespace gd
