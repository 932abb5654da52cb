#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace gd::crypto {

// SHA-256 digest (32 raw bytes).
QByteArray sha256(QByteArrayView data);

// Compares in time that depends only on the length, never on where the bytes differ, so a
// tag or hash check leaks nothing. Different lengths compare unequal (lengths are public).
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

} // namespace gd::crypto
