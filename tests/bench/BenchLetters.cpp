// bench_letters: 1,000 sealed access-key letters with QR seals into one PDF, timed; and, when
// LibreOffice is installed, the same letters made from one ODT by `soffice --headless
// --convert-to pdf` in one process, for the ratio. Prints one JSON line (and appends it to --out).
//
//   bench_letters [--letters 1000] [--soffice-letters N] [--out results.jsonl] [--keep DIR]
//                 [--skip-mixed] [--skip-soffice]

#include "LetterSamples.h"

#include "core/LetterSeal.h"
#include "printing/LetterDocument.h"
#include "printing/LetterLanguage.h"
#include "printing/QrCodeRenderer.h"

#include <QBuffer>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <array>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

// --- A minimal ODT (zip, stored entries) -------------------------------------------------------

quint32 crc32(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 i = 0; i < 256; ++i) {
            quint32 c = i;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[i] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (char ch : data)
        c = table[(c ^ quint8(ch)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

class ZipWriter {
public:
    void add(const QByteArray& name, const QByteArray& data)
    {
        Entry e{name, crc32(data), quint32(data.size()), quint32(m_out.size())};
        put32(0x04034b50);
        put16(10); put16(0); put16(0); put16(0); put16(0x21);   // version, flags, stored, time, date
        put32(e.crc); put32(e.size); put32(e.size);
        put16(quint16(name.size())); put16(0);
        m_out += name;
        m_out += data;
        m_entries.push_back(e);
    }

    QByteArray finish()
    {
        const quint32 start = quint32(m_out.size());
        for (const Entry& e : m_entries) {
            put32(0x02014b50);
            put16(20); put16(10); put16(0); put16(0); put16(0); put16(0x21);
            put32(e.crc); put32(e.size); put32(e.size);
            put16(quint16(e.name.size())); put16(0); put16(0); put16(0); put16(0); put32(0);
            put32(e.offset);
            m_out += e.name;
        }
        const quint32 size = quint32(m_out.size()) - start;
        put32(0x06054b50);
        put16(0); put16(0); put16(quint16(m_entries.size())); put16(quint16(m_entries.size()));
        put32(size); put32(start); put16(0);
        return m_out;
    }

private:
    struct Entry {
        QByteArray name;
        quint32 crc;
        quint32 size;
        quint32 offset;
    };
    void put16(quint16 v) { m_out.append(char(v & 0xFF)).append(char(v >> 8)); }
    void put32(quint32 v) { put16(quint16(v & 0xFFFF)); put16(quint16(v >> 16)); }
    QByteArray m_out;
    std::vector<Entry> m_entries;
};

QString x(const QString& s)
{
    return s.toHtmlEscaped();
}

// The same letters as an ODT document: the same words, addresses, key table and QR seal image,
// one letter per page.
QByteArray odtLetters(int count, const crypto::Ed25519Key& device)
{
    ZipWriter zip;
    zip.add("mimetype", "application/vnd.oasis.opendocument.text");
    const QByteArray ns = R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" office:version="1.2")";
    QByteArray manifest = R"(<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>)";
    const QByteArray styles = R"(<?xml version="1.0" encoding="UTF-8"?><office:document-styles )" + ns
        + R"(><office:font-face-decls><style:font-face style:name="Noto Sans" svg:font-family="'Noto Sans'"/></office:font-face-decls><office:styles><style:default-style style:family="paragraph"><style:text-properties style:font-name="Noto Sans" fo:font-size="9pt"/></style:default-style></office:styles><office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" fo:margin-top="0.4in" fo:margin-bottom="0.4in" fo:margin-left="0.5in" fo:margin-right="0.5in"/></style:page-layout></office:automatic-styles><office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles></office:document-styles>)";

    QString body;
    QTextStream out(&body);
    for (int n = 0; n < count; ++n) {
        LetterContent c = samples::letter(LetterLanguage::English, LetterLayout::Trifold, device, n);
        QBuffer png;
        png.open(QIODevice::WriteOnly);
        QrCodeRenderer::render(c.sealPayload, 4)->save(&png, "PNG");
        const QByteArray picture = "Pictures/qr" + QByteArray::number(n) + ".png";
        zip.add(picture, png.data());
        manifest += R"(<manifest:file-entry manifest:full-path=")" + picture + R"(" manifest:media-type="image/png"/>)";
        const QStringList secrets = samples::secretsOf(n);
        out << "<text:p text:style-name=\"" << (n == 0 ? "P" : "Break") << "\">" << x(c.school.schoolName) << "</text:p>"
            << "<text:p text:style-name=\"Small\">" << x(c.school.districtName) << "</text:p>"
            << "<text:p text:style-name=\"Small\">" << x(c.school.address.line1) << "</text:p>"
            << "<text:p text:style-name=\"Small\">" << x(c.school.address.city) << ", CA 91101</text:p>"
            << "<text:p text:style-name=\"Title\">Your parent portal access key</text:p>"
            << "<text:p>Personal and confidential</text:p><text:p>Issued September 1, 2026</text:p>"
            << "<text:p>Letter number: " << x(c.serial) << "</text:p>"
            << "<text:p text:style-name=\"Address\">" << x(c.guardianName) << "</text:p>"
            << "<text:p text:style-name=\"Address\">4821 Orchard Street</text:p><text:p text:style-name=\"Address\">Apt 3B</text:p>"
            << "<text:p text:style-name=\"Address\">Springfield, CA 91104</text:p>"
            << "<text:p text:style-name=\"Bold\">Dear " << x(c.guardianName) << ",</text:p>"
            << "<text:p>The school has confirmed that you are a parent or guardian on record of the students named below. "
               "With the keys in this letter you can link them to your parent portal account and follow their "
               "attendance, grades and school news online.</text:p>"
            << "<table:table table:name=\"Keys" << n << "\"><table:table-column table:number-columns-repeated=\"3\"/>"
            << "<table:table-row><table:table-cell><text:p>Student</text:p></table:table-cell><table:table-cell><text:p>Key</text:p></table:table-cell><table:table-cell><text:p>Use by</text:p></table:table-cell></table:table-row>"
            << "<table:table-row><table:table-cell><text:p>Daniel Garcia</text:p><text:p>Student ID: 100234567</text:p></table:table-cell>"
            << "<table:table-cell><text:p>Account creation code</text:p><text:p text:style-name=\"Code\">" << secrets[0] << "</text:p></table:table-cell>"
            << "<table:table-cell><text:p>October 1, 2026</text:p></table:table-cell></table:table-row>"
            << "<table:table-row><table:table-cell><text:p>Sofia Garcia</text:p><text:p>Student ID: 100234568</text:p></table:table-cell>"
            << "<table:table-cell><text:p>Access ID " << secrets[2] << "</text:p><text:p>Access password " << secrets[1] << "</text:p></table:table-cell>"
            << "<table:table-cell><text:p>-</text:p></table:table-cell></table:table-row></table:table>"
            << "<text:p text:style-name=\"Bold\">If this letter reached you already opened or damaged, do not use the keys. "
               "Call the school at (626) 555-0142: it will cancel them and give you new ones.</text:p>"
            << "<text:p text:style-name=\"Bold\">How to connect your account</text:p>"
            << "<text:list><text:list-item><text:p>Go to " << x(c.portalUrl) << " on a computer or phone.</text:p></text:list-item>"
            << "<text:list-item><text:p>Create a parent account with your own e-mail address, or sign in if you already have one.</text:p></text:list-item>"
            << "<text:list-item><text:p>Choose “Add student”. Type the student ID and the key exactly as they are printed in this letter.</text:p></text:list-item>"
            << "<text:list-item><text:p>Repeat for each student. Each key works only for the student named next to it, and only once.</text:p></text:list-item>"
            << "<text:list-item><text:p>Keep this letter in a safe place. School staff will never ask you for your key by phone, e-mail or text message.</text:p></text:list-item></text:list>"
            << "<text:p>Questions? Call the school at (626) 555-0142.</text:p>"
            << "<text:p><draw:frame draw:name=\"Seal" << n << "\" text:anchor-type=\"as-char\" svg:width=\"1.15in\" svg:height=\"1.15in\">"
            << "<draw:image xlink:href=\"" << picture << "\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame></text:p>"
            << "<text:p text:style-name=\"Small\">" << x(c.serial) << " · 1234 · " << x(c.school.schoolName) << "</text:p>";
    }
    out.flush();
    const QByteArray content = R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )" + ns
        + R"(><office:automatic-styles><style:style style:name="Break" style:family="paragraph"><style:paragraph-properties fo:break-before="page"/><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="P" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="7.5pt"/></style:style><style:style style:name="Title" style:family="paragraph"><style:text-properties fo:font-size="13pt" fo:font-weight="bold"/></style:style><style:style style:name="Address" style:family="paragraph"><style:paragraph-properties fo:margin-left="0.4in"/><style:text-properties fo:font-size="10.5pt"/></style:style><style:style style:name="Bold" style:family="paragraph"><style:text-properties fo:font-weight="bold"/></style:style><style:style style:name="Code" style:family="paragraph"><style:text-properties fo:font-size="11.5pt" fo:font-weight="bold"/></style:style></office:automatic-styles><office:body><office:text>)"
        + body.toUtf8() + R"(</office:text></office:body></office:document-content>)";
    manifest += "</manifest:manifest>";
    zip.add("content.xml", content);
    zip.add("styles.xml", styles);
    zip.add("META-INF/manifest.xml", manifest);
    return zip.finish();
}

int pdfPages(const QString& pdf)
{
    const QString pdfinfo = QStandardPaths::findExecutable(u"pdfinfo"_s);
    if (pdfinfo.isEmpty())
        return -1;
    QProcess p;
    p.start(pdfinfo, {pdf});
    p.waitForFinished(60000);
    for (const QByteArray& line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("Pages:"))
            return line.mid(6).trimmed().toInt();
    }
    return -1;
}

