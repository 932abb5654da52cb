// guardiandesk-cli: the headless contract of design/cli.md. Same services as the kiosk; never
// links Widgets.
#include "cli/Cli.h"

#include "storage/Database.h"

#include <QGuiApplication>
#include <QMap>

#include <QDir>

#include <cerrno>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

const char* const kHelp = R"(usage: guardiandesk-cli [--db PATH] [--json] COMMAND [ARGS]

  init-db                                   create or migrate the database
  seed-demo --students N [--seed S]         deterministic demo roster
  import-roster FILE                        roster pages (JSON, district-api shape)
  search QUERY [--limit N]                  students with their guardians, best first
  staff add USER --roles LIST [--name TEXT] (--password-file FILE | --password-stdin)
  staff list | disable USER | reset-password USER (--password-file FILE | --password-stdin)
  settings get [KEY] | set KEY VALUE
  sync [--once] [--server URL] [--ca FILE] [--pin SHA256-B64] [--client-id ID] [--client-secret-file FILE]
                                            pull the roster and push the outbox; prints counts
  outbox [--state pending|failed|done] [--retry-failed]
                                            what waits, what failed and why
  device                                    device id, school, signing key (base64), its fingerprint,
                                            enrollment with the district
  verify-audit [--pubkey FILE] [--district] exit 0 when the audit chain holds under a key from outside
                                            the database (and matches the district's witnessed heads)
  export-log --from DATE --to DATE --format csv|json|pdf --out FILE
             [--school CODE] [--staff USER] [--method M] [--outcome O] [--id-type T]
                                            the verification log, signed by the device key (FILE.sig)
  verify-export FILE [--sig FILE.sig] [--pubkey FILE]
                                            exit 0 only when FILE is unchanged since the kiosk signed it
  keys (--student ID | --guardian ID)       a student's or an adult's access keys, newest first
  revoke-key KEY_ID --reason lost|staff_error
                                            the key stops working; the district hears with the next sync
  retention [--purge]                       the ID details older than the district's retention period:
                                            what is due, or purge them (type and outcome stay)
  render-letters --sample N --language TAG --layout trifold|pressure-seal --out FILE.pdf
                                            N specimen letters marked SPECIMEN, with specimen keys
  verify-letter (--image FILE | --payload TEXT) [--pubkey FILE]
                                            check a letter's QR seal: exit 0 only when genuine, known,
                                            printed and every key active; prints what to compare
  scan-id (--image FILE | --text FILE)      read a licence or ID card's barcode (a photo, or what a
                                            wedge scanner typed; - for stdin); exit 1 when expired

  Exit codes: 0 success, 1 a check failed, 2 bad usage or bad input (nothing changed).
  --db defaults to the kiosk's database (GUARDIANDESK_DB overrides it).
)";

// Commands that draw pages or read images need fonts and image plugins: a GUI application on
// the offscreen platform (no display needed). The rest stay plain console programs.
// Demo verifications print their counter letters (into memory) like the kiosk does.
bool needsGui(int argc, char* argv[])
{
    bool seedDemo = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "render-letters" || a == "verify-letter" || a == "scan-id" || a == "export-log")
            return true;
        seedDemo = seedDemo || a == "seed-demo";
        if (seedDemo && (a == "--verifications" || a.startsWith("--verifications=")))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    // The process may hold secrets: no core dumps.
    const rlimit noCore{0, 0};
    setrlimit(RLIMIT_CORE, &noCore);

    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        // Without a session (cron, ssh) Qt would pick this folder itself, with a warning on stderr.
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            const QByteArray runtime = QDir::tempPath().toLocal8Bit() + "/runtime-" + QByteArray::number(::getuid());
            if (::mkdir(runtime.constData(), 0700) == 0 || errno == EEXIST)
                qputenv("XDG_RUNTIME_DIR", runtime);
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setApplicationName(u"guardiandesk-cli"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GD_VERSION));

    QStringList args = app.arguments().mid(1);
    QString dbPath = Database::defaultPath();
    bool json = false;
    QTextStream err(stderr);
    // Global options come before the command.
    while (!args.isEmpty() && args.first().startsWith(u"--"_s)) {
        const QString opt = args.takeFirst();
        if (opt == u"--db") {
            if (args.isEmpty()) {
                err << "guardiandesk-cli: --db needs a path" << Qt::endl;
                return cli::BadUsage;
            }
            dbPath = args.takeFirst();
        } else if (opt.startsWith(u"--db="_s)) {
            dbPath = opt.mid(5);
        } else if (opt == u"--json") {
            json = true;
        } else if (opt == u"--help") {
            QTextStream(stdout) << kHelp;
            return cli::Ok;
        } else if (opt == u"--version") {
            QTextStream(stdout) << "guardiandesk-cli " << GD_VERSION << Qt::endl;
            return cli::Ok;
        } else {
            err << "guardiandesk-cli: unknown option " << opt << " (see --help)" << Qt::endl;
            return cli::BadUsage;
        }
    }
    if (args.isEmpty()) {
        err << "guardiandesk-cli: give a command (see --help)" << Qt::endl;
        return cli::BadUsage;
    }
    const QString command = args.takeFirst();
    // --db and --json may also follow the command.
    for (qsizetype i = 0; i < args.size();) {
        if (args[i] == u"--json") {
            json = true;
            args.removeAt(i);
        } else if (args[i] == u"--db" && i + 1 < args.size()) {
            dbPath = args[i + 1];
            args.remove(i, 2);
        } else if (args[i].startsWith(u"--db="_s)) {
            dbPath = args[i].mid(5);
            args.removeAt(i);
        } else {
            ++i;
        }
    }

    const QMap<QString, cli::Command> commands = {
        {u"init-db"_s, cli::initDb},
        {u"seed-demo"_s, cli::seedDemo},
        {u"import-roster"_s, cli::importRoster},
        {u"search"_s, cli::search},
        {u"staff"_s, cli::staff},
        {u"settings"_s, cli::settings},
        {u"verify-audit"_s, cli::verifyAudit},
        {u"device"_s, cli::device},
        {u"render-letters"_s, cli::renderLetters},
        {u"verify-letter"_s, cli::verifyLetter},
        {u"scan-id"_s, cli::scanId},
        {u"sync"_s, cli::sync},
        {u"outbox"_s, cli::outbox},
        {u"export-log"_s, cli::exportLog},
        {u"verify-export"_s, cli::verifyExport},
        {u"retention"_s, cli::retention},
        {u"keys"_s, cli::keys},
        {u"revoke-key"_s, cli::revokeKey},
    };
    const auto it = commands.find(command);
    if (it == commands.end()) {
        err << "guardiandesk-cli: unknown command \"" << command.left(40) << "\" (see --help)" << Qt::endl;
        return cli::BadUsage;
    }
    cli::Context ctx(args, dbPath, json);
    return it.value()(ctx);
}
