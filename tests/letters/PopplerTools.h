#pragma once

// The poppler-utils command-line tools (pdfinfo, pdffonts, pdftotext, pdftoppm): the letters are
// checked with what a reader's PDF viewer sees, not with Qt reading back its own output.

#include <QByteArray>
#include <QImage>
#include <QProcess>
#include <QRectF>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace gd::poppler {

using namespace Qt::Literals::StringLiterals;

struct Run {
    bool ok = false;
    QByteArray out;
    QString error;
};

inline QString missingTools()
{
    QStringList missing;
    for (const QString& tool : {u"pdfinfo"_s, u"pdffonts"_s, u"pdftotext"_s, u"pdftoppm"_s}) {
        if (QStandardPaths::findExecutable(tool).isEmpty())
            missing << tool;
    }
    return missing.join(u", "_s);
}

inline Run run(const QString& tool, const QStringList& args)
{
    Run r;
    const QString exe = QStandardPaths::findExecutable(tool);
    if (exe.isEmpty()) {
        r.error = tool + u" is not installed (Debian package poppler-utils)"_s;
        return r;
    }
    QProcess p;
    p.start(exe, args);
    if (!p.waitForFinished(120000)) {
        r.error = tool + u" did not finish"_s;
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.ok = p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!r.ok)
        r.error = tool + u" failed: "_s + QString::fromUtf8(p.readAllStandardError());
    return r;
}

inline int pageCount(const QString& pdf)
{
    const Run r = run(u"pdfinfo"_s, {pdf});
    for (const QByteArray& line : r.out.split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

inline QByteArray info(const QString& pdf)
{
    return run(u"pdfinfo"_s, {pdf}).out;
}

struct FontRow {
    QString name;
    QString type;
    bool embedded = false;
};

// pdffonts rows: "name type encoding emb sub uni object ID"; the name and type may hold spaces,
// so the flags are read from the right.
inline QList<FontRow> fonts(const QString& pdf)
{
    QList<FontRow> rows;
    const Run r = run(u"pdffonts"_s, {pdf});
    const QList<QByteArray> lines = r.out.split('\n');
    for (qsizetype i = 2; i < lines.size(); ++i) {
        const QList<QByteArray> t = lines[i].simplified().split(' ');
        if (t.size() < 7)
            continue;
        FontRow row;
        row.name = QString::fromUtf8(t.front());
        row.embedded = t[t.size() - 5] == "yes";
        QByteArrayList type = t.mid(1, t.size() - 7);
        row.type = QString::fromUtf8(type.join(' '));
        rows << row;
    }
    return rows;
}

inline QString text(const QString& pdf, int page = 0)
{
    QStringList args{u"-enc"_s, u"UTF-8"_s};
    if (page > 0)
        args << u"-f"_s << QString::number(page) << u"-l"_s << QString::number(page);
    args << pdf << u"-"_s;
    return QString::fromUtf8(run(u"pdftotext"_s, args).out);
}

struct Word {
    QString text;
    QRectF box;   // points, from the page's top-left corner
};

// The words of one page with their boxes (pdftotext -bbox).
inline QList<Word> words(const QString& pdf, int page)
{
    const Run r = run(u"pdftotext"_s, {u"-bbox"_s, u"-enc"_s, u"UTF-8"_s, u"-f"_s, QString::number(page), u"-l"_s,
                                       QString::number(page), pdf, u"-"_s});
    QList<Word> out;
    static const QRegularExpression re(
        uR"re(<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>)re"_s);
    for (auto it = re.globalMatch(QString::fromUtf8(r.out)); it.hasNext();) {
        const auto m = it.next();
        const QPointF from(m.captured(1).toDouble(), m.captured(2).toDouble());
        const QPointF to(m.captured(3).toDouble(), m.captured(4).toDouble());
        out.append({m.captured(5), QRectF(from, to)});
    }
    return out;
}

// Pairs of words whose inner parts (a quarter in from each edge) overlap: text printed over text.
inline QStringList overlappingWords(const QList<Word>& words)
{
    QStringList clashes;
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QRectF& a = words[i].box;
        const QRectF ai = a.adjusted(a.width() / 4, a.height() / 4, -a.width() / 4, -a.height() / 4);
        for (qsizetype j = i + 1; j < words.size(); ++j) {
            const QRectF& b = words[j].box;
            const QRectF bi = b.adjusted(b.width() / 4, b.height() / 4, -b.width() / 4, -b.height() / 4);
            if (ai.intersects(bi))
                clashes << words[i].text + u" / "_s + words[j].text;
        }
    }
    return clashes;
}

// One page as an image, the way a scanner or a phone would see the printed sheet.
inline QImage pageImage(const QString& pdf, int page, int dpi = 200)
{
    QTemporaryDir dir;
    const QString prefix = dir.filePath(u"page"_s);
    const Run r = run(u"pdftoppm"_s, {u"-r"_s, QString::number(dpi), u"-png"_s, u"-singlefile"_s, u"-f"_s,
                                      QString::number(page), u"-l"_s, QString::number(page), pdf, prefix});
    if (!r.ok)
        return {};
    return QImage(prefix + u".png"_s);
}

} // namespace gd::poppler