// CPU time of this process: on a shared machine wall time also counts other people's work.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// CPU time of the finished child processes (LibreOffice).
double childrenCpuMs()
{
    rusage u{};
    getrusage(RUSAGE_CHILDREN, &u);
    return (double(u.ru_utime.tv_sec) + double(u.ru_stime.tv_sec)) * 1e3
        + (double(u.ru_utime.tv_usec) + double(u.ru_stime.tv_usec)) / 1e3;
}

struct RunResult {
    double ms = 0;
    double cpu = 0;
    qint64 bytes = 0;
    int pages = 0;
    QString error;
};

// Renders `letters` (already sealed, secrets ready) into one PDF in memory.
RunResult renderPdf(std::vector<LetterContent>& letters, QByteArray* pdf)
{
    RunResult r;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QElapsedTimer t;
    t.start();
    const double cpu0 = cpuMs();
    auto doc = LetterDocument::createPdf(&buffer, {}, u"bench_letters"_s);
    if (!doc) {
        r.error = doc.message();
        return r;
    }
    for (LetterContent& c : letters) {
        auto item = (*doc)->addAccessKeyLetter(c);
        if (!item) {
            r.error = item.message();
            return r;
        }
    }
    if (Status ok = (*doc)->finish(); !ok) {
        r.error = ok.message();
        return r;
    }
    r.ms = t.nsecsElapsed() / 1e6;
    r.cpu = cpuMs() - cpu0;
    r.pages = (*doc)->pageCount();
    r.bytes = buffer.size();
    if (pdf)
        *pdf = buffer.data();
    return r;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({u"letters"_s, u"Letters in the PDF (default 1000)."_s, u"n"_s, u"1000"_s});
    parser.addOption({u"soffice-letters"_s, u"Letters in the LibreOffice run (default: the same)."_s, u"n"_s});
    parser.addOption({u"out"_s, u"Append the JSON line to this file."_s, u"file"_s});
    parser.addOption({u"keep"_s, u"Keep the PDFs and the ODT in this folder."_s, u"dir"_s});
    parser.addOption({u"skip-mixed"_s, u"Leave out the run across every language."_s});
    parser.addOption({u"skip-soffice"_s, u"Leave out the LibreOffice comparison (profiling)."_s});
    parser.process(app);
    const int count = std::max(1, parser.value(u"letters"_s).toInt());
    const int sofficeCount = parser.isSet(u"soffice-letters"_s) ? std::max(1, parser.value(u"soffice-letters"_s).toInt()) : count;

    const crypto::Ed25519Key device = samples::deviceKey();
    QJsonObject result{{u"bench"_s, u"letters"_s}, {u"letters"_s, count}, {u"layout"_s, u"trifold"_s}, {u"language"_s, u"en"_s},
                       {u"target_ms_per_letter"_s, 3}, {u"target_ratio"_s, 15}};

    // Sealing is part of issuing a key, not of printing; it is timed on its own.
    QElapsedTimer t;
    t.start();
    std::vector<LetterContent> letters;
    letters.reserve(size_t(count));
    for (int n = 0; n < count; ++n)
        letters.push_back(samples::letter(LetterLanguage::English, LetterLayout::Trifold, device, n));
    result[u"prepare_and_seal_ms_per_letter"_s] = t.nsecsElapsed() / 1e6 / count;

    QByteArray pdf;
    const RunResult ours = renderPdf(letters, &pdf);
    if (!ours.error.isEmpty()) {
        std::fprintf(stderr, "bench_letters: %s\n", qPrintable(ours.error));
        return 1;
    }
    const double perLetter = ours.ms / count;
    result[u"ms_per_letter"_s] = perLetter;
    result[u"cpu_ms_per_letter"_s] = ours.cpu / count;
    result[u"total_ms"_s] = ours.ms;
    result[u"pages"_s] = ours.pages;
    result[u"pdf_bytes"_s] = double(ours.bytes);
    // Page streams deflated at zlib's fastest level (printing/PdfStreamCompression.h): every page's
    // content stream starts with the zlib header 78 01.
    result[u"fast_page_deflate"_s] = pdf.count(QByteArrayView("stream\n\x78\x01")) >= ours.pages;

    // The same count again, cycling through every letter language and both layouts.
    if (!parser.isSet(u"skip-mixed"_s)) {
        const QList<LetterLanguage> languages = allLetterLanguages();
        std::vector<LetterContent> mixed;
        mixed.reserve(size_t(count));
        for (int n = 0; n < count; ++n)
            mixed.push_back(samples::letter(languages[n % languages.size()],
                                            n % 2 ? LetterLayout::PressureSeal : LetterLayout::Trifold, device, n));
        const RunResult m = renderPdf(mixed, nullptr);
        if (m.error.isEmpty()) {
            result[u"mixed_languages_ms_per_letter"_s] = m.ms / count;
            result[u"mixed_languages_cpu_ms_per_letter"_s] = m.cpu / count;
        }
        else
            result[u"mixed_languages_error"_s] = m.error;
    }

    QTemporaryDir work;
    const QString keep = parser.value(u"keep"_s);
    const QString dir = keep.isEmpty() ? work.path() : keep;
    QDir().mkpath(dir);
    if (!keep.isEmpty()) {
        QFile f(dir + u"/bench-letters-qt.pdf"_s);
        if (f.open(QIODevice::WriteOnly))
            f.write(pdf);
    }

    const QString found = QStandardPaths::findExecutable(u"soffice"_s);
    const QString soffice = parser.isSet(u"skip-soffice"_s) ? QString() : found;
    QJsonObject lo{{u"installed"_s, !found.isEmpty()}};
    if (parser.isSet(u"skip-soffice"_s)) {
        lo[u"note"_s] = u"left out (--skip-soffice)"_s;
    } else if (soffice.isEmpty()) {
        lo[u"note"_s] = u"soffice is not installed (Debian: libreoffice-writer-nogui): no comparison"_s;
    } else {
        const QString odt = dir + u"/bench-letters.odt"_s;
        QFile f(odt);
        if (!f.open(QIODevice::WriteOnly) || f.write(odtLetters(sofficeCount, device)) < 0) {
            lo[u"error"_s] = u"could not write the ODT"_s;
        } else {
            f.close();
            const QString profile = u"-env:UserInstallation=file://"_s + work.path() + u"/lo-profile"_s;
            const QStringList common{u"--headless"_s, u"--norestore"_s, profile, u"--convert-to"_s, u"pdf"_s, u"--outdir"_s, dir};
            // A first run creates LibreOffice's profile; it is not part of the figure.
            const QString warm = dir + u"/warm-up.odt"_s;
            QFile w(warm);
            if (w.open(QIODevice::WriteOnly))
                w.write(odtLetters(1, device));
            w.close();
            QProcess::execute(soffice, common + QStringList{warm});
            QElapsedTimer lt;
            lt.start();
            const double childCpu0 = childrenCpuMs();
            QProcess p;
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(soffice, common + QStringList{odt});
            const bool finished = p.waitForFinished(30 * 60 * 1000);
            const double ms = lt.nsecsElapsed() / 1e6;
            const double childCpu = childrenCpuMs() - childCpu0;
            const QString loPdf = QString(odt).replace(u".odt"_s, u".pdf"_s);
            if (!finished || p.exitCode() != 0 || !QFile::exists(loPdf)) {
                lo[u"error"_s] = QString(u"soffice failed: "_s + QString::fromUtf8(p.readAll()).trimmed());
            } else {
                lo[u"letters"_s] = sofficeCount;
                lo[u"total_ms"_s] = ms;
                lo[u"ms_per_letter"_s] = ms / sofficeCount;
                lo[u"cpu_ms_per_letter"_s] = childCpu / sofficeCount;
                // On a shared machine the CPU-time ratio is the steadier of the two.
                result[u"ratio_cpu"_s] = (childCpu / sofficeCount) / (ours.cpu / count);
                lo[u"pages"_s] = pdfPages(loPdf);
                result[u"ratio"_s] = (ms / sofficeCount) / perLetter;
                result[u"ratio_pass"_s] = (ms / sofficeCount) / perLetter >= 15;
            }
        }
    }
    result[u"soffice"_s] = lo;
    result[u"pass"_s] = perLetter < 3;

    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::printf("%s\n", line.constData());
    if (parser.isSet(u"out"_s)) {
        QFile f(parser.value(u"out"_s));
        if (f.open(QIODevice::Append))
            f.write(line + '\n');
    }
    return 0;
}
