#include "sync/DistrictEndpoint.h"

#include <QByteArray>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Header-safe identifiers: letters, digits and . _ - only.
bool isPlainIdentifier(const QString& text)
{
    if (text.isEmpty() || text.size() > 128)
        return false;
    for (const QChar c : text) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9')
            || c == u'.' || c == u'_' || c == u'-';
        if (!ok)
            return false;
    }
    return true;
}

} // namespace

QString DistrictEndpoint::plainHttpRefused()
{
    return u"plain http is refused: the district server must use https"_s;
}

Status DistrictEndpoint::validate() const
{
    if (baseUrl.isEmpty())
        return Error::badInput(u"the district server address is missing"_s);
    if (!baseUrl.isValid())
        return Error::badInput(u"the district server address is not a valid URL: %1"_s.arg(baseUrl.errorString()));
    const QString scheme = baseUrl.scheme().toLower();
    if (scheme == u"http")
        return Error::badInput(plainHttpRefused());
    if (scheme != u"https")
        return Error::badInput(u"the district server address must start with https://"_s);
    if (baseUrl.host().isEmpty())
        return Error::badInput(u"the district server address has no host name"_s);
    if (!baseUrl.userInfo().isEmpty())
        return Error::badInput(u"the district server address must not hold a user name or password"_s);
    if (baseUrl.hasQuery() || baseUrl.hasFragment())
        return Error::badInput(u"the district server address must not hold a query or fragment"_s);
    if (!spkiPin.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(spkiPin.trimmed().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded || decoded.decoded.size() != 32)
            return Error::badInput(u"the public key pin must be the base64 of a SHA-256 digest (44 characters)"_s);
    }
    if (deviceId.isEmpty())
        return Error::badInput(u"the device id is missing"_s);
    if (!isPlainIdentifier(deviceId))
        return Error::badInput(u"the device id may hold only letters, digits, '.', '_' and '-'"_s);
    // RFC 6749 allows any visible ASCII in a client id; it is form-encoded on the wire.
    for (const QChar c : clientId) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return Error::badInput(u"the client id may hold only visible ASCII characters"_s);
    }
    return {};
}

QUrl DistrictEndpoint::urlFor(QStringView relativePath) const
{
    QUrl url = baseUrl;
    QString path = url.path();
    if (!path.endsWith(u'/'))
        path += u'/';
    while (relativePath.startsWith(u'/'))
        relativePath = relativePath.mid(1);
    url.setPath(path + relativePath);
    return url;
}

} // namespace gd
