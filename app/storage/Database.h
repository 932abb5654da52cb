#pragma once

#include "core/Clock.h"
#include "core/Result.h"
#include "core/Staff.h"

#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <functional>
#include <memory>

namespace gd {

class UnitOfWork;

// One open GuardianDesk database (SQLite through QSQLITE). Every connection gets WAL,
// foreign_keys=ON and synchronous=FULL. open() creates or migrates the schema in one
// transaction, and refuses a file that is not ours or comes from a newer GuardianDesk.
class Database {
public:
    struct Options {
        bool create = true;              // create a new file when none exists
        bool migrate = true;             // bring an older schema up to date
        const Clock* clock = nullptr;    // defaults to the system clock
        int failNthCall = 0;             // test seam: see failNthCall()
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, Options options);
    static Result<std::unique_ptr<Database>> open(const QString& path) { return open(path, Options{}); }

    // Where the kiosk and the CLI keep their database unless told otherwise:
    // $XDG_DATA_HOME/GuardianDesk/guardiandesk.db (GUARDIANDESK_DB overrides it).
    static QString defaultPath();
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase& connection() { return m_db; }
    const QString& path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    // For demo activity "in the past" and tests; the clock must outlive its use.
    void setClock(const Clock* clock) { m_clock = clock ? clock : &Clock::system(); }
    int schemaVersion() const;

    // The device this database belongs to (made at creation, kept in settings).
    QString deviceId() const;

    // One transaction per change: `work` writes domain rows and calls uow.audit(...) and
    // uow.emitEvent(...); everything commits together or nothing does.
    Status transact(const Actor& actor, const std::function<Status(UnitOfWork&)>& work);

    // Every transaction that writes audit entries also writes a checkpoint: the chain's last
    // hash signed with the device's Ed25519 key (audit_checkpoints), linked to the checkpoint
    // before it, in the same transaction. The signer is the device key from DeviceSecrets,
    // loaded on the first change.
    using AuditSigner = std::function<Result<QByteArray>(QByteArrayView message)>;

    // Runs one statement with positional bindings; logs and returns the error in one place.
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& binds = {});

    // After a secret was deleted or rewritten: secure_delete zeroed it in the database file, but
    // the write-ahead log still holds the pages as they were until they are copied into the file
    // and the log is cut. Best effort: while another program reads (the CLI beside the kiosk) the
    // log cannot be cut, and is at the next checkpoint; that is logged, not an error.
    void forgetOldCopies();

    // Test seam: the n-th database call from now fails (0 = off), as a full disk would.
    void failNthCall(int n) { m_failCountdown = n; }
    bool shouldInjectFailure();

private:
    Database() = default;
    Status configureConnection();
    Status loadAuditSigner();
    Status writeCheckpoint(UnitOfWork& uow);

    QSqlDatabase m_db;
    QString m_connectionName;
    QString m_path;
    const Clock* m_clock = nullptr;
    int m_failCountdown = 0;
    bool m_inTransaction = false;
    bool m_loadingSigner = false;
    AuditSigner m_auditSigner;
};

QString sqlError(const QSqlQuery& q);

} // namespace gd
