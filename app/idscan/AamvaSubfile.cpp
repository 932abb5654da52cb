#include "idscan/AamvaSubfile.h"

#include "idscan/AamvaText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <array>

namespace gd {

namespace {

// Every data element code of the DL/ID standard, versions 01 (2000) to 11.
constexpr const char* kCodes[] = {
    "DAA", "DAB", "DAC", "DAD", "DAE", "DAF", "DAG", "DAH", "DAI", "DAJ", "DAK", "DAL", "DAM", "DAN", "DAO", "DAP",
    "DAQ", "DAR", "DAS", "DAT", "DAU", "DAV", "DAW", "DAX", "DAY", "DAZ", "DBA", "DBB", "DBC", "DBD", "DBE", "DBF",
    "DBG", "DBH", "DBI", "DBJ", "DBK", "DBL", "DBM", "DBN", "DBO", "DBP", "DBQ", "DBR", "DBS", "DCA", "DCB", "DCD",
    "DCE", "DCF", "DCG", "DCH", "DCI", "DCJ", "DCK", "DCL", "DCM", "DCN", "DCO", "DCP", "DCQ", "DCR", "DCS", "DCT",
    "DCU", "DDA", "DDB", "DDC", "DDD", "DDE", "DDF", "DDG", "DDH", "DDI", "DDJ", "DDK", "DDL",
    "PAA", "PAB", "PAC", "PAD", "PAE", "PAF"};

// Elements whose value is a date (8 digits, or 10 with dashes).
constexpr const char* kDateCodes[] = {"DBA", "DBB", "DBD", "DBE", "DBL", "DDB", "DDC", "DDH", "DDI", "DDJ"};

struct Flag {
    const char* code;
    const char* letters;   // the values it may take: always one character
};
constexpr std::array<Flag, 9> kFlags = {{{"DBC", "129MFXU"}, {"DDA", "FN"}, {"DDD", "01"}, {"DDE", "TNU"},
                                         {"DDF", "TNU"}, {"DDG", "TNU"}, {"DDK", "01"}, {"DDL", "01"}, {"DBH", "YN"}}};

template <std::size_t N>
bool isOneOf(QByteArrayView code, const char* const (&list)[N])
{
    return std::any_of(std::begin(list), std::end(list), [code](const char* c) { return code == QByteArrayView(c); });
}

const char* flagLetters(QByteArrayView code)
{
    for (const Flag& f : kFlags) {
        if (code == QByteArrayView(f.code))
            return f.letters;
    }
    return nullptr;
}

// The length of a date value at `at`: 8 digits, or 10 with two dashes (CCYY-MM-DD, MM-DD-CCYY).
qsizetype dateLength(QByteArrayView p, qsizetype at)
{
    if (at + 10 <= p.size()) {
        const QByteArrayView v = p.sliced(at, 10);
        const bool ymd = v[4] == '-' && v[7] == '-';
        const bool mdy = v[2] == '-' && v[5] == '-';
        if (ymd || mdy) {
            QByteArray digits = v.toByteArray();
            digits.replace('-', QByteArray());
            if (digits.size() == 8 && aamva::allDigits(digits))
                return 10;
        }
    }
    if (at + 8 <= p.size() && aamva::allDigits(p.sliced(at, 8)))
        return 8;
    return -1;
}

// The size of the value of `code` starting at `at` when the element has a fixed shape, -1 for
// free text, 0 when the bytes do not have the shape the element needs.
qsizetype shapedLength(QByteArrayView code, QByteArrayView p, qsizetype at)
{
    if (isOneOf(code, kDateCodes))
        return std::max<qsizetype>(0, dateLength(p, at));
    if (const char* letters = flagLetters(code))
        return at < p.size() && QByteArrayView(letters).contains(p[at]) ? 1 : 0;
    return -1;
}

bool isSubfileType(QByteArrayView t)
{
    return t == "DL" || t == "ID";
}

// A jurisdiction subfile starts with its type and its first element, "ZVZVA": what ends the
// DL/ID subfile when the segment terminator is lost.
bool isJurisdictionSubfileAt(QByteArrayView p, qsizetype i)
{
    return i + 5 <= p.size() && p[i] == 'Z' && aamva::isUpper(p[i + 1]) && p[i + 2] == 'Z' && p[i + 3] == p[i + 1]
        && aamva::isUpper(p[i + 4]);
}

bool codeAt(QByteArrayView p, qsizetype i)
{
    return i + 3 <= p.size() && AamvaSubfile::isKnownCode(p.sliced(i, 3));
}

// Where the subfile's first element starts, and its type.
struct Start {
    qsizetype at = -1;
    QByteArray type;
};

Start findStart(QByteArrayView p, const AamvaHeader& header)
{
    // The designator's offset, when it is right.
    for (const AamvaHeader::Designator& d : header.designators) {
        if (isSubfileType(d.type) && d.offset + 2 <= p.size() && p.sliced(d.offset).startsWith(d.type)
            && codeAt(p, d.offset + 2))
            return {d.offset + 2, d.type};
    }
    // The type followed by an element code, anywhere after the header.
    for (qsizetype i = header.end; i + 5 <= p.size(); ++i) {
        const QByteArrayView t = p.sliced(i, 2);
        if (isSubfileType(t) && codeAt(p, i + 2))
            return {i + 2, t.toByteArray()};
    }
    // No type before the elements: the header says which subfile it is.
    for (const AamvaHeader::Designator& d : header.designators) {
        if (!isSubfileType(d.type))
            continue;
        for (qsizetype i = header.end; i + 3 <= p.size(); ++i) {
            if (codeAt(p, i))
                return {i, d.type};
        }
    }
    return {};
}

qsizetype findEnd(QByteArrayView p, qsizetype from)
{
    for (qsizetype i = from; i < p.size(); ++i) {
        if (isJurisdictionSubfileAt(p, i))
            return i;
    }
    return p.size();
}

void keep(AamvaSubfile& out, const QList<QByteArrayView>& wanted, QByteArrayView code, QByteArrayView value)
{
    const QByteArray key = code.toByteArray();
    if (!wanted.contains(code) || out.elements.contains(key))
        return;
    out.elements.insert(key, aamva::valueText(value));
}

// Separators present: each piece between them is one element.
void splitAtSeparators(AamvaSubfile& out, QByteArrayView body, const QList<QByteArrayView>& wanted)
{
    qsizetype start = 0;
    for (qsizetype i = 0; i <= body.size(); ++i) {
        if (i < body.size() && !aamva::isControl(body[i]))
            continue;
        const QByteArrayView piece = body.sliced(start, i - start);
        if (piece.size() >= 3)
            keep(out, wanted, piece.first(3), piece.sliced(3));
        start = i + 1;
    }
}

// Every separator lost: elements end where the next known code with a well-shaped value starts.
void splitAtCodes(AamvaSubfile& out, QByteArrayView body, const QList<QByteArrayView>& wanted)
{
    QSet<QByteArray> seen;
    qsizetype at = 0;
    while (at < body.size() && aamva::isControl(body[at]))
        ++at;
    while (codeAt(body, at)) {
        const QByteArrayView code = body.sliced(at, 3);
        seen.insert(code.toByteArray());
        const qsizetype valueAt = at + 3;
        qsizetype next = body.size();
        const qsizetype fixed = shapedLength(code, body, valueAt);
        if (fixed > 0 && (valueAt + fixed == body.size() || codeAt(body, valueAt + fixed))) {
            next = valueAt + fixed;
        } else if (fixed < 0 && codeAt(body, valueAt) && !seen.contains(body.sliced(valueAt, 3).toByteArray())
                   && shapedLength(body.sliced(valueAt, 3), body, valueAt + 3) > 0) {
            // An empty text element (no middle name: "DAD" then "DDGN"). Only a code whose value
            // has its fixed shape counts here: a name may well start with "DAV" or "DCR".
            next = valueAt;
        } else {
            for (qsizetype i = valueAt + 1; i + 3 <= body.size(); ++i) {
                const QByteArrayView candidate = body.sliced(i, 3);
                if (AamvaSubfile::isKnownCode(candidate) && !seen.contains(candidate.toByteArray())
                    && shapedLength(candidate, body, i + 3) != 0) {
                    next = i;
                    break;
                }
            }
        }
        keep(out, wanted, code, body.sliced(valueAt, next - valueAt));
        at = next;
    }
}

} // namespace

bool AamvaSubfile::isKnownCode(QByteArrayView code)
{
    // Every standard code starts with D or P: most positions of a value fail at the first byte.
    return code.size() == 3 && (code[0] == 'D' || code[0] == 'P') && isOneOf(code, kCodes);
}

Result<AamvaSubfile> AamvaSubfile::read(QByteArrayView p, const AamvaHeader& header, const QList<QByteArrayView>& wanted)
{
    const Start start = findStart(p, header);
    if (start.at < 0)
        return Error::badInput(QCoreApplication::translate("IdScan",
            "The barcode of this card has no licence or ID section (subfile DL or ID), only its header. Scan it "
            "again, or type the details from the card."));
    const qsizetype end = findEnd(p, start.at);
    const QByteArrayView body = p.sliced(start.at, end - start.at);
    AamvaSubfile out;
    out.type = start.type;
    const auto separators = std::count_if(body.begin(), body.end(), [](char c) { return aamva::isControl(c); });
    // One separator may be the segment terminator alone: with fewer than two the elements
    // themselves have lost theirs.
    if (separators >= 2)
        splitAtSeparators(out, body, wanted);
    else
        splitAtCodes(out, body, wanted);
    return out;
}

} // namespace gd
