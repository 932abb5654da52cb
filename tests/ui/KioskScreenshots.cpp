// gd_ui_screenshots: renders the kiosk's screens from a database, for the README and for
// looking at the layout at other scales and languages. Not a test; a tool next to them.
//   gd_ui_screenshots --db demo.db --out main.png [--query TEXT] [--row N] [--size 1280x800]
//                     [--screen main|lock|login|firstrun] [--lang es]
// The window is laid out at --size in device pixels (QT_SCALE_FACTOR scales the contents).

#include "storage/Database.h"
#include "storage/Settings.h"
#include "storage/StaffService.h"
#include "ui/FirstRunDialog.h"
#include "ui/KioskApp.h"
#include "ui/KioskStyle.h"
#include "ui/LoginDialog.h"
#include "ui/ExportLogDialog.h"
#include "ui/MainWindow.h"
#include "ui/StudentSearchModel.h"
#include "ui/SyncIndicator.h"
#include "ui/Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QPixmap>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUuid>

#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

int fail(const QString& why)
{
    std::fprintf(stderr, "gd_ui_screenshots: %s\n", qPrintable(why));
    return 1;
}

bool save(QWidget& widget, const QString& path)
{
    QTest::qWait(50);   // let layouts settle and paint once
    return widget.grab().save(path);
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setStyle(new gd::KioskStyle);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({{u"db"_s, u"database"_s, u"path"_s},
                       {u"out"_s, u"PNG to write"_s, u"file"_s},
                       {u"query"_s, u"search to type"_s, u"text"_s},
                       {u"row"_s, u"result row to open"_s, u"n"_s, u"0"_s},
                       {u"size"_s, u"window size in device pixels"_s, u"WxH"_s, u"1280x800"_s},
                       {u"screen"_s, u"main, lock, login, firstrun or export"_s, u"name"_s, u"main"_s},
                       {u"lang"_s, u"translation to install"_s, u"code"_s}});
    parser.process(app);
    if (!parser.isSet(u"db"_s) || !parser.isSet(u"out"_s))
        return fail(u"--db and --out are required"_s);
    const QLocale locale = parser.isSet(u"lang"_s) ? QLocale(parser.value(u"lang"_s))
                                                   : QLocale(QLocale::English, QLocale::UnitedStates);
    QLocale::setDefault(locale);
    gd::Translations::install(app, locale);

    const QStringList wh = parser.value(u"size"_s).split(u'x');
    const qreal dpr = app.devicePixelRatio();
    const QSize size(qRound(wh.value(0).toInt() / dpr), qRound(wh.value(1).toInt() / dpr));

    auto db = gd::Database::open(parser.value(u"db"_s));
    if (!db)
        return fail(db.message());
    gd::StaffService staff(*db.value());
    const QString screen = parser.value(u"screen"_s);

    if (screen == u"firstrun") {
        gd::FirstRunDialog dialog(staff);
        dialog.show();
        return save(dialog, parser.value(u"out"_s)) ? 0 : fail(u"cannot write the PNG"_s);
    }
    if (staff.needsFirstAdministrator()) {
        // A throwaway administrator for this picture; its password is never used again.
        const QString password = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (auto admin = staff.createFirstAdministrator(u"maria.office"_s, u"María Hernández"_s, password); !admin)
            return fail(admin.message());
    }
    if (screen == u"login") {
        gd::LoginDialog dialog(staff);
        dialog.show();
        return save(dialog, parser.value(u"out"_s)) ? 0 : fail(u"cannot write the PNG"_s);
    }

    auto member = staff.find(u"maria.office"_s);
    if (!member)
        return fail(member.message());
    gd::MainWindow window(*db.value(), staff, member.value());
    QSignalSpy probed(window.syncIndicator(), &gd::SyncIndicator::probed);
    window.setWindowIcon(gd::KioskApp::appIcon());
    window.resize(size);
    window.show();
    if (parser.isSet(u"query"_s)) {
        auto* edit = window.findChild<QLineEdit*>(u"searchEdit"_s);
        edit->setText(parser.value(u"query"_s));
        window.searchNow();
        const int row = parser.value(u"row"_s).toInt();
        window.findChild<QTableView*>(u"resultsView"_s)->setCurrentIndex(window.searchModel()->index(row, 0));
    }
    // With a district server configured, show what its reachability probe found.
    if (!gd::Settings(*db.value()).value(gd::Settings::ServerUrl).isEmpty() && probed.isEmpty())
        probed.wait(10000);
    if (screen == u"lock")
        window.lock();
    if (screen == u"export") {
        gd::ExportLogDialog dialog(*db.value(), window.actor(), &window);
        dialog.show();
        return save(dialog, parser.value(u"out"_s)) ? 0 : fail(u"cannot write the PNG"_s);
    }
    return save(window, parser.value(u"out"_s)) ? 0 : fail(u"cannot write the PNG"_s);
}
