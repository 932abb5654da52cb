#pragma once

#include "support/HttpRequest.h"

namespace gd::test {

// An incremental HTTP/1.1 request parser: bytes go in as they arrive, whole requests come out.
// Bodies are framed by Content-Length only (the kiosk never sends chunked bodies); anything
// the parser does not understand is an error the server answers with 400 and a closed
// connection, never a guess.
class HttpRequestParser {
public:
    enum class State { NeedMore, Ready, Failed };

    explicit HttpRequestParser(qsizetype maxBodyBytes = 8 * 1024 * 1024, qsizetype maxHeaderBytes = 32 * 1024);

    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }

    // Ready: request holds the next request and its bytes are consumed. Failed: the stream is
    // broken; errorStatus() (400, 413, 431, 501, 505) and errorMessage() say why.
    State next(HttpRequest& request);

    int errorStatus() const { return m_errorStatus; }
    QString errorMessage() const { return m_errorMessage; }

private:
    State fail(int status, QString message);

    QByteArray m_buffer;
    qsizetype m_maxBody;
    qsizetype m_maxHeader;
    int m_errorStatus = 0;
    QString m_errorMessage;
};

} // namespace gd::test
