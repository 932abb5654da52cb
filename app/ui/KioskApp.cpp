#include "ui/KioskApp.h"

#include "core/Logging.h"
#include "storage/Database.h"
#include "storage/StaffService.h"
#include "ui/FirstRunDialog.h"
#include "ui/LoginDialog.h"
#include "ui/LoginForm.h"
#include "ui/CounterPrinter.h"
#include "ui/MainWindow.h"
#include "ui/MessageBox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QVBoxLayout>
#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace gd {

KioskApp::KioskApp(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_staff(std::make_unique<StaffService>(db))
{
}

KioskApp::~KioskApp() = default;

std::unique_ptr<Database> KioskApp::openDatabase(const QString& path, QWidget* parent)
{
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        MessageBox::critical(parent, tr("GuardianDesk cannot start"),
                             tr("The folder for the GuardianDesk database cannot be created:\n%1\n\n"
                                "Ask your district's technology support for help.")
                                 .arg(QDir::toNativeSeparators(folder)));
        return nullptr;
    }
    auto db = Database::open(path);
    if (!db) {
        qCWarning(lcUi) << "database not opened";
        MessageBox::critical(parent, tr("GuardianDesk cannot start"),
                             tr("GuardianDesk cannot use the database\n%1\n\n%2\n\n"
                                "Nothing was changed. Ask your district's technology support for help.")
                                 .arg(QDir::toNativeSeparators(path), db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

QIcon KioskApp::appIcon()
{
    QIcon icon;
    icon.addFile(u":/icons/guardiandesk-64.png"_s, QSize(64, 64));
    icon.addFile(u":/icons/guardiandesk-256.png"_s, QSize(256, 256));
    return icon;
}

// The first-run screen only on a database without any staff account: where accounts exist but
// no administrator can sign in, whoever stands at the counter must not be offered to become one.
// In kiosk mode nothing of the desktop shows behind the first dialogs: a full-screen backdrop
// with the product's name holds them, and they stay on top of it as its children.
QWidget* KioskApp::dialogParent()
{
    if (!m_kioskMode)
        return nullptr;
    if (!m_backdrop) {
        m_backdrop = std::make_unique<QWidget>();
        m_backdrop->setObjectName(u"kioskBackdrop"_s);
        m_backdrop->setWindowFlag(Qt::FramelessWindowHint);
        m_backdrop->setWindowTitle(tr("GuardianDesk"));
        m_backdrop->setAccessibleName(tr("GuardianDesk"));
        auto* layout = new QVBoxLayout(m_backdrop.get());
        auto* name = new QLabel(tr("GuardianDesk"), m_backdrop.get());
        name->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        QFont font = name->font();
        font.setPointSizeF(font.pointSizeF() * 2);
        font.setBold(true);
        name->setFont(font);
        layout->addWidget(name);
        layout->addStretch();
        m_backdrop->showFullScreen();
    }
    return m_backdrop.get();
}

void KioskApp::raise()
{
    QWidget* front = m_main ? static_cast<QWidget*>(m_main.get())
                     : m_login ? static_cast<QWidget*>(m_login.get())
                               : static_cast<QWidget*>(m_firstRun.get());
    if (QWidget* modal = QApplication::activeModalWidget())
        front = modal;
    if (!front)
        return;
    if (front->isMinimized())
        front->showNormal();
    front->raise();
    front->activateWindow();
    qCInfo(lcUi) << "raised for a second start";
}

void KioskApp::start()
{
    if (m_staff->needsFirstAdministrator()) {
        showFirstRun();
        return;
    }
    if (!m_staff->hasEnabledAdministrator())
        qCWarning(lcUi) << "no enabled administrator: add one with guardiandesk-cli staff add NAME --roles administrator";
    showLogin();
}

void KioskApp::showFirstRun()
{
    m_firstRun = std::make_unique<FirstRunDialog>(*m_staff, dialogParent());
    m_firstRun->setKioskMode(m_kioskMode);
    m_firstRun->setObjectName(u"firstRunDialog"_s);
    connect(m_firstRun.get(), &QDialog::accepted, this, [this] {
        const QString userName = m_firstRun->administrator().username;
        m_firstRun.release()->deleteLater();
        showLogin(userName);
    });
    connect(m_firstRun.get(), &QDialog::rejected, this, [this] { Q_EMIT finished(0); });
    m_firstRun->open();
}

void KioskApp::showLogin(const QString& userName)
{
    m_login = std::make_unique<LoginDialog>(*m_staff, dialogParent());
    m_login->setKioskMode(m_kioskMode);
    m_login->setObjectName(u"loginDialog"_s);
    m_login->form()->setUserName(userName);
    connect(m_login.get(), &QDialog::accepted, this, [this] {
        const StaffMember member = m_login->member();
        m_login.release()->deleteLater();
        showMainWindow(member);
    });
    connect(m_login.get(), &QDialog::rejected, this, [this] { Q_EMIT finished(0); });
    m_login->open();
}

void KioskApp::showMainWindow(const StaffMember& member)
{
    m_main = std::make_unique<MainWindow>(m_db, *m_staff, member);
    m_main->setObjectName(u"mainWindow"_s);
    m_main->setWindowIcon(appIcon());
    // Letters print at the counter on a printer the staff member picks.
    m_counterPrinter = std::make_unique<CounterPrinter>(m_db, m_main.get(), [this] { return m_main->actor(); });
    m_main->setPrintNow(m_counterPrinter->seam());
    m_main->setKioskMode(m_kioskMode);
    connect(m_main.get(), &MainWindow::closed, this, [this] { Q_EMIT finished(0); });
    m_main->showForStaff();
    // Not deleted here: the sign-in dialog is the backdrop's child and is still inside its own
    // accepted() signal; deleting it now crashed its finished() a moment later.
    if (m_backdrop) {
        m_backdrop->hide();
        m_backdrop.release()->deleteLater();
    }
}

} // namespace gd
