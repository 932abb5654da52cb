#include "ui/ImageFileDialog.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QStandardPaths>

#include <optional>

namespace gd {

namespace {
std::optional<QString>& nextAnswer()
{
    static std::optional<QString> answer;
    return answer;
}
} // namespace

QString ImageFileDialog::choose(QWidget* parent, const QString& title)
{
    if (auto& next = nextAnswer()) {
        const QString path = *next;
        next.reset();
        return path;
    }
    const QString filter =
        QCoreApplication::translate("gd::ImageFileDialog", "Pictures (*.png *.jpg *.jpeg *.bmp)");
    return QFileDialog::getOpenFileName(parent, title,
                                        QStandardPaths::writableLocation(QStandardPaths::PicturesLocation), filter);
}

void ImageFileDialog::setNextAnswer(const QString& path)
{
    nextAnswer() = path;
}

} // namespace gd
