#include "storage/Schema.h"

#include "core/Logging.h"
#include "storage/Database.h"

#include <QSqlQuery>
#include <QUuid>

#include <span>

using namespace Qt::Literals::StringLiterals;

namespace gd::Schema {

namespace {

// Version 1. Names follow district-api.md. There is no column anywhere for an access-key
// secret, a password or a full ID number: they cannot be stored by mistake.
const char* const kVersion1[] = {
    R"(CREATE TABLE students (
        id INTEGER PRIMARY KEY,
        student_id TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        date_of_birth TEXT NOT NULL,
        grade TEXT NOT NULL,
        school_code TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        updated_at TEXT NOT NULL))",
    "CREATE INDEX students_dob ON students(date_of_birth)",
    R"(CREATE TABLE guardians (
        id INTEGER PRIMARY KEY,
        guardian_id TEXT NOT NULL UNIQUE,
        first_name TEXT NOT NULL,
        last_name TEXT NOT NULL,
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        address_line1 TEXT NOT NULL DEFAULT '',
        address_line2 TEXT NOT NULL DEFAULT '',
        address_city TEXT NOT NULL DEFAULT '',
        address_state TEXT NOT NULL DEFAULT '',
        address_postal_code TEXT NOT NULL DEFAULT '',
        preferred_language TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL))",
    R"(CREATE TABLE relationships (
        student_id TEXT NOT NULL REFERENCES students(student_id) ON DELETE CASCADE,
        guardian_id TEXT NOT NULL REFERENCES guardians(guardian_id) ON DELETE CASCADE,
        relationship TEXT NOT NULL
            CHECK (relationship IN ('mother', 'father', 'legal_guardian', 'caregiver', 'other')),
        custodial INTEGER NOT NULL CHECK (custodial IN (0, 1)),
        educational_rights INTEGER NOT NULL CHECK (educational_rights IN (0, 1)),
        portal_eligible INTEGER NOT NULL CHECK (portal_eligible IN (0, 1)),
        no_contact_order INTEGER NOT NULL CHECK (no_contact_order IN (0, 1)),
        updated_at TEXT NOT NULL,
        PRIMARY KEY (student_id, guardian_id)) WITHOUT ROWID)",
    "CREATE INDEX relationships_guardian ON relationships(guardian_id)",
    // Type-ahead: every rotation of a student's folded name words, so a B-tree range scan
    // answers a prefix typed from any word (design/toolchain.md has the figures).
    R"(CREATE TABLE student_name_keys (
        key TEXT NOT NULL,
        student_rowid INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
        PRIMARY KEY (key, student_rowid)) WITHOUT ROWID)",
    "CREATE INDEX student_name_keys_student ON student_name_keys(student_rowid)",
    // Full-text index (rowid = students.id) over folded student and adult names, id and date of
    // birth: the any-order fallback when the words were not typed in name order.
    R"(CREATE VIRTUAL TABLE student_search USING fts5(
        student_names, guardian_names, student_id, date_of_birth,
        tokenize = 'unicode61 remove_diacritics 2', detail = column))",
    R"(CREATE TABLE staff (
        id INTEGER PRIMARY KEY,
        username TEXT NOT NULL UNIQUE COLLATE NOCASE,
        display_name TEXT NOT NULL,
        roles TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        failed_logins INTEGER NOT NULL DEFAULT 0,
        locked_until TEXT,
        disabled INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1)),
        created_at TEXT NOT NULL,
        password_changed_at TEXT NOT NULL))",
    R"(CREATE TABLE verifications (
        verification_id TEXT PRIMARY KEY,
        student_id TEXT NOT NULL REFERENCES students(student_id),
        guardian_id TEXT NOT NULL REFERENCES guardians(guardian_id),
        staff_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        method TEXT NOT NULL CHECK (method IN ('in_person', 'video', 'mail_waiver')),
        outcome TEXT NOT NULL CHECK (outcome IN ('verified', 'refused')),
        refusal_reason TEXT,
        id_type TEXT,
        id_other_description TEXT,
        id_issuer TEXT,
        id_last4 TEXT CHECK (id_last4 IS NULL OR length(id_last4) = 4),
        id_expires_on TEXT,
        id_captured_by TEXT CHECK (id_captured_by IS NULL OR id_captured_by IN ('barcode', 'manual')),
        name_match TEXT CHECK (name_match IS NULL OR name_match IN ('exact', 'staff_override')),
        override_reason TEXT,
        questions_passed TEXT,
        occurred_at TEXT NOT NULL,
        id_details_purged_at TEXT))",
    "CREATE INDEX verifications_time ON verifications(occurred_at)",
    "CREATE INDEX verifications_guardian ON verifications(guardian_id, student_id)",
    R"(CREATE TABLE access_keys (
        key_id TEXT PRIMARY KEY,
        student_id TEXT NOT NULL REFERENCES students(student_id),
        guardian_id TEXT NOT NULL REFERENCES guardians(guardian_id),
        verification_id TEXT REFERENCES verifications(verification_id),
        kind TEXT NOT NULL CHECK (kind IN ('pin', 'access_id_password', 'creation_code')),
        status TEXT NOT NULL CHECK (status IN ('active', 'revoked', 'expired')),
        issued_at TEXT NOT NULL,
        expires_on TEXT,
        revoked_at TEXT,
        revoke_reason TEXT CHECK (revoke_reason IS NULL OR revoke_reason IN ('reissued', 'lost', 'staff_error')),
        staff_id TEXT NOT NULL))",
    "CREATE INDEX access_keys_link ON access_keys(guardian_id, student_id, status)",
    R"(CREATE TABLE letters (
        letter_id TEXT PRIMARY KEY,
        serial INTEGER NOT NULL UNIQUE,
        guardian_id TEXT NOT NULL REFERENCES guardians(guardian_id),
        language TEXT NOT NULL,
        layout TEXT NOT NULL CHECK (layout IN ('trifold', 'pressure-seal')),
        delivery TEXT NOT NULL CHECK (delivery IN ('in_person', 'mail')),
        state TEXT NOT NULL CHECK (state IN ('queued', 'printed', 'voided')),
        created_at TEXT NOT NULL,
        printed_at TEXT,
        printed_by TEXT,
        voided_reason TEXT,
        staff_id TEXT NOT NULL))",
    R"(CREATE TABLE letter_keys (
        letter_id TEXT NOT NULL REFERENCES letters(letter_id) ON DELETE CASCADE,
        key_id TEXT NOT NULL REFERENCES access_keys(key_id),
        PRIMARY KEY (letter_id, key_id)) WITHOUT ROWID)",
    // A queued letter's key secrets, sealed with the device key (AES-256-GCM) until the letter
    // printer prints or voids the letter; then the row is deleted. Never in the clear.
    R"(CREATE TABLE letter_secrets (
        key_id TEXT PRIMARY KEY REFERENCES access_keys(key_id),
        letter_id TEXT NOT NULL REFERENCES letters(letter_id),
        sealed BLOB NOT NULL) WITHOUT ROWID)",
    R"(CREATE TABLE waivers (
        waiver_id TEXT PRIMARY KEY,
        form TEXT NOT NULL CHECK (form IN ('mail_email_waiver', 'parent_access_request')),
        student_id TEXT REFERENCES students(student_id),
        guardian_id TEXT REFERENCES guardians(guardian_id),
        language TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ('issued', 'received')),
        issued_at TEXT NOT NULL,
        received_at TEXT,
        staff_id TEXT NOT NULL))",
    // The transactional outbox: written with the change, read by sync, never dropped.
    R"(CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        event_id TEXT NOT NULL UNIQUE,
        type TEXT NOT NULL,
        occurred_at TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        student_id TEXT,
        guardian_id TEXT,
        data TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'failed', 'done')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT,
        last_error TEXT,
        delivered_at TEXT))",
    "CREATE INDEX outbox_state ON outbox(state, seq)",
    // The audit chain: hash = SHA-256(prev_hash || canonical entry). Append-only.
    R"(CREATE TABLE audit_log (
        seq INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        staff_id TEXT NOT NULL,
        device_id TEXT NOT NULL,
        action TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id TEXT NOT NULL,
        details TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL))",
    R"(CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    R"(CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END)",
    // Signed checkpoints of the chain: whoever rewrites entries and recomputes the hashes cannot
    // sign the new chain without the device key.
    R"(CREATE TABLE audit_checkpoints (
        seq INTEGER PRIMARY KEY REFERENCES audit_log(seq),
        hash TEXT NOT NULL,
        signature TEXT NOT NULL))",
    R"(CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        updated_by TEXT NOT NULL))",
    R"(CREATE TABLE sync_state (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL,
        updated_at TEXT NOT NULL))",
};

