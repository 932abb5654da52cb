#pragma once

#include "core/crypto/RsaOaep.h"
#include "storage/Database.h"
#include "storage/RosterImport.h"
#include "storage/Settings.h"

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

// One family for verification tests: Ana (S1) and Luis (S2), active, and Rosa (S3), inactive,
// children of María José López (G-M, eligible); Carlos García (G-F) has a no-contact order for
// S1; Teresa Núñez (G-C) is a caregiver without educational rights.
inline bool seedFamily(Database& db)
{
    RosterPage p;
    p.students = {
        {QStringLiteral("S1"), QStringLiteral("Ana"), QStringLiteral("García López"), QDate(2014, 3, 9), QStringLiteral("5"), QStringLiteral("1234"), true},
        {QStringLiteral("S2"), QStringLiteral("Luis"), QStringLiteral("García López"), QDate(2017, 6, 1), QStringLiteral("3"), QStringLiteral("1234"), true},
        {QStringLiteral("S3"), QStringLiteral("Rosa"), QStringLiteral("García López"), QDate(2009, 1, 2), QStringLiteral("11"), QStringLiteral("1234"), false},
    };
    p.guardians = {
        {QStringLiteral("G-M"), QStringLiteral("María José"), QStringLiteral("López"), {}, QStringLiteral("+12135550142"),
         {QStringLiteral("1 Main St"), {}, QStringLiteral("Los Angeles"), QStringLiteral("CA"), QStringLiteral("90012")}, QStringLiteral("es")},
        {QStringLiteral("G-F"), QStringLiteral("Carlos"), QStringLiteral("García"), {}, {},
         {QStringLiteral("9 Oak Ave"), {}, QStringLiteral("Pasadena"), QStringLiteral("CA"), QStringLiteral("91101")}, QStringLiteral("es")},
        {QStringLiteral("G-C"), QStringLiteral("Teresa"), QStringLiteral("Núñez"), {}, {}, {}, QStringLiteral("es")},
    };
    p.relationships = {
        {QStringLiteral("S1"), QStringLiteral("G-M"), RelationshipKind::Mother, true, true, true, false, false},
        {QStringLiteral("S2"), QStringLiteral("G-M"), RelationshipKind::Mother, true, true, true, false, false},
        {QStringLiteral("S3"), QStringLiteral("G-M"), RelationshipKind::Mother, true, true, true, false, false},
        {QStringLiteral("S1"), QStringLiteral("G-F"), RelationshipKind::Father, false, false, false, true, false},
        {QStringLiteral("S1"), QStringLiteral("G-C"), RelationshipKind::Caregiver, true, false, false, false, false},
    };
    return RosterImport(db).importPages(admin(), {p}, QStringLiteral("test")).ok();
}

// A district RSA key pair: the private PEM is returned, the public one written to `publicPath`
// and set as the district's key.
inline QByteArray configureDistrictKey(Database& db, const QString& publicPath)
{
    auto pair = crypto::generateRsaKeyPairPem(2048);
    if (!pair)
        return {};
    QFile f(publicPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(pair->second) != pair->second.size())
        return {};
    f.close();
    if (!Settings(db).set(admin(), Settings::DistrictPublicKeyFile, publicPath))
        return {};
    return pair->first;
}

} // namespace gd::test
