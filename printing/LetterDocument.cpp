#include "printing/LetterDocument.h"

#include "core/Logging.h"
#include "printing/AccessKeyLetterRenderer.h"
#include "printing/AccessRequestFormRenderer.h"
#include "printing/LetterCommon.h"
#include "printing/LetterTexts.h"
#include "printing/PageCanvas.h"
#include "printing/PdfStreamCompression.h"
#include "printing/WaiverFormRenderer.h"

#include <QFontDatabase>
#include <QGuiApplication>
#include <QIODevice>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>

#include <functional>

using namespace Qt::Literals::StringLiterals;

namespace gd {

using letters::PageCanvas;

struct LetterDocument::Private {
    enum class Target { Pdf, Device, Images };
    Target target = Target::Pdf;
    LetterRenderOptions options;
    std::unique_ptr<QPdfWriter> writer;
    QPagedPaintDevice* device = nullptr;   // the writer, or the caller's device
    qreal imageDpi = 0;
    QList<QImage> images;
    QPainter painter;
    int pages = 0;
    bool finished = false;
    bool broken = false;                   // a page was started and could not be completed
    letters::RenderCache cache;
    QSet<LetterLanguage> fontsChecked;

    QSizeF pagePoints() const { return letters::paperPoints(options.paper); }

    QImage dpiProbe;                       // images: fonts and layouts are made at the pages' dpi

    QPaintDevice* layoutDevice() { return target == Target::Images ? static_cast<QPaintDevice*>(&dpiProbe) : device; }

    Status usable() const
    {
        if (finished)
            return Error::conflict(u"The document is finished: start a new one."_s);
        if (broken)
            return Error::conflict(u"An earlier page of this document could not be completed: the document must be "
                                   "made again."_s);
        return {};
    }

    Status checkFonts(LetterLanguage language)
    {
        if (fontsChecked.contains(language))
            return {};
        const auto& info = letterLanguageInfo(language);
        // The script's own face and Noto Sans must be there; the rest are fallbacks for names.
        for (const QString& family : {info.scriptFont, u"Noto Sans"_s}) {
            if (!QFontDatabase::hasFamily(family))
                return Error::io(u"The font \u201c%1\u201d for %2 letters is not installed (Debian packages "
                                 "fonts-noto-core and fonts-noto-cjk)."_s.arg(family, info.englishName));
        }
        fontsChecked.insert(language);
        return {};
    }

