#include "printing/QrEncoder.h"

#include <QString>

#include <array>
#include <cstdlib>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

// Error correction codewords per block and number of blocks, by level (L, M, Q, H) and version
// (ISO/IEC 18004:2015, table 9). Index 0 is unused.
constexpr std::array<std::array<int, 41>, 4> kEccPerBlock = {{
    {-1, 7, 10, 15, 20, 26, 18, 20, 24, 30, 18, 20, 24, 26, 30, 22, 24, 28, 30, 28, 28, 28, 28, 30, 30, 26, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {-1, 10, 16, 26, 18, 24, 16, 18, 22, 22, 26, 30, 22, 22, 24, 24, 28, 28, 26, 26, 26, 26, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28, 28},
    {-1, 13, 22, 18, 26, 18, 24, 18, 22, 20, 24, 28, 26, 24, 20, 30, 24, 28, 28, 26, 30, 28, 30, 30, 30, 30, 28, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
    {-1, 17, 28, 22, 16, 22, 28, 26, 26, 24, 28, 24, 28, 22, 24, 24, 30, 28, 28, 26, 28, 30, 24, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30, 30},
}};
constexpr std::array<std::array<int, 41>, 4> kBlocks = {{
    {-1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 4, 6, 6, 6, 6, 7, 8, 8, 9, 9, 10, 12, 12, 12, 13, 14, 15, 16, 17, 18, 19, 19, 20, 21, 22, 24, 25},
    {-1, 1, 1, 1, 2, 2, 4, 4, 4, 5, 5, 5, 8, 9, 9, 10, 10, 11, 13, 14, 16, 17, 17, 18, 20, 21, 23, 25, 26, 28, 29, 31, 33, 35, 37, 38, 40, 43, 45, 47, 49},
    {-1, 1, 1, 2, 2, 4, 4, 6, 6, 8, 8, 8, 10, 12, 16, 12, 17, 16, 18, 21, 20, 23, 23, 25, 27, 29, 34, 34, 35, 38, 40, 43, 45, 48, 51, 53, 56, 59, 62, 65, 68},
    {-1, 1, 1, 2, 4, 4, 4, 5, 6, 8, 8, 11, 11, 16, 16, 18, 16, 19, 21, 25, 25, 25, 34, 30, 32, 35, 37, 40, 42, 45, 48, 51, 54, 57, 60, 63, 66, 70, 74, 77, 81},
}};
// The two format-information bits of each level.
constexpr std::array<int, 4> kFormatBits = {1, 0, 3, 2};

// Modules that carry data and error correction in a symbol of `version`.
int rawDataModules(int version)
{
    int result = (16 * version + 128) * version + 64;
    if (version >= 2) {
        const int align = version / 7 + 2;
        result -= (25 * align - 10) * align - 55;
        if (version >= 7)
            result -= 36;
    }
    return result;
}

int dataCodewords(int version, int ecc)
{
    return rawDataModules(version) / 8 - kEccPerBlock[size_t(ecc)][size_t(version)] * kBlocks[size_t(ecc)][size_t(version)];
}

// GF(2^8) with the QR code's polynomial 0x11D, by log and antilog tables.
struct Galois {
    std::array<std::uint8_t, 512> exp{};
    std::array<int, 256> log{};
    Galois()
    {
        int x = 1;
        for (int i = 0; i < 255; ++i) {
            exp[size_t(i)] = std::uint8_t(x);
            log[size_t(x)] = i;
            x <<= 1;
            if (x & 0x100)
                x ^= 0x11D;
        }
        for (size_t i = 255; i < exp.size(); ++i)
            exp[i] = exp[i - 255];
    }
};

std::uint8_t gfMultiply(std::uint8_t x, std::uint8_t y)
{
    static const Galois gf;
    if (x == 0 || y == 0)
        return 0;
    return gf.exp[size_t(gf.log[x] + gf.log[y])];
}

std::vector<std::uint8_t> rsDivisor(int degree)
{
    std::vector<std::uint8_t> result(size_t(degree), 0);
    result.back() = 1;
    std::uint8_t root = 1;
    for (int i = 0; i < degree; ++i) {
        for (size_t j = 0; j < result.size(); ++j) {
            result[j] = gfMultiply(result[j], root);
            if (j + 1 < result.size())
                result[j] ^= result[j + 1];
        }
        root = gfMultiply(root, 0x02);
    }
    return result;
}

std::vector<std::uint8_t> rsRemainder(const std::uint8_t* data, size_t n, const std::vector<std::uint8_t>& divisor)
{
    std::vector<std::uint8_t> result(divisor.size(), 0);
    for (size_t k = 0; k < n; ++k) {
        const std::uint8_t factor = data[k] ^ result.front();
        result.erase(result.begin());
        result.push_back(0);
        for (size_t i = 0; i < result.size(); ++i)
            result[i] ^= gfMultiply(divisor[i], factor);
    }
    return result;
}

bool maskBit(int mask, int x, int y)
{
    switch (mask) {
    case 0: return (x + y) % 2 == 0;
    case 1: return y % 2 == 0;
    case 2: return x % 3 == 0;
    case 3: return (x + y) % 3 == 0;
    case 4: return (x / 3 + y / 2) % 2 == 0;
    case 5: return x * y % 2 + x * y % 3 == 0;
    case 6: return (x * y % 2 + x * y % 3) % 2 == 0;
    default: return ((x + y) % 2 + x * y % 3) % 2 == 0;
    }
}

// The penalty of ISO/IEC 18004 section 7.8.3 (runs, 2x2 blocks, finder-like patterns, dark
// balance) over a symbol of at most 64 modules a side held as bit rows and bit columns: it is
// evaluated for all eight masks of every seal, so it works on whole words.
long bitPenalty(const std::uint64_t* rows, const std::uint64_t* cols, int n)
{
    const std::uint64_t all = n == 64 ? ~std::uint64_t(0) : (std::uint64_t(1) << n) - 1;
    long result = 0;
    // Finder-like 1:1:3:1:1 with four light modules on either side, read in scan order.
    constexpr std::array<int, 11> a = {1, 0, 1, 1, 1, 0, 1, 0, 0, 0, 0};
    constexpr std::array<int, 11> b = {0, 0, 0, 0, 1, 0, 1, 1, 1, 0, 1};
    const std::uint64_t starts = n >= 11 ? (std::uint64_t(1) << (n - 10)) - 1 : 0;
    for (int pass = 0; pass < 2; ++pass) {
        const std::uint64_t* lines = pass == 0 ? rows : cols;
        for (int i = 0; i < n; ++i) {
            const std::uint64_t v = lines[i];
            // A run of L >= 5 costs 3 + (L - 5): one per window of five in it, plus two per run.
            for (const std::uint64_t c : {v, ~v & all}) {
                const std::uint64_t five = c & (c >> 1) & (c >> 2) & (c >> 3) & (c >> 4);
                result += __builtin_popcountll(five) + 2L * __builtin_popcountll(five & ~(c << 1));
            }
            std::uint64_t ma = starts;
            std::uint64_t mb = starts;
            for (int k = 0; k < 11; ++k) {
                ma &= (a[size_t(k)] ? v : ~v) >> k;
                mb &= (b[size_t(k)] ? v : ~v) >> k;
            }
            result += 40L * (__builtin_popcountll(ma) + __builtin_popcountll(mb));
        }
    }
    long dark = 0;
    const std::uint64_t pairs = all >> 1;
    for (int y = 0; y < n; ++y) {
        dark += __builtin_popcountll(rows[y]);
        if (y + 1 < n) {
            const std::uint64_t r = rows[y];
            const std::uint64_t s = rows[y + 1];
            const std::uint64_t same = ~(r ^ s) & ~(r ^ (r >> 1)) & ~(s ^ (s >> 1)) & pairs;
            result += 3L * __builtin_popcountll(same);
        }
    }
    const long total = long(n) * n;
    const long k = (std::labs(dark * 20L - total * 10L) + total - 1) / total - 1;
    return result + k * 10;
}

class BitBuffer {
public:
    void append(std::uint32_t value, int bits)
    {
        for (int i = bits - 1; i >= 0; --i)
            m_bits.push_back(((value >> i) & 1) != 0);
    }
    size_t size() const { return m_bits.size(); }
    std::vector<std::uint8_t> bytes() const
    {
        std::vector<std::uint8_t> out(m_bits.size() / 8, 0);
        for (size_t i = 0; i < m_bits.size(); ++i)
            out[i >> 3] |= std::uint8_t(m_bits[i] ? 1 : 0) << (7 - (i & 7));
        return out;
    }

private:
    std::vector<bool> m_bits;
};

bool isNonAsciiUtf8(QByteArrayView data)
{
    bool nonAscii = false;
    for (char c : data)
        nonAscii = nonAscii || (static_cast<unsigned char>(c) & 0x80);
    return nonAscii && QString::fromUtf8(data).toUtf8() == data;
}

struct MaskPatterns {
    std::array<std::array<std::uint64_t, 64>, 8> rows{};
    std::array<std::array<std::uint64_t, 64>, 8> cols{};
};

class Builder {
public:
    Builder(int version, int ecc) : m_version(version), m_ecc(ecc), m_size(version * 4 + 17)
    {
        m_modules.assign(size_t(m_size * m_size), 0);
        m_function.assign(size_t(m_size * m_size), 0);
        drawFunctionPatterns();
    }

    void drawCodewords(const std::vector<std::uint8_t>& data)
    {
        size_t i = 0;
        for (int right = m_size - 1; right >= 1; right -= 2) {
            if (right == 6)
                right = 5;
            for (int vert = 0; vert < m_size; ++vert) {
                for (int j = 0; j < 2; ++j) {
                    const int x = right - j;
                    const bool upward = ((right + 1) & 2) == 0;
                    const int y = upward ? m_size - 1 - vert : vert;
                    if (!function(x, y) && i < data.size() * 8) {
                        set(x, y, ((data[i >> 3] >> (7 - (i & 7))) & 1) != 0);
                        ++i;
                    }
                }
            }
        }
    }

    void applyMask(int mask)
    {
        std::uint8_t* m = m_modules.data();
        const std::uint8_t* f = m_function.data();
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x) {
                const size_t i = size_t(y) * size_t(m_size) + size_t(x);
                m[i] ^= std::uint8_t(maskBit(mask, x, y) && !f[i]);
            }
        }
    }

    // The mask with the lowest penalty. Symbols up to 64 modules a side (version 11, which
    // covers every seal) are scored on bit rows and columns with the masks' patterns computed once
    // per version; larger ones module by module.
    int chooseMask()
    {
        int best = 0;
        long bestPenalty = -1;
        auto consider = [&](int mask, long p) {
            if (bestPenalty < 0 || p < bestPenalty) {
                best = mask;
                bestPenalty = p;
            }
        };
        if (m_size > 64) {
            for (int mask = 0; mask < 8; ++mask) {
                applyMask(mask);
                drawFormatBits(mask);
                consider(mask, penalty());
                applyMask(mask);
            }
            return best;
        }
        const MaskPatterns& patterns = maskPatterns();
        std::array<std::uint64_t, 64> rows0{};
        std::array<std::uint64_t, 64> cols0{};
        for (int y = 0; y < m_size; ++y) {
            for (int x = 0; x < m_size; ++x) {
                const std::uint64_t d = m_modules[idx(x, y)];
                rows0[size_t(y)] |= d << x;
                cols0[size_t(x)] |= d << y;
            }
        }
        for (int mask = 0; mask < 8; ++mask) {
            std::array<std::uint64_t, 64> rows{};
            std::array<std::uint64_t, 64> cols{};
            for (size_t i = 0; i < size_t(m_size); ++i) {
                rows[i] = rows0[i] ^ patterns.rows[size_t(mask)][i];
                cols[i] = cols0[i] ^ patterns.cols[size_t(mask)][i];
            }
            const int bits = formatWord(mask);
            forEachFormatModule([&](int x, int y, int bit) {
                const std::uint64_t d = (bits >> bit) & 1;
                rows[size_t(y)] = (rows[size_t(y)] & ~(std::uint64_t(1) << x)) | (d << x);
                cols[size_t(x)] = (cols[size_t(x)] & ~(std::uint64_t(1) << y)) | (d << y);
            });
            consider(mask, bitPenalty(rows.data(), cols.data(), m_size));
        }
        return best;
    }

    int formatWord(int mask) const
    {
        const int data = kFormatBits[size_t(m_ecc)] << 3 | mask;
        int rem = data;
        for (int i = 0; i < 10; ++i)
            rem = (rem << 1) ^ ((rem >> 9) * 0x537);
        return (data << 10 | rem) ^ 0x5412;
    }

    // Both copies of the 15 format bits: (x, y, bit index).
    template <typename F>
    void forEachFormatModule(F&& f) const
    {
        for (int i = 0; i <= 5; ++i)
            f(8, i, i);
        f(8, 7, 6);
        f(8, 8, 7);
        f(7, 8, 8);
        for (int i = 9; i < 15; ++i)
            f(14 - i, 8, i);
        for (int i = 0; i < 8; ++i)
            f(m_size - 1 - i, 8, i);
        for (int i = 8; i < 15; ++i)
            f(8, m_size - 15 + i, i);
    }

    void drawFormatBits(int mask)
    {
        const int bits = formatWord(mask);
        forEachFormatModule([&](int x, int y, int bit) { setFunction(x, y, ((bits >> bit) & 1) != 0); });
        setFunction(8, m_size - 8, true);   // the dark module
    }

    // ISO/IEC 18004 section 7.8.3: runs, 2x2 blocks, finder-like patterns, dark balance.
    // Runs over raw rows (and columns by stride): it is evaluated for all eight masks.
    long penalty() const
    {
        const std::uint8_t* m = m_modules.data();
        const int n = m_size;
        long result = 0;
        for (int pass = 0; pass < 2; ++pass) {
            const int along = pass == 0 ? 1 : n;     // step between modules of a line
            const int across = pass == 0 ? n : 1;    // step between lines
            for (int a = 0; a < n; ++a) {
                const std::uint8_t* p = m + a * across;
                int run = 1;
                std::uint8_t colour = p[0];
                int window = colour;                  // the last 11 modules, newest in bit 0
                for (int b = 1; b < n; ++b) {
                    const std::uint8_t d = p[b * along];
                    if (d != colour) {
                        colour = d;
                        run = 1;
                    } else if (++run == 5) {
                        result += 3;
                    } else if (run > 5) {
                        result += 1;
                    }
                    window = ((window << 1) | d) & 0x7FF;
                    if (b >= 10 && (window == 0x05D || window == 0x5D0))
                        result += 40;
                }
            }
        }
        int darkCount = 0;
        for (int y = 0; y < n; ++y) {
            const std::uint8_t* row = m + y * n;
            for (int x = 0; x < n; ++x)
                darkCount += row[x];
            if (y + 1 == n)
                continue;
            const std::uint8_t* next = row + n;
            for (int x = 0; x + 1 < n; ++x) {
                const std::uint8_t c = row[x];
                if (c == row[x + 1] && c == next[x] && c == next[x + 1])
                    result += 3;
            }
        }
        const long total = long(n) * n;
        const long k = (std::labs(darkCount * 20L - total * 10L) + total - 1) / total - 1;
        result += k * 10;
        return result;
    }

    // The modules each mask inverts (never function modules), for this version; made once.
    const MaskPatterns& maskPatterns() const
    {
        thread_local std::array<std::unique_ptr<MaskPatterns>, 12> cache;
        auto& slot = cache[size_t(m_version)];
        if (!slot) {
            slot = std::make_unique<MaskPatterns>();
            for (int mask = 0; mask < 8; ++mask) {
                for (int y = 0; y < m_size; ++y) {
                    for (int x = 0; x < m_size; ++x) {
                        if (function(x, y) || !maskBit(mask, x, y))
                            continue;
                        slot->rows[size_t(mask)][size_t(y)] |= std::uint64_t(1) << x;
                        slot->cols[size_t(mask)][size_t(x)] |= std::uint64_t(1) << y;
                    }
                }
            }
        }
        return *slot;
    }

    std::vector<std::uint8_t> take() { return std::move(m_modules); }
    int size() const { return m_size; }

private:
    size_t idx(int x, int y) const { return size_t(y) * size_t(m_size) + size_t(x); }
    bool dark(int x, int y) const { return m_modules[idx(x, y)] != 0; }
    bool function(int x, int y) const { return m_function[idx(x, y)] != 0; }
    void set(int x, int y, bool d) { m_modules[idx(x, y)] = d ? 1 : 0; }
    void setFunction(int x, int y, bool d)
    {
        set(x, y, d);
        m_function[idx(x, y)] = 1;
    }

    void drawFunctionPatterns()
    {
        for (int i = 0; i < m_size; ++i) {
            setFunction(6, i, i % 2 == 0);
            setFunction(i, 6, i % 2 == 0);
        }
        drawFinder(3, 3);
        drawFinder(m_size - 4, 3);
        drawFinder(3, m_size - 4);
        const std::vector<int> align = alignmentPositions();
        const size_t n = align.size();
        for (size_t i = 0; i < n; ++i) {
            for (size_t j = 0; j < n; ++j) {
                if ((i == 0 && j == 0) || (i == 0 && j == n - 1) || (i == n - 1 && j == 0))
                    continue;   // the finder patterns' corners
                for (int dy = -2; dy <= 2; ++dy) {
                    for (int dx = -2; dx <= 2; ++dx)
                        setFunction(align[i] + dx, align[j] + dy, std::max(std::abs(dx), std::abs(dy)) != 1);
                }
            }
        }
        drawFormatBits(0);   // reserves the format areas; redrawn with the chosen mask
        if (m_version >= 7) {
            int rem = m_version;
            for (int i = 0; i < 12; ++i)
                rem = (rem << 1) ^ ((rem >> 11) * 0x1F25);
            const long bits = long(m_version) << 12 | rem;
            for (int i = 0; i < 18; ++i) {
                const bool b = ((bits >> i) & 1) != 0;
                const int a = m_size - 11 + i % 3;
                const int c = i / 3;
                setFunction(a, c, b);
                setFunction(c, a, b);
            }
        }
    }

    void drawFinder(int cx, int cy)
    {
        for (int dy = -4; dy <= 4; ++dy) {
            for (int dx = -4; dx <= 4; ++dx) {
                const int dist = std::max(std::abs(dx), std::abs(dy));
                const int x = cx + dx;
                const int y = cy + dy;
                if (x >= 0 && x < m_size && y >= 0 && y < m_size)
                    setFunction(x, y, dist != 2 && dist != 4);
            }
        }
    }

    std::vector<int> alignmentPositions() const
    {
        if (m_version == 1)
            return {};
        const int count = m_version / 7 + 2;
        const int step = (m_version * 8 + count * 3 + 5) / (count * 4 - 4) * 2;
        std::vector<int> result;
        for (int i = 0, pos = m_size - 7; i < count - 1; ++i, pos -= step)
            result.insert(result.begin(), pos);
        result.insert(result.begin(), 6);
        return result;
    }

    int m_version;
    int m_ecc;
    int m_size;
    std::vector<std::uint8_t> m_modules;
    std::vector<std::uint8_t> m_function;
};

} // namespace

