#pragma once

// A strict RFC 4180 reader for the tests, written from the RFC and independent of the writer:
// a quote inside an unquoted field, text after a closing quote or an unterminated quote is an
// error, not a guess. Records end with CRLF (a bare LF inside quotes is data).

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd::test {

inline std::optional<QList<QStringList>> readCsv(const QByteArray& bytes, QString* error = nullptr)
{
    const auto fail = [error](const QString& why) -> std::optional<QList<QStringList>> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QList<QStringList> records;
    QStringList record;
    QByteArray field;
    enum { FieldStart, Unquoted, Quoted, QuoteInQuoted } state = FieldStart;
    const auto endField = [&] {
        record.append(QString::fromUtf8(field));
        field.clear();
    };
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        switch (state) {
        case FieldStart:
        case Unquoted:
            if (c == '"') {
                if (state == Unquoted)
                    return fail(QStringLiteral("quote inside an unquoted field at byte %1").arg(i));
                state = Quoted;
            } else if (c == ',') {
                endField();
                state = FieldStart;
            } else if (c == '\r') {
                if (i + 1 >= bytes.size() || bytes[i + 1] != '\n')
                    return fail(QStringLiteral("bare CR at byte %1").arg(i));
                ++i;
                endField();
                records.append(record);
                record.clear();
                state = FieldStart;
            } else if (c == '\n') {
                return fail(QStringLiteral("bare LF outside quotes at byte %1").arg(i));
            } else {
                field.append(c);
                state = Unquoted;
            }
            break;
        case Quoted:
            if (c == '"')
                state = QuoteInQuoted;
            else
                field.append(c);
            break;
        case QuoteInQuoted:
            if (c == '"') {
                field.append('"');
                state = Quoted;
            } else if (c == ',') {
                endField();
                state = FieldStart;
            } else if (c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') {
                ++i;
                endField();
                records.append(record);
                record.clear();
                state = FieldStart;
            } else {
                return fail(QStringLiteral("text after a closing quote at byte %1").arg(i));
            }
            break;
        }
    }
    if (state == Quoted)
        return fail(QStringLiteral("unterminated quoted field"));
    if (state != FieldStart || !field.isEmpty() || !record.isEmpty()) {
        endField();
        records.append(record);
    }
    return records;
}

} // namespace gd::test