// Version 2: access keys exist only on paper. A queued letter records which guardian-student
// links it covers (letter_links) and holds no key; the keys are made, sealed for the district
// and drawn in the one step that prints the letter. letter_links also takes over letter_keys
// (which key a printed letter carries). The sealed secrets of letters queued under version 1
// are dropped: those letters print with new keys, and their old keys are revoked then (or when
// the letter is voided). secure_delete (set on every connection) overwrites the freed pages.
const char* const kVersion2[] = {
    R"(CREATE TABLE letter_links (
        letter_id TEXT NOT NULL REFERENCES letters(letter_id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        student_id TEXT NOT NULL REFERENCES students(student_id),
        guardian_id TEXT NOT NULL REFERENCES guardians(guardian_id),
        verification_id TEXT REFERENCES verifications(verification_id),
        state TEXT NOT NULL DEFAULT 'pending'
            CHECK (state IN ('pending', 'issued', 'skipped', 'superseded')),
        key_id TEXT REFERENCES access_keys(key_id),
        note TEXT,
        PRIMARY KEY (letter_id, student_id)) WITHOUT ROWID)",
    "CREATE INDEX letter_links_link ON letter_links(guardian_id, student_id, state)",
    "CREATE INDEX letter_links_key ON letter_links(key_id)",
    // Printed and voided letters keep the keys they carried; queued ones wait with their
    // version-1 key noted, to be revoked when the letter prints or is voided (a key already
    // reissued elsewhere means a newer letter took that link over).
    R"(INSERT INTO letter_links(letter_id, position, student_id, guardian_id, verification_id, state, key_id)
        SELECT k.letter_id,
               row_number() OVER (PARTITION BY k.letter_id ORDER BY s.date_of_birth, a.student_id),
               a.student_id, a.guardian_id, a.verification_id,
               CASE WHEN l.state <> 'queued' THEN 'issued'
                    WHEN a.status = 'active' THEN 'pending' ELSE 'superseded' END, a.key_id
        FROM letter_keys k JOIN letters l ON l.letter_id = k.letter_id
        JOIN access_keys a ON a.key_id = k.key_id JOIN students s ON s.student_id = a.student_id)",
    "DROP TABLE letter_secrets",
    "DROP TABLE letter_keys",
    // An expired ID accepted by a supervisor names the administrator who confirmed it.
    "ALTER TABLE verifications ADD COLUMN expired_override_by TEXT",
};