    // Starts the next page: the PDF's first page exists once the painter begins.
    Status startPage()
    {
        const letters::FastPdfStreams fast;   // the previous page's stream is written here
        if (target == Target::Images) {
            if (painter.isActive())
                painter.end();
            const QSizeF pt = pagePoints();
            QImage page(qRound(pt.width() / 72.0 * imageDpi), qRound(pt.height() / 72.0 * imageDpi), QImage::Format_RGB32);
            page.setDotsPerMeterX(qRound(imageDpi / 0.0254));
            page.setDotsPerMeterY(qRound(imageDpi / 0.0254));
            page.fill(Qt::white);
            images << page;
            if (!painter.begin(&images.back()))
                return Error::failed(u"Could not draw on the page image."_s);
        } else if (pages == 0) {
            if (!painter.begin(device))
                return Error::io(u"Could not start printing: the output cannot be written."_s);
        } else if (!device->newPage()) {
            return Error::io(u"Could not start a new page: the output cannot be written."_s);
        }
        ++pages;
        return {};
    }
};

LetterDocument::LetterDocument(std::unique_ptr<Private> d) : d(std::move(d)) {}

LetterDocument::~LetterDocument()
{
    const letters::FastPdfStreams fast;
    if (d->painter.isActive())
        d->painter.end();
}

namespace {

Status needGui()
{
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::failed(u"Letters are drawn with Qt Gui: the program needs a QGuiApplication "
                             "(QT_QPA_PLATFORM=offscreen where there is no display)."_s);
    return {};
}

QPageLayout fullPage(PaperSize paper)
{
    QPageLayout layout(QPageSize(paper == PaperSize::A4 ? QPageSize::A4 : QPageSize::Letter), QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    layout.setMode(QPageLayout::FullPageMode);
    return layout;
}

// Wipes a letter's secrets when it leaves addAccessKeyLetter, drawn or not.
struct SecretsWiper {
    LetterContent& letter;
    ~SecretsWiper()
    {
        for (LetterKey& k : letter.keys) {
            k.secret.clear();
            k.accessId.clear();
        }
    }
};

} // namespace

Result<std::unique_ptr<LetterDocument>> LetterDocument::createPdf(QIODevice* out, const LetterRenderOptions& options,
                                                                  const QString& title)
{
    if (Status ok = needGui(); !ok)
        return ok.error();
    if (!out || !out->isWritable())
        return Error::badInput(u"The PDF needs an output open for writing."_s);
    auto d = std::make_unique<Private>();
    d->target = Private::Target::Pdf;
    d->options = options;
    d->writer = std::make_unique<QPdfWriter>(out);
    d->writer->setPdfVersion(QPagedPaintDevice::PdfVersion_A1b);
    d->writer->setResolution(1200);
    d->writer->setCreator(u"GuardianDesk"_s);
    d->writer->setTitle(title.isEmpty() ? u"GuardianDesk letters"_s : title);
    if (!d->writer->setPageLayout(fullPage(options.paper)))
        return Error::failed(u"The PDF page size could not be set."_s);
    d->device = d->writer.get();
    return std::unique_ptr<LetterDocument>(new LetterDocument(std::move(d)));
}

Result<std::unique_ptr<LetterDocument>> LetterDocument::createOnDevice(QPagedPaintDevice* device,
                                                                       const LetterRenderOptions& options)
{
    if (Status ok = needGui(); !ok)
        return ok.error();
    if (!device)
        return Error::badInput(u"No printer was given."_s);
    if (!device->setPageLayout(fullPage(options.paper)))
        return Error::failed(u"The printer does not take this paper size."_s);
    auto d = std::make_unique<Private>();
    d->target = Private::Target::Device;
    d->options = options;
    d->device = device;
    return std::unique_ptr<LetterDocument>(new LetterDocument(std::move(d)));
}

Result<std::unique_ptr<LetterDocument>> LetterDocument::createImages(qreal dpi, const LetterRenderOptions& options)
{
    if (Status ok = needGui(); !ok)
        return ok.error();
    if (dpi < 36 || dpi > 600)
        return Error::badInput(u"Page images are drawn at 36 to 600 dpi."_s);
    auto d = std::make_unique<Private>();
    d->target = Private::Target::Images;
    d->options = options;
    d->imageDpi = dpi;
    d->dpiProbe = QImage(8, 8, QImage::Format_RGB32);
    d->dpiProbe.setDotsPerMeterX(qRound(dpi / 0.0254));
    d->dpiProbe.setDotsPerMeterY(qRound(dpi / 0.0254));
    return std::unique_ptr<LetterDocument>(new LetterDocument(std::move(d)));
}

Result<RenderedItem> LetterDocument::addAccessKeyLetter(LetterContent& letter)
{
    const SecretsWiper wiper{letter};
    if (Status ok = d->usable(); !ok)
        return ok.error();
    if (Status ok = letters::AccessKeyLetterRenderer::validate(letter); !ok)
        return ok.error();

    const LanguageChoice choice = chooseLetterLanguage(letter.language, d->options.districtSecondLanguage);
    RenderedItem item;
    item.firstPage = d->pages;
    item.language = choice.primary;
    item.companion = choice.companion;
    item.fellBack = choice.fellBack;
    item.notice = choice.notice;

    struct Sheet {
        LetterLanguage language;
        bool companion;
    };
    QList<Sheet> sheets{{choice.primary, false}};
    if (choice.companion)
        sheets << Sheet{*choice.companion, true};
    for (const Sheet& sheet : sheets) {
        if (Status ok = d->checkFonts(sheet.language); !ok)
            return ok.error();
    }
    for (const Sheet& sheet : sheets) {
        auto texts = LetterTexts::forLanguage(sheet.language);
        if (!texts)
            return texts.error();
        const int before = d->pages;
        PageCanvas canvas(d->painter, d->layoutDevice(), d->pagePoints(), letterLanguageInfo(sheet.language), &d->cache);
        letters::AccessKeyLetterRenderer::Options opt;
        opt.maskSecrets = d->options.maskSecrets;
        opt.companion = sheet.companion;
        Status drawn = letters::AccessKeyLetterRenderer::draw(canvas, **texts, letter, opt, [&]() -> Status {
            if (Status ok = d->startPage(); !ok)
                return ok;
            canvas.begin();
            return {};
        });
        if (!drawn) {
            // Nothing was drawn unless a page was started; a started page cannot be taken back.
            if (d->pages != before)
                d->broken = true;
            return drawn.error();
        }
    }
    item.pages = d->pages - item.firstPage;
    if (choice.fellBack)
        qCInfo(lcPrinting) << "letter language fell back; companion" << (choice.companion ? int(*choice.companion) : -1);
    return item;
}

// A form is wholly words: after a language fallback the second copy is the whole form, in the
// district's second language.
Result<RenderedItem> LetterDocument::addForm(const QString& language, const FormDrawer& draw)
{
    Private& d = *this->d;
    const LanguageChoice choice = chooseLetterLanguage(language, d.options.districtSecondLanguage);
    RenderedItem item;
    item.firstPage = d.pages;
    item.language = choice.primary;
    item.companion = choice.companion;
    item.fellBack = choice.fellBack;
    item.notice = choice.notice;
    QList<LetterLanguage> languages{choice.primary};
    if (choice.companion)
        languages << *choice.companion;
    for (LetterLanguage l : languages) {
        if (Status ok = d.checkFonts(l); !ok)
            return ok.error();
    }
    for (LetterLanguage l : languages) {
        auto texts = LetterTexts::forLanguage(l);
        if (!texts)
            return texts.error();
        const int before = d.pages;
        PageCanvas canvas(d.painter, d.layoutDevice(), d.pagePoints(), letterLanguageInfo(l), &d.cache);
        Status drawn = draw(canvas, **texts, [&]() -> Status {
            if (Status ok = d.startPage(); !ok)
                return ok;
            canvas.begin();
            return {};
        });
        if (!drawn) {
            if (d.pages != before)
                d.broken = true;
            return drawn.error();
        }
    }
    item.pages = d.pages - item.firstPage;
    return item;
}

Result<RenderedItem> LetterDocument::addWaiverForm(const WaiverFormContent& form)
{
    if (Status ok = d->usable(); !ok)
        return ok.error();
    if (Status ok = letters::WaiverFormRenderer::validate(form); !ok)
        return ok.error();
    return addForm(form.language,
                   [&form](letters::PageCanvas& canvas, const LetterTexts& texts, const std::function<Status()>& start) {
                       return letters::WaiverFormRenderer::draw(canvas, texts, form, start);
                   });
}

Result<RenderedItem> LetterDocument::addAccessRequestForm(const AccessRequestContent& form)
{
    if (Status ok = d->usable(); !ok)
        return ok.error();
    if (Status ok = letters::AccessRequestFormRenderer::validate(form); !ok)
        return ok.error();
    return addForm(form.language,
                   [&form](letters::PageCanvas& canvas, const LetterTexts& texts, const std::function<Status()>& start) {
                       return letters::AccessRequestFormRenderer::draw(canvas, texts, form, start);
                   });
}

int LetterDocument::pageCount() const
{
    return d->pages;
}

Status LetterDocument::finish()
{
    if (d->finished)
        return {};
    d->finished = true;
    d->cache.clear();
    const letters::FastPdfStreams fast;   // the last page's stream is written here
    if (d->pages == 0)
        return Error::badInput(u"The document has no pages: nothing was printed."_s);
    if (d->painter.isActive() && !d->painter.end())
        return Error::io(u"The document could not be completed: the output cannot be written."_s);
    if (d->broken)
        return Error::failed(u"A page of this document could not be completed: make the document again."_s);
    return {};
}

QList<QImage> LetterDocument::takeImages()
{
    return std::exchange(d->images, {});
}

} // namespace gd
