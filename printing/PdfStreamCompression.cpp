#include "printing/PdfStreamCompression.h"

#include <zlib.h>

namespace gd::letters {
namespace {
thread_local int t_fastScopes = 0;
}

FastPdfStreams::FastPdfStreams()
{
    ++t_fastScopes;
}

FastPdfStreams::~FastPdfStreams()
{
    --t_fastScopes;
}

} // namespace gd::letters

// zlib's deflateInit() is a macro for deflateInit_(), which zlib itself implements as
// deflateInit2_() with its default window, memory level and strategy. The program's own definition
// comes first in the dynamic linker's search order, so Qt's PDF engine calls this one.
extern "C" __attribute__((visibility("default"))) int deflateInit_(z_streamp strm, int level, const char* version,
                                                                   int stream_size)
{
    if (level == Z_DEFAULT_COMPRESSION && gd::letters::t_fastScopes > 0)
        level = Z_BEST_SPEED;
    constexpr int kDefaultMemLevel = 8;   // zlib's DEF_MEM_LEVEL
    return deflateInit2_(strm, level, Z_DEFLATED, MAX_WBITS, kDefaultMemLevel, Z_DEFAULT_STRATEGY, version,
                         stream_size);
}
