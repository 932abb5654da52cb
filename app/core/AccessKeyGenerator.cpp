#include "core/AccessKeyGenerator.h"

#include "core/crypto/Random.h"
#include "core/crypto/RsaOaep.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Generated text goes straight into SecretBytes; the QString copy is overwritten.
Result<crypto::SecretBytes> randomSecret(int length, QStringView alphabet)
{
    auto s = crypto::randomString(length, alphabet);
    if (!s)
        return s.error();
    crypto::SecretBytes out(s->toLatin1());
    s->fill(u'\0');
    return out;
}

QString grouped(QByteArrayView text, int group)
{
    QString out;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (i && i % group == 0)
            out.append(u'-');
        out.append(QLatin1Char(text[i]));
    }
    return out;
}

} // namespace

QString KeyFormat::problem() const
{
    switch (kind) {
    case KeyKind::Pin:
        if (pinLength < 6 || pinLength > 12)
            return u"a PIN has 6 to 12 digits"_s;
        break;
    case KeyKind::AccessIdPassword:
        if (accessIdLength < 6 || accessIdLength > 16 || passwordLength < 6 || passwordLength > 16)
            return u"an Access ID and password have 6 to 16 characters each"_s;
        break;
    case KeyKind::CreationCode:
        if (codeLength < 8 || codeLength > 24)
            return u"a creation code has 8 to 24 characters"_s;
        break;
    }
    if (lifetimeDays < 0 || lifetimeDays > 366)
        return u"a key lives 0 (no expiry) to 366 days"_s;
    return {};
}

QStringList GeneratedKey::printableLines() const
{
    const QByteArrayView s = secret.view();
    switch (kind) {
    case KeyKind::Pin:
        return {QString::fromLatin1(s)};
    case KeyKind::AccessIdPassword: {
        const qsizetype colon = s.indexOf(':');
        return {grouped(s.first(colon), 4), grouped(s.sliced(colon + 1), 4)};
    }
    case KeyKind::CreationCode:
        return {grouped(s, 4)};
    }
    return {};
}

Result<GeneratedKey> AccessKeyGenerator::generate(const KeyFormat& format, QDate today)
{
    if (const QString p = format.problem(); !p.isEmpty())
        return Error::badInput(u"Key format: "_s + p);
    if (!today.isValid())
        return Error::badInput(u"Key format: no issue date"_s);
    GeneratedKey key;
    key.keyId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    key.kind = format.kind;
    if (format.lifetimeDays > 0)
        key.expiresOn = today.addDays(format.lifetimeDays);
    switch (format.kind) {
    case KeyKind::Pin: {
        auto pin = randomSecret(format.pinLength, crypto::kDigits);
        if (!pin)
            return pin.error();
        key.secret = std::move(pin).value();
        break;
    }
    case KeyKind::AccessIdPassword: {
        auto id = randomSecret(format.accessIdLength, crypto::kUnambiguousAlphabet);
        auto pw = randomSecret(format.passwordLength, crypto::kUnambiguousAlphabet);
        if (!id || !pw)
            return id ? pw.error() : id.error();
        auto both = crypto::SecretBytes::zeroed(id->size() + 1 + pw->size());
        std::copy_n(id->bytes().constData(), id->size(), both.data());
        both.data()[id->size()] = ':';
        std::copy_n(pw->bytes().constData(), pw->size(), both.data() + id->size() + 1);
        key.secret = std::move(both);
        break;
    }
    case KeyKind::CreationCode: {
        auto code = randomSecret(format.codeLength, crypto::kUnambiguousAlphabet);
        if (!code)
            return code.error();
        key.secret = std::move(code).value();
        break;
    }
    }
    return key;
}

Result<QString> AccessKeyGenerator::sealForDistrict(const GeneratedKey& key, QByteArrayView districtPublicKeyPem)
{
    if (districtPublicKeyPem.isEmpty())
        return Error::conflict(u"The district's public key is empty (setting district.public_key_file): keys "
                               "cannot be issued until an administrator sets it."_s);
    auto sealed = crypto::rsaOaepSeal(districtPublicKeyPem, key.secret.view());
    if (!sealed)
        return Error::failed(u"The key could not be sealed for the district: "_s + sealed.message());
    return QString::fromLatin1(sealed->toBase64());
}

} // namespace gd
