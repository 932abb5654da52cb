#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>
#include <optional>

namespace gd {

class Database;

namespace cli {

// Exit codes of design/cli.md.
enum Exit { Ok = 0, CheckFailed = 1, BadUsage = 2 };

// What every command gets: its own arguments, the shared options and the output streams.
class Context {
public:
    Context(QStringList args, QString dbPath, bool json);

    const QStringList& args() const { return m_args; }
    bool json() const { return m_json; }
    const QString& dbPath() const { return m_dbPath; }

    // Parses args() with the command's options; on an unknown option or a missing value it
    // prints a one-line reason and returns false.
    bool parse(QCommandLineParser& parser, const QString& command, int minPositional, int maxPositional);

    // The key a --pubkey FILE option names (raw 32 bytes), empty when the option is not set;
    // nullopt after printing why the file is not a key (exitCode() tells the code).
    std::optional<QByteArray> publicKeyOption(const QCommandLineParser& parser);

    // The database, opened (and created or migrated when `create`); nullptr after printing why.
    Database* database(bool create = false);

    // The actor for headless administration on this device: "cli:" and the operating-system
    // account that ran the command.
    Actor actor();
    static QString operatingSystemUser();

    QTextStream& out() { return m_out; }
    int fail(const Error& e);                 // one line on stderr, exit code by kind
    int exitCode() const { return m_exit; }   // of the last fail() or usage()
    int usage(const QString& message);        // one line on stderr, exit 2
    void printJson(const QJsonValue& v);
    void progress(const QString& line, bool final = false);

private:
    QStringList m_args;
    QString m_dbPath;
    bool m_json;
    std::unique_ptr<Database> m_db;
    QTextStream m_out;
    QTextStream m_err;
    bool m_progressOnTty;
    int m_exit = Ok;
};

using Command = std::function<int(Context&)>;

int initDb(Context&);
int seedDemo(Context&);
int importRoster(Context&);
int search(Context&);
int staff(Context&);
int settings(Context&);
int verifyAudit(Context&);
int device(Context&);
int renderLetters(Context&);
int verifyLetter(Context&);
int scanId(Context&);
int sync(Context&);
int outbox(Context&);
int exportLog(Context&);
int verifyExport(Context&);
int retention(Context&);
int keys(Context&);
int revokeKey(Context&);

// Set by SIGINT/SIGTERM; long commands check it between steps and stop cleanly.
bool cancelRequested();
void installCancelHandler();

} // namespace cli
} // namespace gd
