#pragma once

#include "core/Result.h"

#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace gd {

// The modules of a QR code (ISO/IEC 18004, model 2) for binary data: byte mode, the smallest
// version that holds the data at the asked error correction level, the mask with the lowest
// penalty. Data that is UTF-8 beyond ASCII is marked with ECI 26 so readers decode it as UTF-8.
//
// Encoding is done here rather than with ZXing-C++ 1.4, whose encoder takes milliseconds per
// symbol (a thousand letters spent most of their time on it); ZXing still reads them back in the
// tests.
class QrMatrix {
public:
    enum class Ecc { L, M, Q, H };

    static Result<QrMatrix> encode(QByteArrayView data, Ecc ecc = Ecc::M);

    int version() const { return m_version; }
    int size() const { return m_size; }
    int mask() const { return m_mask; }
    bool dark(int x, int y) const { return m_modules[size_t(y) * size_t(m_size) + size_t(x)] != 0; }

private:
    QrMatrix() = default;
    int m_version = 0;
    int m_size = 0;
    int m_mask = 0;
    std::vector<std::uint8_t> m_modules;
};

} // namespace gd
