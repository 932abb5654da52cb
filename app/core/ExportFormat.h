#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace gd {

// The byte-level rules of a verification-log export, kept in one place so the writer and the
// checker cannot drift apart.
namespace ExportFormat {

// Appends one CSV field (RFC 4180) as Excel reads it. A value that a spreadsheet would run as a
// formula (it starts with =, +, -, @, a tab or a carriage return) gets a leading apostrophe, so
// Excel and LibreOffice show it as text; a value with a comma, quote, line break or edge
// space is quoted with its quotes doubled.
void appendCsvField(QByteArray& out, QByteArrayView utf8);

// Appends a JSON string literal. Besides what JSON requires, <, > and & are written as \u
// escapes, so a name with markup stays inert if the file is ever shown in a browser.
void appendJsonString(QByteArray& out, QByteArrayView utf8);

// A detached signature over an export: a short text file next to it (FILE.sig). The device key
// signs "GDE1|<size>|<sha256 hex>|<device id>|<created at>", so the file may be renamed but
// not changed. (Ed25519 signs the digest, not the file: exports can be far larger than memory
// should hold, and OpenSSL 3.0 has no pre-hashed Ed25519.)
struct Signature {
    qint64 size = 0;
    QByteArray sha256; // raw 32 bytes
    QString deviceId;
    QString createdAt; // RFC 3339 UTC
    QString keyFingerprint; // informational: which key to expect
    QByteArray signature; // raw 64 bytes

    QByteArray message() const;
    QByteArray toText() const;
    // The text of a .sig file; BadInput with the reason when it is not one.
    static Result<Signature> parse(QByteArrayView text);
};

} // namespace ExportFormat
} // namespace gd