Result<QrMatrix> QrMatrix::encode(QByteArrayView data, Ecc level)
{
    const int ecc = int(level);
    const bool eci = isNonAsciiUtf8(data);
    const size_t n = size_t(data.size());
    int version = 1;
    for (;; ++version) {
        if (version > 40)
            return Error::badInput(u"The data is too long for a QR code (%1 bytes)."_s.arg(data.size()));
        const size_t countBits = version <= 9 ? 8 : 16;
        const size_t needed = (eci ? 12 : 0) + 4 + countBits + 8 * n;
        if (n < (size_t(1) << countBits) && needed <= size_t(dataCodewords(version, ecc)) * 8)
            break;
    }

    BitBuffer bits;
    if (eci) {
        bits.append(0x7, 4);    // ECI mode
        bits.append(26, 8);     // UTF-8
    }
    bits.append(0x4, 4);        // byte mode
    bits.append(std::uint32_t(n), version <= 9 ? 8 : 16);
    for (char c : data)
        bits.append(static_cast<unsigned char>(c), 8);
    const size_t capacity = size_t(dataCodewords(version, ecc)) * 8;
    bits.append(0, int(std::min<size_t>(4, capacity - bits.size())));
    bits.append(0, int((8 - bits.size() % 8) % 8));
    for (std::uint32_t pad = 0xEC; bits.size() < capacity; pad ^= 0xEC ^ 0x11)
        bits.append(pad, 8);
    const std::vector<std::uint8_t> dataBytes = bits.bytes();

    // Blocks with their error correction, interleaved.
    const int blocks = kBlocks[size_t(ecc)][size_t(version)];
    const int eccLen = kEccPerBlock[size_t(ecc)][size_t(version)];
    const int raw = rawDataModules(version) / 8;
    const int shortBlocks = blocks - raw % blocks;
    const int shortLen = raw / blocks;
    const std::vector<std::uint8_t> divisor = rsDivisor(eccLen);
    std::vector<std::vector<std::uint8_t>> parts;
    size_t k = 0;
    for (int i = 0; i < blocks; ++i) {
        const size_t len = size_t(shortLen - eccLen + (i < shortBlocks ? 0 : 1));
        std::vector<std::uint8_t> block(dataBytes.begin() + long(k), dataBytes.begin() + long(k + len));
        k += len;
        const std::vector<std::uint8_t> rs = rsRemainder(block.data(), block.size(), divisor);
        if (i < shortBlocks)
            block.push_back(0);
        block.insert(block.end(), rs.begin(), rs.end());
        parts.push_back(std::move(block));
    }
    std::vector<std::uint8_t> codewords;
    codewords.reserve(size_t(raw));
    for (size_t i = 0; i < parts.front().size(); ++i) {
        for (size_t j = 0; j < parts.size(); ++j) {
            if (i != size_t(shortLen - eccLen) || j >= size_t(shortBlocks))
                codewords.push_back(parts[j][i]);
        }
    }

    Builder b(version, ecc);
    b.drawCodewords(codewords);
    const int best = b.chooseMask();
    b.applyMask(best);
    b.drawFormatBits(best);

    QrMatrix m;
    m.m_version = version;
    m.m_size = b.size();
    m.m_mask = best;
    m.m_modules = b.take();
    return m;
}

} // namespace gd