struct Migration {
    int version;
    std::span<const char* const> statements;
};

const Migration kMigrations[] = {
    {1, kVersion1},
    {2, kVersion2},
};

Status run(QSqlDatabase& c, const QString& sql)
{
    QSqlQuery q(c);
    if (!q.exec(sql))
        return Error::io(u"schema migration failed: %1"_s.arg(sqlError(q)));
    return {};
}

} // namespace

Result<Identity> inspect(Database& db)
{
    QSqlQuery q(db.connection());
    Identity id;
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return Error::badInput(u"%1: not a GuardianDesk database (%2)"_s.arg(db.path(), sqlError(q)));
    const int appId = q.value(0).toInt();
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return Error::io(u"%1: %2"_s.arg(db.path(), sqlError(q)));
    id.version = q.value(0).toInt();
    if (!q.exec(u"SELECT count(*) FROM sqlite_schema"_s) || !q.next())
        return Error::badInput(u"%1: not a GuardianDesk database (%2)"_s.arg(db.path(), sqlError(q)));
    const int objects = q.value(0).toInt();
    if (appId != kApplicationId && (objects > 0 || id.version != 0))
        id.foreign = true;
    return id;
}

Status migrate(Database& db, int fromVersion)
{
    QSqlDatabase& c = db.connection();
    if (!c.transaction())
        return Error::io(u"%1: cannot start the migration"_s.arg(db.path()));
    const auto fail = [&](const Error& e) -> Status {
        c.rollback();
        return Error::io(u"%1: %2; the database was left as it was"_s.arg(db.path(), e.message));
    };
    for (const Migration& m : kMigrations) {
        if (m.version <= fromVersion)
            continue;
        for (const char* statement : m.statements) {
            if (db.shouldInjectFailure())
                return fail(Error::io(u"schema migration failed (injected)"_s));
            if (auto s = run(c, QString::fromUtf8(statement)); !s)
                return fail(s.error());
        }
        qCInfo(lcStorage) << "migrated schema to version" << m.version;
    }
    if (fromVersion == 0) {
        // A new database gets its device id once, at creation.
        QSqlQuery q(c);
        q.prepare(u"INSERT INTO settings(key, value, updated_at, updated_by) VALUES ('device.id', ?, ?, 'init')"_s);
        q.addBindValue(QString(u"kiosk-"_s + QUuid::createUuid().toString(QUuid::Id128).left(12)));
        q.addBindValue(db.clock().nowIso());
        if (!q.exec())
            return fail(Error::io(sqlError(q)));
    }
    for (const QString& pragma : {u"PRAGMA application_id = %1"_s.arg(kApplicationId),
                                  u"PRAGMA user_version = %1"_s.arg(kCurrentVersion)}) {
        if (auto s = run(c, pragma); !s)
            return fail(s.error());
    }
    if (!c.commit())
        return fail(Error::io(u"commit failed"_s));
    return {};
}

} // namespace gd::Schema
