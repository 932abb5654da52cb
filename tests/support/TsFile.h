#pragma once

// Reading Qt Linguist .ts files in the translation tests (the kiosk's and the letters'): every
// message with its context, source, translation(s) and state, and the %-placeholders of a text.

#include <QFile>
#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace gd::test {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString type;              // "", "unfinished", "vanished", "obsolete"
    QStringList translations;  // one, or the numerus forms

    bool unfinished() const { return type == u"unfinished"; }
    QString translation() const { return translations.value(0); }
    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

// The messages in file order; `error` says why the file could not be read.
inline QList<TsMessage> readTs(const QString& path, QString* error)
{
    QList<TsMessage> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return messages;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name") {
                context = xml.readElementText();
            } else if (name == u"message") {
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
            } else if (name == u"source") {
                current.source = xml.readElementText();
            } else if (name == u"comment") {
                current.comment = xml.readElementText();
            } else if (name == u"translation") {
                current.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (!current.numerus)
                    current.translations << xml.readElementText();
            } else if (name == u"numerusform") {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return messages;
}

// The same messages by TsMessage::key().
inline QHash<QString, TsMessage> byKey(const QList<TsMessage>& messages)
{
    QHash<QString, TsMessage> out;
    for (const TsMessage& m : messages)
        out.insert(m.key(), m);
    return out;
}

// The placeholders of a text (%1, %L1, %n), sorted; a repeated one counts each time.
inline QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(L?[0-9]+|n)"));
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    found.sort();
    return found;
}

} // namespace gd::test
