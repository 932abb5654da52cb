#pragma once

namespace gd::letters {

// While one of these is alive on a thread, the page streams that Qt's PDF engine writes on that
// thread are deflated with zlib's fastest level instead of its default one.
//
// Qt 6.4's PDF engine compresses every page with deflateInit(Z_DEFAULT_COMPRESSION) and offers no
// setting. A letter page is ~35 KB of text operators; at the default level deflate spent 40% of
// the time of a 1,000-letter run. The fastest level takes a third of that time, and the page
// grows from ~4.3 KB to ~6 KB. GuardianDesk's programs define zlib's deflateInit_ themselves
// (PdfStreamCompression.cpp): outside this scope it passes the caller's level through unchanged,
// so every other user of zlib in the process is untouched. TestLetterPrinting checks the level in
// the PDF's stream headers, so a Qt that compresses some other way is noticed.
class FastPdfStreams {
public:
    FastPdfStreams();
    ~FastPdfStreams();
    FastPdfStreams(const FastPdfStreams&) = delete;
    FastPdfStreams& operator=(const FastPdfStreams&) = delete;
};

} // namespace gd::letters
