// district-stub: the district server of district-api.md on loopback HTTPS, for scripts and
// the demo. Prints one line when ready and runs until SIGINT or SIGTERM.

#include "support/DistrictStub.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>

#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;
using gd::test::DistrictStub;
using gd::test::DistrictStubOptions;
using gd::test::FaultRule;

namespace {

int g_signalPipe[2] = {-1, -1};

// Async-signal-safe: only write() here; the event loop does the rest.
void onTerminationSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[0], &byte, 1);
}

bool installSignalHandlers()
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    struct sigaction action = {};
    action.sa_handler = onTerminationSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return ::sigaction(SIGINT, &action, nullptr) == 0 && ::sigaction(SIGTERM, &action, nullptr) == 0;
}

[[noreturn]] void usageError(const QString& reason)
{
    std::fprintf(stderr, "district-stub: %s\n", qUtf8Printable(reason));
    std::exit(2);
}

qint64 numberOption(const QCommandLineParser& parser, const QString& name, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max)
        usageError(u"--%1 expects a number from %2 to %3"_s.arg(name).arg(min).arg(max));
    return value;
}

QByteArray readSecretFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        usageError(u"cannot read the client secret file %1: %2"_s.arg(path, file.errorString()));
    const QByteArray secret = file.readAll().trimmed();
    if (secret.isEmpty())
        usageError(u"the client secret file %1 is empty"_s.arg(path));
    return secret;
}

