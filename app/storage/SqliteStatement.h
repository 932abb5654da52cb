#pragma once

#include "core/Result.h"

#include <QByteArrayView>
#include <QString>
#include <QVariant>

struct sqlite3;
struct sqlite3_stmt;

namespace gd {

class Database;

// A prepared statement on the database's own SQLite connection, for the loops that write
// hundreds of thousands of rows (roster pulls, demo rosters). QSqlQuery's per-bind cost
// dominates those loops; the statement runs in the caller's transaction all the same.
class SqliteStatement {
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    Status prepare(Database& db, const QString& sql);

    // Bind in order, then step(). Text binds as UTF-8; a null QString binds as ''.
    SqliteStatement& bind(const QString& text);
    SqliteStatement& bind(qint64 value);
    SqliteStatement& bind(bool value) { return bind(qint64(value ? 1 : 0)); }

    // Runs the statement. With a row, true and the columns are readable until the next step.
    Result<bool> step();
    qint64 columnInt(int i) const;
    QString columnText(int i) const;
    // The column's UTF-8 bytes, valid until the next step() or reset(); empty for NULL.
    QByteArrayView columnUtf8(int i) const;
    void reset();   // ready for the next set of binds

private:
    Database* m_db = nullptr;
    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_next = 1;
    bool m_failedBind = false;
};

} // namespace gd
