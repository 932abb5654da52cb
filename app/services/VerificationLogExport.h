#pragma once

#include "core/ExportFormat.h"
#include "core/Result.h"
#include "core/Staff.h"
#include "storage/VerificationLog.h"

#include <QString>

#include <functional>

namespace gd {

class Database;

// The verification-log export of the administration screens and `export-log`: CSV that opens
// cleanly in Excel, JSON, or a PDF report with charts, each with a detached signature by the
// device key (FILE.sig) that `verify-export` checks. Only administrators export. The file
// appears whole or not at all (written aside, then renamed), cancel and errors leave nothing,
// and an audit entry records who exported what (filters, rows, digest; never a row's content).
class VerificationLogExport {
public:
    enum class Format { Csv, Json, Pdf };
    static std::optional<Format> formatFromName(const QString& name); // "csv", "json", "pdf"

    struct Request {
        VerificationLog::Filter filter;
        Format format = Format::Csv;
        QString outPath; // FILE; the signature goes to FILE.sig
    };
    struct Outcome {
        qint64 rows = 0;
        qint64 bytes = 0;
        int pages = 0; // PDF only
        QString path;
        QString signaturePath;
        QByteArray sha256;
    };
    // Called now and then with rows written so far and the total; return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit VerificationLogExport(Database& db);
    Result<Outcome> run(const Actor& actor, const Request& request, const Progress& progress = {});

    // Checks FILE against its signature under `publicKey` (raw 32 bytes): Failed, in words,
    // when the file or the signature was changed or another key signed it.
    struct Check {
        ExportFormat::Signature signature;
        qint64 size = 0;
    };
    static Result<Check> verify(const QString& path, const QString& signaturePath, const QByteArray& publicKey);
    // Reads FILE.sig (or the given path) without checking it: which device to ask for a key.
    static Result<ExportFormat::Signature> readSignature(const QString& signaturePath);

private:
    Database& m_db;
};

} // namespace gd