QByteArray newSecret()
{
    QByteArray raw(24, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(raw.data()), raw.size() / 4);
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"district-stub"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(GD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(u"The district guardian verification API (district-api.md) on HTTPS, "
                                     "with a generated CA, a demo roster and injectable faults."_s);
    const auto help = parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {u"listen"_s, u"Address to listen on (default 127.0.0.1)."_s, u"address"_s, u"127.0.0.1"_s},
        {u"port"_s, u"Port to listen on; 0 picks a free one (default 0)."_s, u"port"_s, u"0"_s},
        {u"cert-dir"_s, u"Directory for ca.pem, server.pem and server.key: reused when present, generated "
                        "otherwise (default: a temporary directory)."_s, u"dir"_s},
        {u"students"_s, u"Roster size (default 500)."_s, u"n"_s, u"500"_s},
        {u"seed"_s, u"Roster seed (default 1)."_s, u"seed"_s, u"1"_s},
        {u"page-size"_s, u"Roster page size when a request gives no limit (default 100)."_s, u"n"_s, u"100"_s},
        {u"client-id"_s, u"OAuth client id (default guardiandesk-demo)."_s, u"id"_s, u"guardiandesk-demo"_s},
        {u"client-secret-file"_s, u"File holding the OAuth client secret (default: <cert-dir>/client-secret, "
                                  "generated when missing)."_s, u"file"_s},
        {u"token-lifetime"_s, u"Access token lifetime in seconds (default 3600)."_s, u"seconds"_s, u"3600"_s},
        {u"max-batch"_s, u"Most events in one batch before 413 (default 500)."_s, u"n"_s, u"500"_s},
        {u"state"_s, u"Keep the enrolled devices, witnessed audit heads and accepted event ids in this file, so "
                     "a restarted stub remembers them as a district would (default: memory only)."_s, u"file"_s},
        {u"record"_s, u"Append every request to this file as a JSON line (credentials redacted)."_s, u"file"_s},
        {u"fault"_s, u"Inject a fault, e.g. \"path=/v1/events,status=503,retry-after=5,count=2\", "
                     "\"path=/v1/roster,delay=1500\", \"path=/v1/events,reset\", \"path=/v1/health,hang\", "
                     "\"path=/v1/roster,expire-token\", \"path=/v1/events,lose-answer\". Repeatable."_s, u"spec"_s},
        {u"api"_s, u"API version to speak: 1.1 (default) or 1.0 (no device paths)."_s, u"version"_s, u"1.1"_s},
    });
    if (!parser.parse(QCoreApplication::arguments()))
        usageError(parser.errorText());
    if (parser.isSet(help)) {
        std::fputs(qUtf8Printable(parser.helpText()), stdout);
        return 0;
    }
    if (parser.isSet(u"version"_s)) {
        std::printf("district-stub %s\n", GD_VERSION);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        usageError(u"unexpected argument \"%1\""_s.arg(parser.positionalArguments().constFirst()));

    DistrictStubOptions options;
    options.listenAddress = QHostAddress(parser.value(u"listen"_s));
    if (options.listenAddress.isNull())
        usageError(u"--listen expects an IP address, not \"%1\""_s.arg(parser.value(u"listen"_s)));
    options.port = quint16(numberOption(parser, u"port"_s, 0, 65535));
    options.certificateDirectory = parser.value(u"cert-dir"_s);
    options.students = numberOption(parser, u"students"_s, 0, 10'000'000);
    options.seed = quint64(numberOption(parser, u"seed"_s, 0, std::numeric_limits<qint64>::max()));
    options.pageSize = int(numberOption(parser, u"page-size"_s, 1, 1000));
    options.clientId = parser.value(u"client-id"_s);
    if (options.clientId.isEmpty() || options.clientId.contains(u':'))
        usageError(u"--client-id must be non-empty and hold no colon"_s);
    options.tokenLifetimeSeconds = int(numberOption(parser, u"token-lifetime"_s, 1, 7 * 24 * 3600));
    options.maxBatchSize = int(numberOption(parser, u"max-batch"_s, 1, 100000));
    options.recordFile = parser.value(u"record"_s);
    options.stateFile = parser.value(u"state"_s);
    options.apiVersion = parser.value(u"api"_s);
    if (options.apiVersion != u"1.1" && options.apiVersion != u"1.0")
        usageError(u"--api expects 1.1 or 1.0"_s);
    // The district of 1.1 witnesses every batch: one without an audit head is malformed.
    options.requireAuditHead = options.apiVersion == u"1.1";

    QList<FaultRule> faults;
    for (const QString& spec : parser.values(u"fault"_s)) {
        auto rule = FaultRule::parse(spec);
        if (!rule)
            usageError(rule.message());
        faults.append(*rule);
    }

    // The secret comes from a file; without one it is generated (or reused from cert-dir) and
    // written next to the certificates. It is never printed.
    QString secretPath = parser.value(u"client-secret-file"_s);
    bool writeSecret = false;
    if (!secretPath.isEmpty()) {
        options.clientSecret = readSecretFile(secretPath);
        secretPath = QFileInfo(secretPath).absoluteFilePath();
    } else if (!options.certificateDirectory.isEmpty()
               && QFile::exists(QDir(options.certificateDirectory).filePath(u"client-secret"_s))) {
        secretPath = QDir(options.certificateDirectory).filePath(u"client-secret"_s);
        options.clientSecret = readSecretFile(secretPath);
    } else {
        options.clientSecret = newSecret();
        writeSecret = true;
    }

    if (!installSignalHandlers()) {
        std::fprintf(stderr, "district-stub: cannot install signal handlers\n");
        return 1;
    }
    QSocketNotifier signalNotifier(qintptr(g_signalPipe[1]), QSocketNotifier::Read);
    QObject::connect(&signalNotifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });

    DistrictStub stub(options);
    for (const FaultRule& rule : std::as_const(faults))
        stub.injectFault(rule);
    if (const gd::Status started = stub.start(); !started) {
        std::fprintf(stderr, "district-stub: %s\n", qUtf8Printable(started.message()));
        return 1;
    }
    if (writeSecret) {
        secretPath = QDir(stub.certificateDirectory()).filePath(u"client-secret"_s);
        QFile file(secretPath);
        const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate, mode) || !file.setPermissions(mode)
            || file.write(options.clientSecret + '\n') != options.clientSecret.size() + 1 || !file.flush()) {
            std::fprintf(stderr, "district-stub: cannot write %s: %s\n", qUtf8Printable(secretPath),
                         qUtf8Printable(file.errorString()));
            return 1;
        }
    }

    std::printf("district-stub listening on %s ca=%s pin=%s client-id=%s client-secret-file=%s district-key=%s\n",
                qUtf8Printable(stub.baseUrl().toString()), qUtf8Printable(stub.caCertificatePath()),
                qUtf8Printable(stub.spkiPin()), qUtf8Printable(stub.clientId()), qUtf8Printable(secretPath),
                qUtf8Printable(stub.districtPublicKeyPath()));
    std::fflush(stdout);

    const int code = app.exec();
    stub.stop();
    return code;
}
