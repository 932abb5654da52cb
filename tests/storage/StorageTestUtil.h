#pragma once

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

namespace gd::test {

inline Actor admin()
{
    return Actor{QStringLiteral("admin"), QStringLiteral("kiosk-test"), Roles(Role::Administrator)};
}

inline std::unique_ptr<Database> openOrFail(const QString& path, const Clock* clock = nullptr)
{
    Database::Options o;
    o.clock = clock;
    auto db = Database::open(path, o);
    if (!db) {
        qWarning("open failed: %s", qPrintable(db.message()));
        return nullptr;
    }
    return std::move(db).value();
}

// Bytes of the database file and its WAL: "nothing changed" means these are the same.
inline QByteArray fileDigest(const QString& path)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const QString& p : {path, QString(path + QStringLiteral("-wal"))}) {
        QFile f(p);
        if (f.open(QIODevice::ReadOnly))
            h.addData(f.readAll());
    }
    return h.result();
}

// Raw SQL outside GuardianDesk, as a person with the file (or an attacker) would run it.
inline bool rawExec(const QString& path, const char* sql)
{
    sqlite3* db = nullptr;
    if (sqlite3_open(path.toUtf8().constData(), &db) != SQLITE_OK)
        return false;
    char* err = nullptr;
    const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &err);
    if (err) {
        qWarning("raw sql failed: %s", err);
        sqlite3_free(err);
    }
    sqlite3_close(db);
    return rc == SQLITE_OK;
}

} // namespace gd::test
