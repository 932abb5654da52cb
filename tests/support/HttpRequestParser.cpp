#include "support/HttpRequestParser.h"

#include <QUrl>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

bool isDigits(QByteArrayView text)
{
    if (text.isEmpty() || text.size() > 15)
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

HttpRequestParser::HttpRequestParser(qsizetype maxBodyBytes, qsizetype maxHeaderBytes)
    : m_maxBody(maxBodyBytes)
    , m_maxHeader(maxHeaderBytes)
{
}

HttpRequestParser::State HttpRequestParser::fail(int status, QString message)
{
    m_errorStatus = status;
    m_errorMessage = std::move(message);
    return State::Failed;
}

HttpRequestParser::State HttpRequestParser::next(HttpRequest& request)
{
    if (m_errorStatus != 0)
        return State::Failed;

    // Empty lines before a request line are allowed (RFC 9112, 2.2).
    while (m_buffer.startsWith("\r\n"))
        m_buffer.remove(0, 2);

    // Judge the request line as soon as it is complete, so garbage is refused at once.
    const qsizetype lineEnd = m_buffer.indexOf("\r\n");
    if (lineEnd < 0) {
        if (m_buffer.size() > m_maxHeader)
            return fail(431, u"request line too long"_s);
        return State::NeedMore;
    }
    const QList<QByteArray> parts = m_buffer.left(lineEnd).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]) || !parts[1].startsWith('/'))
        return fail(400, u"malformed request line"_s);
    if (parts[2] != "HTTP/1.1" && parts[2] != "HTTP/1.0") {
        if (parts[2].startsWith("HTTP/"))
            return fail(505, u"only HTTP/1.1 is spoken here"_s);
        return fail(400, u"malformed request line"_s);
    }

    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0) {
        if (m_buffer.size() > m_maxHeader)
            return fail(431, u"request headers too large"_s);
        return State::NeedMore;
    }
    if (headerEnd > m_maxHeader)
        return fail(431, u"request headers too large"_s);

    HttpRequest parsed;
    parsed.method = parts[0];
    parsed.target = parts[1];
    parsed.version = parts[2];
    const qsizetype queryStart = parsed.target.indexOf('?');
    const QByteArray rawPath = queryStart < 0 ? parsed.target : parsed.target.left(queryStart);
    parsed.path = QUrl::fromPercentEncoding(rawPath);
    if (queryStart >= 0)
        parsed.query = QString::fromLatin1(parsed.target.mid(queryStart + 1));

    // headerEnd == lineEnd when the request has no header at all.
    const QByteArray headerBlock = headerEnd > lineEnd ? m_buffer.mid(lineEnd + 2, headerEnd - lineEnd - 2) : QByteArray();
    qint64 contentLength = -1;
    for (qsizetype pos = 0; pos < headerBlock.size();) {
        qsizetype end = headerBlock.indexOf("\r\n", pos);
        if (end < 0)
            end = headerBlock.size();
        const QByteArray line = headerBlock.mid(pos, end - pos);
        pos = end + 2;
        // A bare CR or LF, or a folded continuation line, is refused rather than guessed at.
        if (line.contains('\r') || line.contains('\n') || line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, u"malformed header line"_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, u"malformed header line"_s);
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            if (!isDigits(value))
                return fail(400, u"malformed Content-Length"_s);
            const qint64 length = value.toLongLong();
            if (contentLength >= 0 && contentLength != length)
                return fail(400, u"conflicting Content-Length headers"_s);
            contentLength = length;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return fail(501, u"Transfer-Encoding is not supported: send a Content-Length"_s);
        }
        parsed.headers.append({name, value});
    }
    if (contentLength > m_maxBody)
        return fail(413, u"request body too large"_s);
    if (contentLength < 0)
        contentLength = 0;

    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < contentLength)
        return State::NeedMore;
    parsed.body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);
    request = std::move(parsed);
    return State::Ready;
}

} // namespace gd::test
