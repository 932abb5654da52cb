#include "core/ExportFormat.h"

#include <QList>

using namespace Qt::Literals::StringLiterals;

namespace gd::ExportFormat {

namespace {

constexpr char kSignatureHeader[] = "GuardianDesk verification-log export signature";

bool startsLikeAFormula(QByteArrayView v)
{
    if (v.isEmpty())
        return false;
    switch (v.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        break;
    }
    // The full-width forms (U+FF1D =, U+FF0B +, U+FF0D -, U+FF20 @) that some spreadsheet
    // versions fold to their ASCII twins.
    if (v.size() < 3 || quint8(v[0]) != 0xEF)
        return false;
    const quint8 b1 = quint8(v[1]);
    const quint8 b2 = quint8(v[2]);
    return (b1 == 0xBC && (b2 == 0x9D || b2 == 0x8B || b2 == 0x8D)) || (b1 == 0xBC && b2 == 0xA0);
}

} // namespace

void appendCsvField(QByteArray& out, QByteArrayView utf8)
{
    const bool formula = startsLikeAFormula(utf8);
    bool quote = formula;
    for (char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (!utf8.isEmpty() && (utf8.front() == ' ' || utf8.back() == ' '))
        quote = true;
    if (!quote) {
        out.append(utf8);
        return;
    }
    out.append('"');
    if (formula)
        out.append('\'');
    for (char c : utf8) {
        if (c == '"')
            out.append('"');
        out.append(c);
    }
    out.append('"');
}

void appendJsonString(QByteArray& out, QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.append('"');
    for (char ch : utf8) {
        const auto c = quint8(ch);
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            if (c < 0x20 || c == '<' || c == '>' || c == '&') {
                out.append("\\u00");
                out.append(kHex[c >> 4]);
                out.append(kHex[c & 0xF]);
            } else {
                out.append(ch);
            }
        }
    }
    out.append('"');
}

QByteArray Signature::message() const
{
    return "GDE1|" + QByteArray::number(size) + '|' + sha256.toHex() + '|' + deviceId.toUtf8() + '|'
           + createdAt.toUtf8();
}

QByteArray Signature::toText() const
{
    QByteArray t = kSignatureHeader;
    t += "\nversion: 1";
    t += "\ndevice: " + deviceId.toUtf8();
    t += "\ncreated: " + createdAt.toUtf8();
    t += "\nsize: " + QByteArray::number(size);
    t += "\nsha256: " + sha256.toHex();
    t += "\nkey-fingerprint: " + keyFingerprint.toUtf8();
    t += "\nsignature: " + signature.toBase64();
    t += '\n';
    return t;
}

Result<Signature> Signature::parse(QByteArrayView text)
{
    if (text.size() > 4096)
        return Error::badInput(u"not a GuardianDesk export signature (too long)"_s);
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    if (lines.isEmpty() || lines.first().trimmed() != kSignatureHeader)
        return Error::badInput(u"not a GuardianDesk export signature (no header line)"_s);
    Signature s;
    bool versionOk = false;
    bool haveSize = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(':');
        if (colon < 0)
            return Error::badInput(u"export signature: line %1 has no \"name: value\""_s.arg(i + 1));
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "version") {
            versionOk = value == "1";
            if (!versionOk)
                return Error::badInput(u"export signature version %1 is not one this GuardianDesk reads"_s.arg(
                    QString::fromLatin1(value.left(10))));
        } else if (name == "device") {
            s.deviceId = QString::fromUtf8(value);
        } else if (name == "created") {
            s.createdAt = QString::fromUtf8(value);
        } else if (name == "size") {
            s.size = value.toLongLong(&haveSize);
        } else if (name == "sha256") {
            s.sha256 = QByteArray::fromHex(value);
        } else if (name == "key-fingerprint") {
            s.keyFingerprint = QString::fromUtf8(value);
        } else if (name == "signature") {
            auto decoded = QByteArray::fromBase64Encoding(value, QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded)
                return Error::badInput(u"export signature: the signature is not base64"_s);
            s.signature = *decoded;
        }
    }
    if (!versionOk || !haveSize || s.size < 0 || s.sha256.size() != 32 || s.signature.size() != 64
        || s.deviceId.isEmpty() || s.createdAt.isEmpty())
        return Error::badInput(u"export signature: a field is missing or malformed (version, device, created, "
                               "size, sha256, signature)"_s);
    return s;
}

} // namespace gd::ExportFormat
