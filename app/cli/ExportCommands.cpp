// export-log and verify-export: the verification log leaves the kiosk signed, and anyone with
// the device's public key can tell whether a file is the one the kiosk wrote.
#include "cli/Cli.h"

#include "core/DeviceKeyList.h"
#include "services/VerificationLogExport.h"
#include "storage/Database.h"
#include "storage/DeviceKeyAnchor.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace gd::cli {

int exportLog(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"from"_s, u"First day (YYYY-MM-DD), inclusive."_s, u"DATE"_s});
    p.addOption({u"to"_s, u"Last day (YYYY-MM-DD), inclusive."_s, u"DATE"_s});
    p.addOption({u"format"_s, u"csv, json or pdf."_s, u"FORMAT"_s});
    p.addOption({u"out"_s, u"The file to write; its signature goes to FILE.sig."_s, u"FILE"_s});
    p.addOption({u"school"_s, u"Only this school code."_s, u"CODE"_s});
    p.addOption({u"staff"_s, u"Only this staff member."_s, u"USER"_s});
    p.addOption({u"method"_s, u"in_person, video or mail_waiver."_s, u"METHOD"_s});
    p.addOption({u"outcome"_s, u"verified or refused."_s, u"OUTCOME"_s});
    p.addOption({u"id-type"_s, u"Only this ID type (drivers_license, passport, ...)."_s, u"TYPE"_s});
    if (!ctx.parse(p, u"export-log"_s, 0, 0))
        return BadUsage;
    for (const char* required : {"from", "to", "format", "out"}) {
        if (!p.isSet(QString::fromLatin1(required)))
            return ctx.usage(u"export-log: give --from DATE --to DATE --format csv|json|pdf --out FILE"_s);
    }
    const auto format = VerificationLogExport::formatFromName(p.value(u"format"_s));
    if (!format)
        return ctx.usage(u"export-log: unknown format \"%1\" (csv, json, pdf)"_s.arg(p.value(u"format"_s).left(20)));
    VerificationLogExport::Request request;
    request.format = *format;
    request.outPath = p.value(u"out"_s);
    auto& f = request.filter;
    f.from = QDate::fromString(p.value(u"from"_s), Qt::ISODate);
    f.to = QDate::fromString(p.value(u"to"_s), Qt::ISODate);
    if (!f.from.isValid() || !f.to.isValid())
        return ctx.usage(u"export-log: dates are YYYY-MM-DD (got \"%1\" and \"%2\")"_s.arg(p.value(u"from"_s).left(20),
                                                                                           p.value(u"to"_s).left(20)));
    f.schoolCode = p.value(u"school"_s);
    f.staffId = p.value(u"staff"_s);
    f.method = p.value(u"method"_s);
    f.outcome = p.value(u"outcome"_s);
    f.idType = p.value(u"id-type"_s);
    if (auto s = f.check(); !s)
        return ctx.usage(u"export-log: "_s + s.message());

    Database* db = ctx.database(false);
    if (!db)
        return ctx.exitCode();
    installCancelHandler();
    int lastPercent = -1;
    auto done = VerificationLogExport(*db).run(ctx.actor(), request, [&](qint64 rows, qint64 total) {
        const int percent = total > 0 ? int(rows * 100 / total) : 100;
        if (percent != lastPercent) {
            lastPercent = percent;
            ctx.progress(u"export-log: %1/%2 verifications (%3%)"_s.arg(rows).arg(total).arg(percent), rows == total);
        }
        return !cancelRequested();
    });
    if (!done)
        return ctx.fail(done.error());
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{u"file"_s, done->path},
                                  {u"signature"_s, done->signaturePath},
                                  {u"rows"_s, done->rows},
                                  {u"bytes"_s, done->bytes},
                                  {u"pages"_s, done->pages},
                                  {u"sha256"_s, QString::fromLatin1(done->sha256.toHex())}});
        return Ok;
    }
    ctx.out() << u"exported %1 verifications to %2 (%3 bytes%4)"_s.arg(done->rows)
                     .arg(done->path)
                     .arg(done->bytes)
                     .arg(done->pages ? u", %1 pages"_s.arg(done->pages) : QString())
              << Qt::endl
              << u"signature: %1"_s.arg(done->signaturePath) << Qt::endl;
    return Ok;
}

int verifyExport(Context& ctx)
{
    QCommandLineParser p;
    p.addOption({u"sig"_s, u"The signature file (default FILE.sig)."_s, u"FILE"_s});
    p.addOption({u"pubkey"_s, u"The exporting kiosk's public key, from outside the database."_s, u"FILE"_s});
    if (!ctx.parse(p, u"verify-export"_s, 1, 1))
        return BadUsage;
    const QString path = p.positionalArguments().constFirst();
    const QString sigPath = p.isSet(u"sig"_s) ? p.value(u"sig"_s) : path + u".sig"_s;
    auto signature = VerificationLogExport::readSignature(sigPath);
    if (!signature)
        return ctx.fail(signature.error());

    // The key: --pubkey; else, for this kiosk's own exports, the key anchored outside its
    // database; else the district's device-key list as sync kept it.
    const auto pubkey = ctx.publicKeyOption(p);
    if (!pubkey)
        return ctx.exitCode();
    QByteArray key = *pubkey;
    QString source;
    if (!key.isEmpty()) {
        source = u"--pubkey %1"_s.arg(p.value(u"pubkey"_s));
    } else {
        Database* db = ctx.database(false);
        if (!db)
            return ctx.exitCode();
        if (signature->deviceId == db->deviceId()) {
            auto anchor = DeviceKeyAnchor(*db).thisDevice();
            if (!anchor)
                return ctx.fail(anchor.error());
            key = anchor->publicKey;
            source = anchor->source;
        } else {
            auto list = DeviceKeyAnchor(*db).districtKeys();
            if (!list)
                return ctx.fail(list.error());
            const DistrictDeviceKey* entry = list->forDevice(signature->deviceId);
            if (!entry)
                return ctx.fail(Error::failed(u"no key is known for device %1, which signed this export: give its "
                                              "public key with --pubkey FILE"_s.arg(signature->deviceId.left(80))));
            key = entry->publicKey;
            source = u"the district's device-key list"_s;
        }
    }
    auto check = VerificationLogExport::verify(path, sigPath, key);
    QJsonObject json{{u"genuine"_s, bool(check)},
                     {u"file"_s, path},
                     {u"device_id"_s, signature->deviceId},
                     {u"created_at"_s, signature->createdAt},
                     {u"key_source"_s, source},
                     {u"key_fingerprint"_s, key.isEmpty() ? QString() : keyFingerprint(key)}};
    if (!check) {
        if (check.error().kind != ErrorKind::Failed)
            return ctx.fail(check.error());
        json.insert(u"problem"_s, check.message());
        if (ctx.json())
            ctx.printJson(json);
        else
            ctx.out() << u"NOT GENUINE: "_s << check.message() << Qt::endl;
        return CheckFailed;
    }
    if (ctx.json()) {
        ctx.printJson(json);
        return Ok;
    }
    ctx.out() << u"GENUINE: %1 is the export device %2 signed on %3"_s.arg(QFileInfo(path).fileName(),
                                                                           signature->deviceId, signature->createdAt)
              << Qt::endl
              << u"key: %1 (fingerprint %2)"_s.arg(source, keyFingerprint(key)) << Qt::endl;
    return Ok;
}

} // namespace gd::cli
