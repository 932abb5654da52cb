// guardiandesk: the front-office kiosk. First start creates the administrator, then staff
// sign in and find students; the session locks itself when idle.
#include "core/Logging.h"
#include "storage/Database.h"
#include "ui/KioskApp.h"
#include "ui/KioskStyle.h"
#include "ui/SingleInstance.h"
#include "storage/Settings.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>

#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#include <sys/resource.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace {

// The process handles passwords and student records: never write them to a core file.
void disableCoreDumps()
{
#ifdef Q_OS_LINUX
    struct rlimit none = {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
#endif
}

// Help and version are text: they work on a machine with no display (a district's deployment
// script, a terminal over SSH), so they are answered before any window system is touched.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "--help-all" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

void setIdentity()
{
    QCoreApplication::setApplicationName(u"GuardianDesk"_s);
    QCoreApplication::setOrganizationName(u"GuardianDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GD_VERSION));
}

// The kiosk's options; returns the database option for reading its value.
QCommandLineOption addOptions(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "GuardianDesk: guardian verification kiosk for the school front office."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        u"db"_s, QCoreApplication::translate("main", "Use the database at <path> (default: %1).").arg(gd::Database::defaultPath()),
        QCoreApplication::translate("main", "path"));
    parser.addOption(dbOption);
    parser.addOption(QCommandLineOption(
        u"kiosk"_s, QCoreApplication::translate("main", "Kiosk mode: full screen, no window decorations, only an "
                                                        "administrator quits (also the kiosk.full_screen setting).")));
    return dbOption;
}

} // namespace

int main(int argc, char* argv[])
{
    disableCoreDumps();

    if (asksForTextOnly(argc, argv)) {
        QCoreApplication text(argc, argv);
        setIdentity();
        gd::Translations::install(text, QLocale::system());
        QCommandLineParser parser;
        addOptions(parser);
        parser.process(text);   // prints the help or the version and exits
        return 0;
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setDesktopFileName(u"guardiandesk"_s);
    QApplication::setWindowIcon(gd::KioskApp::appIcon());
    // Dialogs come and go between first start, sign-in and the main window: the kiosk
    // decides itself when it is finished.
    QApplication::setQuitOnLastWindowClosed(false);
    QApplication::setStyle(new gd::KioskStyle);
    gd::Translations::install(app, QLocale::system());

    QCommandLineParser parser;
    const QCommandLineOption dbOption = addOptions(parser);
    parser.process(app);

    // The default is shared with guardiandesk-cli, so both work on the same database.
    QString path = parser.value(dbOption);
    if (path.isEmpty())
        path = gd::Database::defaultPath();

    std::unique_ptr<gd::Database> db = gd::KioskApp::openDatabase(path);
    if (!db)
        return gd::KioskApp::kDatabaseExitCode;

    // One kiosk per database: a second start brings the first to the front and ends.
    gd::SingleInstance instance(path);
    if (!instance.claim()) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate(
                         "main", "GuardianDesk already runs on this database; its window was brought to the front.")));
        return 0;
    }

    gd::KioskApp kiosk(*db);
    kiosk.setKioskMode(parser.isSet(u"kiosk"_s)
                       || gd::Settings(*db).value(gd::Settings::KioskFullScreen) == u"true"_s);
    QObject::connect(&instance, &gd::SingleInstance::raiseRequested, &kiosk, &gd::KioskApp::raise);
    QObject::connect(&kiosk, &gd::KioskApp::finished, &app, &QCoreApplication::exit);
    kiosk.start();
    const int code = QApplication::exec();
    qCInfo(lcUi) << "kiosk finished with" << code;
    return code;
}
