#include "storage/SqliteStatement.h"

#include "core/Logging.h"
#include "storage/Database.h"

#include <QSqlDriver>

#include <sqlite3.h>

using namespace Qt::Literals::StringLiterals;

namespace gd {

SqliteStatement::~SqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

Status SqliteStatement::prepare(Database& db, const QString& sql)
{
    m_db = &db;
    const QVariant h = db.connection().driver()->handle();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3*") != 0)
        return Error::io(u"database error: not an SQLite connection"_s);
    m_handle = *static_cast<sqlite3* const*>(h.data());
    if (!m_handle)
        return Error::io(u"database error: the connection is closed"_s);
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt, nullptr)
        != SQLITE_OK) {
        const QString why = QString::fromUtf8(sqlite3_errmsg(m_handle));
        qCWarning(lcStorage) << "prepare failed:" << why;
        return Error::io(u"database error: %1"_s.arg(why));
    }
    return {};
}

SqliteStatement& SqliteStatement::bind(const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_stmt, m_next++, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()),
                          SQLITE_TRANSIENT) != SQLITE_OK)
        m_failedBind = true;
    return *this;
}

SqliteStatement& SqliteStatement::bind(qint64 value)
{
    if (sqlite3_bind_int64(m_stmt, m_next++, value) != SQLITE_OK)
        m_failedBind = true;
    return *this;
}

Result<bool> SqliteStatement::step()
{
    m_next = 1;
    if (m_failedBind) {
        m_failedBind = false;
        sqlite3_reset(m_stmt);
        return Error::io(u"database error: %1"_s.arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
    }
    if (m_db->shouldInjectFailure()) {
        sqlite3_reset(m_stmt);
        return Error::io(u"database write failed (injected): disk full"_s);
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_stmt);
        return false;
    }
    const QString why = QString::fromUtf8(sqlite3_errmsg(m_handle));
    sqlite3_reset(m_stmt);
    qCWarning(lcStorage) << "statement failed:" << why;
    return Error::io(u"database error: %1"_s.arg(why));
}

qint64 SqliteStatement::columnInt(int i) const
{
    return sqlite3_column_int64(m_stmt, i);
}

QString SqliteStatement::columnText(int i) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)) : QString();
}

QByteArrayView SqliteStatement::columnUtf8(int i) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
    return p ? QByteArrayView(p, sqlite3_column_bytes(m_stmt, i)) : QByteArrayView();
}

void SqliteStatement::reset()
{
    m_next = 1;
    sqlite3_reset(m_stmt);
}

} // namespace gd
