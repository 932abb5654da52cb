// bench_idscan: decoding a 2-megapixel phone photo of a licence back (PDF417 turned, seen at an
// angle, blurred, noisy) through GuardianDesk's reader, and the same photo through ZXing's
// plain ReadBarcode for the ratio, as one JSON line. Not a test: the "bench" target runs it.
#include "AamvaSamples.h"
#include "CardImages.h"

#include "idscan/IdScanner.h"

#include <ZXing/ReadBarcode.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::Literals::StringLiterals;
using namespace gd;

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double rounded(double ms)
{
    return std::round(ms * 10) / 10;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser p;
    p.addHelpOption();
    p.addOption({u"runs"_s, u"How many decodes of each kind."_s, u"N"_s, u"15"_s});
    p.addOption({u"out"_s, u"Append the JSON line to FILE too."_s, u"FILE"_s});
    p.addOption({u"save"_s, u"Write the photo to FILE (PNG) to look at it."_s, u"FILE"_s});
    p.process(app);
    const int runs = std::max(1, p.value(u"runs"_s).toInt());

    // The card back as a phone held over the desk sees it: 1632 x 1224 pixels (2.0 MP), the
    // symbol across about 70 % of the width, 7 degrees turned, 8 % keystone, soft and noisy.
    const QByteArray payload = samples::payload(samples::Card{}, 10);
    const QImage symbol = cardimages::symbol(payload, ZXing::BarcodeFormat::PDF417, 3);
    cardimages::Shot shot;
    shot.size = QSize(1632, 1224);
    shot.scale = 0.7 * shot.size.width() / (symbol.width() * 7.0 / 6.0);
    shot.degrees = -7;
    shot.keystone = 0.08;
    shot.blur = 1;
    shot.noise = 12;
    const QImage photo = cardimages::photograph(symbol, shot);
    if (p.isSet(u"save"_s))
        photo.save(p.value(u"save"_s));

    std::vector<double> ours, plain;
    bool oursRead = true, plainRead = true;
    QElapsedTimer t;
    for (int i = 0; i < runs; ++i) {
        t.start();
        auto card = IdScanner::fromImage(photo);
        ours.push_back(double(t.nsecsElapsed()) / 1e6);
        oursRead = oursRead && card && card->numberLast4 == u"5789";

        t.start();
        const ZXing::ImageView view(photo.constBits(), photo.width(), photo.height(), ZXing::ImageFormat::BGRX,
                                    int(photo.bytesPerLine()));
        const ZXing::Result r = ZXing::ReadBarcode(view, ZXing::DecodeHints());
        plain.push_back(double(t.nsecsElapsed()) / 1e6);
        plainRead = plainRead && r.isValid();
    }
    const double ms = median(ours), plainMs = median(plain);
    const QJsonObject result{
        {u"bench"_s, u"idscan"_s},
        {u"megapixels"_s, rounded(double(photo.width()) * photo.height() / 1e6)},
        {u"runs"_s, runs},
        {u"ms"_s, rounded(ms)},
        {u"max_ms"_s, rounded(*std::max_element(ours.begin(), ours.end()))},
        {u"decoded"_s, oursRead},
        {u"zxing_plain_ms"_s, rounded(plainMs)},
        {u"zxing_plain_decoded"_s, plainRead},
        {u"ratio"_s, plainMs > 0 ? std::round(ms / plainMs * 100) / 100 : 0.0},
        {u"target_ms"_s, 150},
    };
    const QByteArray line = QJsonDocument(result).toJson(QJsonDocument::Compact);
    QTextStream(stdout) << line << '\n';
    if (p.isSet(u"out"_s)) {
        QFile f(p.value(u"out"_s));
        if (f.open(QIODevice::Append | QIODevice::Text))
            f.write(line + '\n');
    }
    return oursRead ? 0 : 1;
}
