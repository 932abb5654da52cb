#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace gd {

// An image file chosen to be scanned for a barcode (a flatbed scan, a photo from a phone),
// turned upright the way its EXIF orientation says. A file that is not an image says so.
class ScanImageFile {
    Q_DECLARE_TR_FUNCTIONS(gd::ScanImageFile)
public:
    static Result<QImage> read(const QString& path);
};

} // namespace gd
