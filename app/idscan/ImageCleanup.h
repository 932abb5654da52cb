#pragma once

#include <QImage>

namespace gd {

// What a phone photo needs before ZXing's PDF417 reader, which follows the symbol's rows along
// image lines and so only copes with a few degrees of turn: an estimate of how far the bars
// are turned, the turn undone, and the sensor noise smoothed. All on 8-bit grey images.
class ImageCleanup {
public:
    // The turn of the dominant straight edges (a PDF417 symbol's bars) away from vertical or
    // horizontal, in degrees, -45 to 45: the peak of the image's edge directions, measured on
    // a copy at most 800 pixels wide.
    static double skewDegrees(const QImage& grey);

    // `grey` turned by -`degrees` about its centre, on a white ground.
    static QImage straightened(const QImage& grey, double degrees);

    // A 3x3 mean: noise breaks thin bars into specks the binarizer takes for modules.
    static QImage smoothed(const QImage& grey);
};

} // namespace gd
