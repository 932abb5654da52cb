#include "cli/Cli.h"

#include "storage/Database.h"
#include "storage/DeviceKeyAnchor.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <atomic>
#include <csignal>
#include <unistd.h>
#ifdef Q_OS_UNIX
#include <pwd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

namespace {

std::atomic_bool g_cancel{false};

void onSignal(int)
{
    g_cancel.store(true);
}

} // namespace

bool cancelRequested()
{
    return g_cancel.load();
}

void installCancelHandler()
{
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
}

Context::Context(QStringList args, QString dbPath, bool json)
    : m_args(std::move(args))
    , m_dbPath(std::move(dbPath))
    , m_json(json)
    , m_out(stdout)
    , m_err(stderr)
    , m_progressOnTty(::isatty(STDERR_FILENO) == 1)
{
}

bool Context::parse(QCommandLineParser& parser, const QString& command, int minPositional, int maxPositional)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList argv = m_args;
    argv.prepend(command);
    if (!parser.parse(argv)) {
        usage(u"%1: %2"_s.arg(command, parser.errorText()));
        return false;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() < minPositional) {
        usage(u"%1: missing argument (see guardiandesk-cli --help)"_s.arg(command));
        return false;
    }
    if (maxPositional >= 0 && pos.size() > maxPositional) {
        usage(u"%1: unexpected argument \"%2\""_s.arg(command, pos.value(maxPositional)));
        return false;
    }
    return true;
}

Database* Context::database(bool create)
{
    if (m_db)
        return m_db.get();
    Database::Options options;
    options.create = create;
    options.migrate = create;
    auto db = Database::open(m_dbPath, options);
    if (!db) {
        fail(db.error());
        return nullptr;
    }
    m_db = std::move(db).value();
    return m_db.get();
}

// The operating-system account that runs the command, as the audit log records it ("cli:alice"):
// from the account database rather than $USER, which a caller sets at will. Only characters an
// account name holds are kept, so the name cannot carry markup or a formula into an export.
QString Context::operatingSystemUser()
{
    QString name;
#ifdef Q_OS_UNIX
    if (const passwd* pw = getpwuid(geteuid()); pw && pw->pw_name)
        name = QString::fromLocal8Bit(pw->pw_name);
#else
    name = qEnvironmentVariable("USERNAME");
#endif
    QString kept;
    for (const QChar c : std::as_const(name)) {
        if (c.isLetterOrNumber() || c == u'.' || c == u'-' || c == u'_' || c == u'@' || c == u'$')
            kept.append(c);
        if (kept.size() == 64)
            break;
    }
    return kept.isEmpty() ? u"unknown"_s : kept;
}

Actor Context::actor()
{
    return Actor{u"cli:"_s + operatingSystemUser(), m_db ? m_db->deviceId() : QString(), Roles(Role::Administrator)};
}

std::optional<QByteArray> Context::publicKeyOption(const QCommandLineParser& parser)
{
    if (!parser.isSet(u"pubkey"_s))
        return QByteArray();
    auto key = DeviceKeyAnchor::readPublicKeyFile(parser.value(u"pubkey"_s));
    if (!key) {
        fail(key.error());
        return std::nullopt;
    }
    return *key;
}

int Context::fail(const Error& e)
{
    m_err << u"guardiandesk-cli: "_s << e.message << Qt::endl;
    switch (e.kind) {
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
    case ErrorKind::Conflict:
    case ErrorKind::Denied:
        m_exit = BadUsage;
        break;
    case ErrorKind::Io:
    case ErrorKind::Failed:
        m_exit = CheckFailed;
        break;
    }
    return m_exit;
}

int Context::usage(const QString& message)
{
    m_err << u"guardiandesk-cli: "_s << message << Qt::endl;
    m_exit = BadUsage;
    return BadUsage;
}

void Context::printJson(const QJsonValue& v)
{
    if (v.isObject())
        m_out << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)) << Qt::endl;
    else
        m_out << QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)) << Qt::endl;
}

void Context::progress(const QString& line, bool final)
{
    // A rewritten line on a terminal; whole lines in a log.
    if (m_progressOnTty)
        m_err << u"\r\x1b[K"_s << line << (final ? u"\n"_s : QString());
    else
        m_err << line << u'\n';
    m_err.flush();
}

} // namespace gd::cli
