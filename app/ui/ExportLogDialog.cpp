#include "ui/ExportLogDialog.h"
#include "ui/DisplayText.h"
#include "ui_ExportLogDialog.h"

#include "services/VerificationLogExport.h"
#include "storage/Database.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QToolBar>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

struct Choice {
    const char* text;
    QString value;
};

} // namespace

ExportLogDialog::ExportLogDialog(Database& db, const Actor& actor, QWidget* parent)
    : QDialog(parent),
      m_ui(std::make_unique<Ui::ExportLogDialog>()),
      m_db(db),
      m_actor(actor)
{
    m_ui->setupUi(this);
    setObjectName(u"exportLogDialog"_s);
    const QDate today = m_db.clock().now().toLocalTime().date();
    // The school year so far by default: from August 1st.
    const QDate schoolYear(today.month() >= 8 ? today.year() : today.year() - 1, 8, 1);
    m_ui->fromDate->setDate(schoolYear);
    m_ui->toDate->setDate(today);

    m_ui->formatCombo->addItem(tr("CSV for Excel (.csv)"), u"csv"_s);
    m_ui->formatCombo->addItem(tr("JSON (.json)"), u"json"_s);
    m_ui->formatCombo->addItem(tr("PDF report with charts (.pdf)"), u"pdf"_s);
    m_ui->outcomeCombo->addItem(tr("Verified and refused"), QString());
    m_ui->outcomeCombo->addItem(tr("Verified only"), u"verified"_s);
    m_ui->outcomeCombo->addItem(tr("Refused only"), u"refused"_s);
    m_ui->methodCombo->addItem(tr("Every method"), QString());
    m_ui->methodCombo->addItem(tr("In person"), u"in_person"_s);
    m_ui->methodCombo->addItem(tr("Video call"), u"video"_s);
    m_ui->methodCombo->addItem(tr("By mail"), u"mail_waiver"_s);

    m_exportButton = m_ui->buttonBox->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_exportButton->setObjectName(u"exportButton"_s);
    m_exportButton->setAccessibleName(tr("Export the verification log"));
    m_exportButton->setDefault(true);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportLogDialog::startExport);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportLogDialog::reject);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &ExportLogDialog::chooseFile);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportLogDialog::suggestFileName);
    // Days typed in the district's order, like every date on the kiosk.
    for (QDateEdit* edit : {m_ui->fromDate, m_ui->toDate})
        edit->setDisplayFormat(dateFormatPattern(DisplayText::dateStyle()));
    connect(m_ui->fromDate, &QDateEdit::dateChanged, this, &ExportLogDialog::suggestFileName);
    connect(m_ui->toDate, &QDateEdit::dateChanged, this, &ExportLogDialog::suggestFileName);
    m_ui->progressBar->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    suggestFileName();
    // Room for a path and the explanation at any scale.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    m_ui->fromDate->setFocus(Qt::OtherFocusReason);
}

ExportLogDialog::~ExportLogDialog() = default;

QAction* ExportLogDialog::install(MainWindow& window, QToolBar* toolBar, Database& db)
{
    auto* action = new QAction(tr("E&xport log…"), &window);
    action->setObjectName(u"exportLogAction"_s);
    action->setToolTip(tr("Export the verification log (CSV for Excel, JSON or a PDF report), signed by this kiosk"));
    action->setVisible(false);
    toolBar->addAction(action);
    if (QWidget* button = toolBar->widgetForAction(action)) {
        button->setObjectName(u"exportLogButton"_s);
        button->setAccessibleName(tr("Export the verification log"));
    }
    const auto update = [action, &window] {
        action->setVisible(!window.isLocked() && window.actor().has(Role::Administrator));
    };
    connect(&window, &MainWindow::unlocked, action, update);
    connect(&window, &MainWindow::locked, action, update);
    update();
    connect(action, &QAction::triggered, &window, [&window, &db] {
        if (window.isLocked() || !window.actor().has(Role::Administrator))
            return;
        ExportLogDialog dialog(db, window.actor(), &window);
        dialog.exec();
    });
    return action;
}

