#include "services/ScanImageFile.h"

#include <QFileInfo>
#include <QImageReader>

namespace gd {

Result<QImage> ScanImageFile::read(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return Error::notFound(tr("The file %1 was not found.").arg(name));
    QImageReader reader(path);
    reader.setAutoTransform(true);   // phone photos are stored sideways with an orientation tag
    QImage image = reader.read();
    if (image.isNull())
        return Error::badInput(
            tr("%1 could not be opened as a picture (%2). Choose a PNG or JPEG scan or photo.").arg(name, reader.errorString()));
    return image;
}

} // namespace gd
