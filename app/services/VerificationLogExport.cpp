#include "services/VerificationLogExport.h"

#include "core/DeviceKeyList.h"
#include "core/Logging.h"
#include "core/Verification.h"
#include "printing/VerificationReport.h"
#include "storage/Database.h"
#include "storage/DeviceSecrets.h"
#include "storage/Settings.h"
#include "storage/UnitOfWork.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

constexpr qint64 kFlushBytes = 1 << 20;
constexpr qint64 kMaxSignatureBytes = 4096;

Error cancelledError()
{
    return Error::failed(u"The export was cancelled; no file was written."_s);
}

QString formatName(VerificationLogExport::Format f)
{
    switch (f) {
    case VerificationLogExport::Format::Csv:
        return u"csv"_s;
    case VerificationLogExport::Format::Json:
        return u"json"_s;
    case VerificationLogExport::Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

// Words for the codes the log stores, as the report's reader knows them: ID types by their
// printed name (the same as on the forms), methods and refusal reasons here.
QString words(const QString& code)
{
    if (const auto type = idTypeFromWire(code))
        return idTypeName(*type);
    static const QHash<QString, QString> kWords = {
        {u"in_person"_s, u"In person"_s},
        {u"video"_s, u"Video call"_s},
        {u"mail_waiver"_s, u"By mail (signed request)"_s},
        {u"expired_id"_s, u"ID expired"_s},
        {u"name_mismatch"_s, u"Name did not match"_s},
        {u"not_eligible"_s, u"Not eligible in school records"_s},
        {u"no_contact_order"_s, u"No-contact order"_s},
        {u"failed_questions"_s, u"Security questions failed"_s},
    };
    if (code.isEmpty())
        return u"None recorded"_s;
    return kWords.value(code, code);
}

QList<reports::ReportCount> inWords(const QList<VerificationLog::Count>& counts)
{
    QList<reports::ReportCount> out;
    for (const auto& c : counts)
        out.append({words(c.label), c.count});
    return out;
}

QString filterText(const VerificationLog::Filter& f)
{
    QStringList parts;
    parts << (f.schoolCode.isEmpty() ? u"all schools"_s : u"school %1"_s.arg(f.schoolCode));
    parts << (f.staffId.isEmpty() ? u"all staff"_s : u"staff %1"_s.arg(f.staffId));
    parts << (f.method.isEmpty() ? u"all methods"_s : words(f.method));
    parts << (f.outcome.isEmpty() ? u"verified and refused"_s : f.outcome);
    parts << (f.idType.isEmpty() ? u"every ID type"_s : words(f.idType));
    QString s = parts.join(u", "_s);
    s[0] = s[0].toUpper();
    return s;
}

// Writes what it is given to the file and the digest at once, in large pieces.
class HashedWriter {
public:
    explicit HashedWriter(QSaveFile& file)
        : m_file(file)
    {
        m_buffer.reserve(kFlushBytes + 64 * 1024);
    }
    QByteArray& buffer() { return m_buffer; }
    Status flushIfFull() { return m_buffer.size() >= kFlushBytes ? flush() : Status{}; }
    Status flush()
    {
        m_hash.addData(m_buffer);
        if (m_file.write(m_buffer) != m_buffer.size())
            return Error::io(u"could not write %1: %2"_s.arg(m_file.fileName(), m_file.errorString()));
        m_size += m_buffer.size();
        m_buffer.clear();
        return {};
    }
    QByteArray digest() const { return m_hash.result(); }
    qint64 size() const { return m_size; }

private:
    QSaveFile& m_file;
    QByteArray m_buffer;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_size = 0;
};

} // namespace

VerificationLogExport::VerificationLogExport(Database& db)
    : m_db(db)
{
}

std::optional<VerificationLogExport::Format> VerificationLogExport::formatFromName(const QString& name)
{
    if (name == u"csv")
        return Format::Csv;
    if (name == u"json")
        return Format::Json;
    if (name == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

Result<VerificationLogExport::Outcome> VerificationLogExport::run(const Actor& actor, const Request& request,
                                                                  const Progress& progress)
{
    if (!actor.has(Role::Administrator))
        return Error::denied(u"Only an administrator can export the verification log."_s);
    if (auto s = request.filter.check(); !s)
        return s.error();
    if (request.outPath.isEmpty())
        return Error::badInput(u"give the file to write the export to"_s);
    const QString sigPath = request.outPath + u".sig"_s;

    auto device = DeviceSecrets::open(m_db);
    if (!device)
        return device.error();
    auto key = device->signingKey();
    if (!key)
        return Error::conflict(u"The export cannot be signed: %1"_s.arg(key.message()));

    auto total = VerificationLog::count(m_db, request.filter);
    if (!total)
        return total.error();

    QSaveFile file(request.outPath);
    if (!file.open(QIODevice::WriteOnly))
        return Error::io(u"could not create %1: %2"_s.arg(request.outPath, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    HashedWriter w(file);
    Outcome out;
    bool cancelled = false;
    const auto tick = [&](qint64 done) -> Status {
        if (progress && (done % 2000 == 0 || done == *total) && !progress(done, *total)) {
            cancelled = true;
            return cancelledError();
        }
        return {};
    };
    if (progress && !progress(0, *total)) {
        file.cancelWriting();
        return cancelledError();
    }

    const QString createdAt = m_db.clock().now().toUTC().toString(Qt::ISODate);
    Status walked;
    if (request.format == Format::Csv) {
        // A byte-order mark, so Excel opens UTF-8 (names in every script) as UTF-8; CRLF lines.
        w.buffer().append("\xEF\xBB\xBF");
        for (size_t i = 0; i < VerificationLog::kColumns.size(); ++i) {
            if (i)
                w.buffer().append(',');
            w.buffer().append(VerificationLog::kColumns[i]);
        }
        w.buffer().append("\r\n");
        walked = VerificationLog::forEach(m_db, request.filter, [&](const VerificationLog::Row& row) -> Status {
            QByteArray& b = w.buffer();
            for (size_t i = 0; i < row.size(); ++i) {
                if (i)
                    b.append(',');
                ExportFormat::appendCsvField(b, row[i]);
            }
            b.append("\r\n");
            ++out.rows;
            if (auto s = w.flushIfFull(); !s)
                return s;
            return tick(out.rows);
        });
    } else if (request.format == Format::Json) {
        QByteArray& b = w.buffer();
        b.append("{\"export\":{\"kind\":\"verification_log\",\"version\":1,\"from\":");
        ExportFormat::appendJsonString(b, request.filter.from.toString(Qt::ISODate).toUtf8());
        b.append(",\"to\":");
        ExportFormat::appendJsonString(b, request.filter.to.toString(Qt::ISODate).toUtf8());
        b.append(",\"device_id\":");
        ExportFormat::appendJsonString(b, m_db.deviceId().toUtf8());
        b.append(",\"created_at\":");
        ExportFormat::appendJsonString(b, createdAt.toUtf8());
        b.append(",\"rows\":" + QByteArray::number(*total) + "},\n\"verifications\":[");
        walked = VerificationLog::forEach(m_db, request.filter, [&](const VerificationLog::Row& row) -> Status {
            QByteArray& buf = w.buffer();
            buf.append(out.rows ? ",\n{" : "\n{");
            bool first = true;
            for (size_t i = 0; i < row.size(); ++i) {
                if (row[i].isNull())
                    continue; // absent rather than "": no ID recorded, not purged, ...
                if (!first)
                    buf.append(',');
                first = false;
                buf.append('"').append(VerificationLog::kColumns[i]).append("\":");
                ExportFormat::appendJsonString(buf, row[i]);
            }
            buf.append('}');
            ++out.rows;
            if (auto s = w.flushIfFull(); !s)
                return s;
            return tick(out.rows);
        });
        if (walked)
            w.buffer().append("\n]}\n");
    } else {
        auto summary = VerificationLog::summarize(m_db, request.filter);
        if (!summary) {
            walked = summary.error();
        } else {
            Settings settings(m_db);
            reports::VerificationReportContent c;
            c.district = settings.value(Settings::DistrictName);
            c.school =
                request.filter.schoolCode.isEmpty() || request.filter.schoolCode == settings.value(Settings::SchoolCode)
                    ? settings.value(Settings::SchoolName)
                    : u"School %1"_s.arg(request.filter.schoolCode);
            if (request.filter.schoolCode.isEmpty() && summary->bySchool.size() > 1)
                c.school = u"All schools"_s;
            c.from = request.filter.from;
            c.to = request.filter.to;
            c.filters = filterText(request.filter);
            c.generatedAt = m_db.clock().now().toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
            c.deviceId = m_db.deviceId();
            c.verified = summary->verified;
            c.refused = summary->refused;
            for (const auto& d : summary->perDay)
                c.perDay.append({d.date, d.verified, d.refused});
            c.byMethod = inWords(summary->byMethod);
            c.byIdType = inWords(summary->byIdType);
            c.refusalsByReason = inWords(summary->refusalsByReason);
            for (const auto& s : summary->bySchool)
                c.bySchool.append({s.label.isEmpty() ? u"Unknown school"_s : s.label, s.count});
            out.rows = summary->total;
            QBuffer pdf(&w.buffer());
            pdf.open(QIODevice::WriteOnly);
            auto pages = reports::renderVerificationReport(&pdf, c);
            if (!pages)
                walked = pages.error();
            else
                out.pages = *pages;
            if (walked)
                walked = tick(*total);
        }
    }
    if (walked)
        walked = w.flush();
    if (!walked) {
        file.cancelWriting();
        if (!cancelled)
            qCWarning(lcServices) << "verification-log export failed:" << walked.message();
        return walked.error();
    }

    ExportFormat::Signature sig;
    sig.size = w.size();
    sig.sha256 = w.digest();
    sig.deviceId = m_db.deviceId();
    sig.createdAt = createdAt;
    sig.keyFingerprint = keyFingerprint(key->publicKey());
    auto signature = key->sign(sig.message());
    if (!signature) {
        file.cancelWriting();
        return signature.error();
    }
    sig.signature = *signature;
    QSaveFile sigFile(sigPath);
    if (!sigFile.open(QIODevice::WriteOnly) || sigFile.write(sig.toText()) < 0) {
        file.cancelWriting();
        return Error::io(u"could not write %1: %2"_s.arg(sigPath, sigFile.errorString()));
    }

    // The record comes before the files appear: an export that is not in the audit log does not exist.
    const Status audited = m_db.transact(actor, [&](UnitOfWork& uow) -> Status {
        const auto& f = request.filter;
        return uow.audit(u"verification_log.exported"_s, u"export"_s, QFileInfo(request.outPath).fileName(),
                         {{u"format"_s, formatName(request.format)},
                          {u"from"_s, f.from.toString(Qt::ISODate)},
                          {u"to"_s, f.to.toString(Qt::ISODate)},
                          {u"school_code"_s, f.schoolCode},
                          {u"staff_id"_s, f.staffId},
                          {u"method"_s, f.method},
                          {u"outcome"_s, f.outcome},
                          {u"id_type"_s, f.idType},
                          {u"rows"_s, out.rows},
                          {u"bytes"_s, sig.size},
                          {u"sha256"_s, QString::fromLatin1(sig.sha256.toHex())}});
    });
    if (!audited) {
        file.cancelWriting();
        sigFile.cancelWriting();
        return audited.error();
    }
    if (!file.commit())
        return Error::io(u"could not save %1: %2"_s.arg(request.outPath, file.errorString()));
    if (!sigFile.commit()) {
        QFile::remove(request.outPath);
        return Error::io(u"could not save %1: %2"_s.arg(sigPath, sigFile.errorString()));
    }
    out.bytes = sig.size;
    out.path = request.outPath;
    out.signaturePath = sigPath;
    out.sha256 = sig.sha256;
    return out;
}

Result<ExportFormat::Signature> VerificationLogExport::readSignature(const QString& signaturePath)
{
    QFile f(signaturePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(u"cannot read the signature %1: %2"_s.arg(signaturePath, f.errorString()));
    return ExportFormat::Signature::parse(f.read(kMaxSignatureBytes + 1));
}

Result<VerificationLogExport::Check> VerificationLogExport::verify(const QString& path, const QString& signaturePath,
                                                                   const QByteArray& publicKey)
{
    auto sig = readSignature(signaturePath);
    if (!sig)
        return sig.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::badInput(u"cannot read %1: %2"_s.arg(path, f.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&f))
        return Error::io(u"could not read %1: %2"_s.arg(path, f.errorString()));
    Check check{*sig, f.size()};
    if (publicKey.size() != crypto::Ed25519Key::kPublicKeySize)
        return Error::badInput(u"the public key is not an Ed25519 key (32 bytes)"_s);
    if (!crypto::ed25519Verify(publicKey, sig->message(), sig->signature))
        return Error::failed(u"the signature does not verify under the key with fingerprint %1: the signature "
                             "file was changed, or another device's key signed it"_s.arg(keyFingerprint(publicKey)));
    if (check.size != sig->size || hash.result() != sig->sha256)
        return Error::failed(u"%1 was changed after it was exported (%2 bytes now, %3 when signed; its SHA-256 "
                             "differs)"_s.arg(QFileInfo(path).fileName())
                                 .arg(check.size)
                                 .arg(sig->size));
    return check;
}

} // namespace gd