void ExportLogDialog::suggestFileName()
{
    const QString format = m_ui->formatCombo->currentData().toString();
    const QString name = u"verification-log-%1-to-%2.%3"_s.arg(m_ui->fromDate->date().toString(Qt::ISODate),
                                                               m_ui->toDate->date().toString(Qt::ISODate), format);
    const QString current = m_ui->fileEdit->text();
    QString folder = current.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                                       : QFileInfo(current).absolutePath();
    if (folder.isEmpty())
        folder = QDir::homePath();
    m_ui->fileEdit->setText(QDir(folder).filePath(name));
}

void ExportLogDialog::chooseFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the export as"), m_ui->fileEdit->text());
    if (!path.isEmpty())
        m_ui->fileEdit->setText(path);
}

void ExportLogDialog::setRunning(bool running)
{
    m_running = running;
    for (QWidget* w :
         std::initializer_list<QWidget*>{m_ui->fromDate, m_ui->toDate, m_ui->formatCombo, m_ui->outcomeCombo,
                                         m_ui->methodCombo, m_ui->fileEdit, m_ui->chooseButton, m_exportButton})
        w->setEnabled(!running);
    QPushButton* close = m_ui->buttonBox->button(QDialogButtonBox::Close);
    close->setText(running ? tr("&Cancel export") : tr("Close"));
    close->setAccessibleName(running ? tr("Cancel the export") : tr("Close"));
    if (running)
        close->setFocus(Qt::OtherFocusReason);
}

void ExportLogDialog::startExport()
{
    if (m_running)
        return;
    const auto format = VerificationLogExport::formatFromName(m_ui->formatCombo->currentData().toString());
    VerificationLogExport::Request request;
    request.format = format.value_or(VerificationLogExport::Format::Csv);
    request.outPath = m_ui->fileEdit->text().trimmed();
    request.filter.from = m_ui->fromDate->date();
    request.filter.to = m_ui->toDate->date();
    request.filter.outcome = m_ui->outcomeCombo->currentData().toString();
    request.filter.method = m_ui->methodCombo->currentData().toString();

    m_cancel = false;
    m_ui->statusLabel->setVisible(true);
    m_ui->statusLabel->setText(tr("Exporting…"));
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressBar->setVisible(true);
    setRunning(true);
    QPointer<ExportLogDialog> alive(this);
    auto done = VerificationLogExport(m_db).run(m_actor, request, [this, alive](qint64 rows, qint64 total) {
        if (!alive)
            return false;
        m_ui->progressBar->setRange(0, 1000);
        m_ui->progressBar->setValue(total > 0 ? int(rows * 1000 / total) : 1000);
        m_ui->progressBar->setFormat(tr("%1 of %2 verifications").arg(rows).arg(total));
        QCoreApplication::processEvents();
        return alive && !m_cancel && isVisible();
    });
    if (!alive)
        return;
    setRunning(false);
    m_ui->progressBar->setVisible(bool(done));
    if (!done) {
        m_ui->statusLabel->setText(done.error().kind == ErrorKind::Failed && m_cancel
                                       ? tr("The export was cancelled; no file was saved.")
                                       : done.message());
        return;
    }
    m_ui->progressBar->setRange(0, 1);
    m_ui->progressBar->setValue(1);
    m_ui->progressBar->setFormat(tr("Done"));
    // A long path wraps at its separators (a zero-width space after each), not off the edge.
    QString shownPath = QDir::toNativeSeparators(done->path);
    shownPath.replace(QDir::separator(), QString(QDir::separator()) + QChar(0x200B));
    m_ui->statusLabel->setText(tr("Exported %n verification(s) to %1. The signature is in %2.", nullptr, int(done->rows))
                                   .arg(shownPath, QFileInfo(done->signaturePath).fileName()));
    adjustSize();
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus(Qt::OtherFocusReason);
}

void ExportLogDialog::cancelExport()
{
    m_cancel = true;
}

void ExportLogDialog::reject()
{
    // Escape or Close while the export runs cancels it; the dialog stays to say so.
    if (m_running) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace gd
