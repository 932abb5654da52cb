#include "storage/Database.h"

#include "core/Logging.h"
#include "storage/AuditLog.h"
#include "storage/DeviceSecrets.h"
#include "storage/Schema.h"
#include "storage/UnitOfWork.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString sqlError(const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    return e.databaseText().isEmpty() ? e.text() : e.databaseText();
}

namespace {

// The first 16 bytes of every SQLite 3 file.
bool looksLikeSqlite(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray head = f.read(16);
    return head.isEmpty() || head == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

QString Database::defaultPath()
{
    const QString overridden = qEnvironmentVariable("GUARDIANDESK_DB");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/GuardianDesk/guardiandesk.db"_s;
}

Database::~Database()
{
    if (m_db.isValid())
        m_db.close();
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<Database>> Database::open(const QString& path, Options options)
{
    if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
        return Error::io(u"The Qt SQLite driver is not installed (Debian package libqt6sql6-sqlite)."_s);

    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Error::badInput(u"%1: not a file"_s.arg(path));
    if (!exists && !options.create)
        return Error::notFound(u"%1: no such database"_s.arg(path));
    if (exists && !looksLikeSqlite(path))
        return Error::badInput(u"%1: not a GuardianDesk database (not an SQLite file)"_s.arg(path));

    if (!exists && !QDir().mkpath(info.absolutePath()))
        return Error::io(u"%1: cannot create the folder"_s.arg(info.absolutePath()));

    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_clock = options.clock ? options.clock : &Clock::system();
    db->m_failCountdown = options.failNthCall;
    db->m_connectionName = u"gd-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    db->m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, db->m_connectionName);
    db->m_db.setDatabaseName(path);
    db->m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    if (!db->m_db.open())
        return Error::io(u"%1: cannot open: %2"_s.arg(path, db->m_db.lastError().text()));

    // Children's records: readable by the kiosk's account only (SQLite gives -wal and -shm the
    // same permissions).
    if (!exists)
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    // Refuse what is not ours before changing anything (WAL mode would rewrite the header).
    const auto identity = Schema::inspect(*db);
    if (!identity)
        return identity.error();
    if (identity->foreign)
        return Error::badInput(u"%1: not a GuardianDesk database (it holds other tables)"_s.arg(path));
    if (identity->version > Schema::kCurrentVersion)
        return Error::conflict(u"%1: database schema version %2 is newer than this GuardianDesk supports (%3); "
                               "update GuardianDesk before opening it"_s
                                   .arg(path).arg(identity->version).arg(Schema::kCurrentVersion));
    // Children's records another account can read (or write) may already have been copied or
    // changed: refuse, and say how district IT closes it, rather than quietly go on.
    if (exists) {
        constexpr auto kOthers = QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther;
        if (QFile::permissions(path) & kOthers)
            return Error::conflict(u"%1 can be read by other accounts on this computer; make it readable by the kiosk's "
                                   "account only (chmod 600, and the same for its -wal and -shm files) and check "
                                   "who had access"_s.arg(path));
    }
    if (auto s = db->configureConnection(); !s)
        return s.error();
    if (identity->version < Schema::kCurrentVersion) {
        if (!options.migrate)
            return Error::conflict(u"%1: database schema version %2 needs migrating to %3 (run init-db)"_s
                                       .arg(path).arg(identity->version).arg(Schema::kCurrentVersion));
        if (auto s = Schema::migrate(*db, identity->version); !s)
            return s.error();
        // Version 1 kept queued letters' sealed secrets: the migration dropped them (and
        // secure_delete zeroed their pages); the WAL still holds older copies of those pages
        // until it is checkpointed into the file and cut.
        if (identity->version == 1)
            (void)db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
    return db;
}

void Database::forgetOldCopies()
{
    auto q = exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    if (q && q->next() && q->value(0).toInt() != 0)
        qCInfo(lcStorage) << "write-ahead log in use by another program: old pages are cut at the next checkpoint";
}

Status Database::configureConnection()
{
    // Every connection: WAL, foreign keys and full fsync, because a lost write would lose a
    // verification record.
    for (const QString& pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA synchronous=FULL"_s, u"PRAGMA secure_delete=ON"_s}) {
        QSqlQuery q(m_db);
        if (!q.exec(pragma))
            return Error::io(u"%1: %2 failed: %3"_s.arg(m_path, pragma, sqlError(q)));
    }
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA foreign_keys"_s) || !q.next() || q.value(0).toInt() != 1)
        return Error::io(u"%1: foreign keys could not be enabled"_s.arg(m_path));
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

QString Database::deviceId() const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT value FROM settings WHERE key = 'device.id'"_s);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return {};
}

bool Database::shouldInjectFailure()
{
    if (m_failCountdown <= 0)
        return false;
    return --m_failCountdown == 0;
}

Result<QSqlQuery> Database::exec(const QString& sql, const QVariantList& binds)
{
    if (shouldInjectFailure())
        return Error::io(u"database write failed (injected): disk full"_s);
    QSqlQuery q(m_db);
    if (!q.prepare(sql)) {
        qCWarning(lcStorage) << "prepare failed:" << sqlError(q);
        return Error::io(u"database error: %1"_s.arg(sqlError(q)));
    }
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec()) {
        qCWarning(lcStorage) << "statement failed:" << sqlError(q);
        return Error::io(u"database error: %1"_s.arg(sqlError(q)));
    }
    return q;
}

Status Database::loadAuditSigner()
{
    if (m_auditSigner || m_loadingSigner)
        return {};
    // Making the device key is itself an audited change: it runs without a signer.
    m_loadingSigner = true;
    auto device = DeviceSecrets::open(*this);
    auto key = device ? device->signingKey() : Result<crypto::Ed25519Key>(device.error());
    m_loadingSigner = false;
    if (!key)
        return Error::conflict(u"Changes cannot be signed: %1"_s.arg(key.message()));
    auto shared = std::make_shared<crypto::Ed25519Key>(std::move(key).value());
    m_auditSigner = [shared](QByteArrayView message) { return shared->sign(message); };
    return {};
}

// Every change that wrote audit entries ends with a signed checkpoint of its last entry, linked
// to the checkpoint before it. It signs only over its own entries: entries before them that no
// checkpoint covers were not written by this kiosk's changes, and signing them would launder them.
Status Database::writeCheckpoint(UnitOfWork& uow)
{
    const AuditSigner& signer = uow.checkpointSigner() ? uow.checkpointSigner() : m_auditSigner;
    if (!signer)
        return Error::failed(u"internal error: an audited change without the device key"_s);
    auto previous = AuditLog::lastCheckpointSeq(*this);
    if (!previous)
        return previous.error();
    // A database from before every change was signed: its first entry (the device key's
    // creation) may still wait for a checkpoint.
    const bool legacyStart = *previous == 0 && uow.firstAuditSeq() == 2;
    if (*previous != uow.firstAuditSeq() - 1 && !legacyStart) {
        qCWarning(lcStorage) << "audit entries without a signed checkpoint before seq" << uow.firstAuditSeq();
        return Error::conflict(u"The audit log holds entries that no signed checkpoint covers (after entry %1): "
                               "someone changed the database outside GuardianDesk. Nothing was saved. Run "
                               "guardiandesk-cli verify-audit and call district IT."_s.arg(*previous));
    }
    auto signature = signer(AuditLog::checkpointMessage(*previous, uow.lastAuditSeq(), uow.lastAuditHash()));
    if (!signature)
        return signature.error();
    auto w = exec(u"INSERT INTO audit_checkpoints(seq, hash, signature) VALUES (?, ?, ?)"_s,
                  {uow.lastAuditSeq(), uow.lastAuditHash(), QString::fromLatin1(signature->toBase64())});
    return w ? Status() : w.error();
}

Status Database::transact(const Actor& actor, const std::function<Status(UnitOfWork&)>& work)
{
    if (m_inTransaction)
        return Error::failed(u"internal error: nested transaction"_s);
    if (auto s = loadAuditSigner(); !s)
        return s;
    // IMMEDIATE: the write lock is taken at the start, waiting (busy timeout) while another
    // program writes. A deferred transaction that reads first (the audit chain's tail, a letter's
    // serial) could not wait for it and would fail with "database is locked".
    if (shouldInjectFailure())
        return Error::io(u"%1: cannot start a transaction (injected)"_s.arg(m_path));
    if (QSqlQuery begin(m_db); !begin.exec(u"BEGIN IMMEDIATE"_s))
        return Error::io(u"%1: cannot start a transaction: %2"_s.arg(m_path, begin.lastError().text()));
    m_inTransaction = true;
    UnitOfWork uow(*this, actor);
    Status result = work(uow);
    if (result.ok() && uow.lastAuditSeq() > 0)
        result = writeCheckpoint(uow);
    if (result.ok() && (shouldInjectFailure() || !m_db.commit())) {
        result = Error::io(u"%1: the change could not be saved (%2); nothing was changed"_s
                               .arg(m_path, m_db.lastError().text()));
    }
    if (!result.ok()) {
        if (!m_db.rollback())
            qCWarning(lcStorage) << "rollback failed:" << m_db.lastError().text();
    }
    m_inTransaction = false;
    return result;
}

} // namespace gd
