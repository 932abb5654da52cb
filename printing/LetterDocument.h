#pragma once

#include "core/Result.h"
#include "printing/LetterContent.h"
#include "printing/LetterLanguage.h"

#include <QImage>
#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QIODevice;
class QPagedPaintDevice;

namespace gd {

class LetterTexts;
namespace letters {
class PageCanvas;
}

struct LetterRenderOptions {
    PaperSize paper = PaperSize::UsLetter;
    // The district's second language: the companion sheet of a letter whose guardian prefers a
    // language that has no letter text. Empty: English only.
    QString districtSecondLanguage = QStringLiteral("es");
    // Keys print as dots: for a preview on the counter screen, which must never show a secret.
    bool maskSecrets = false;
};

// What one letter or form became.
struct RenderedItem {
    int firstPage = 0;          // 0-based, in the document
    int pages = 0;
    LetterLanguage language = LetterLanguage::English;
    std::optional<LetterLanguage> companion;   // the second sheet's language after a fallback
    bool fellBack = false;      // the guardian's language has no letter text
    QString notice;             // says so, for staff (English)
};

// A print run: letters and forms as pages of one document, drawn with QPainter. Many letters go
// into one PDF (under a millisecond a page); one file per letter would spend its time
// subsetting fonts again and again.
//
// A PDF holds the keys it prints, like the paper does: write it to a printer, or to memory
// (QBuffer) that the caller wipes, rather than to a file that outlives the print run.
//
// Needs a QGuiApplication (fonts); QT_QPA_PLATFORM=offscreen is enough.
class LetterDocument {
public:
    ~LetterDocument();
    LetterDocument(const LetterDocument&) = delete;
    LetterDocument& operator=(const LetterDocument&) = delete;

    // PDF/A-1b with every font embedded, written to `out` (open for writing; the caller keeps it).
    static Result<std::unique_ptr<LetterDocument>> createPdf(QIODevice* out, const LetterRenderOptions& options = {},
                                                             const QString& title = {});
    // Pages drawn on a QPrinter or another paged device the caller set up; the page size and
    // a full-page layout are set here.
    static Result<std::unique_ptr<LetterDocument>> createOnDevice(QPagedPaintDevice* device,
                                                                  const LetterRenderOptions& options = {});
    // Pages drawn as images at `dpi` (previews, checks), white background.
    static Result<std::unique_ptr<LetterDocument>> createImages(qreal dpi, const LetterRenderOptions& options = {});

    // The sealed access-key letter: one page, two after a language fallback (the second sheet
    // carries the words, not the keys). The letter's secrets are wiped when this returns,
    // whether it was drawn or not: a failed letter is reissued, never retried. Bad content (no
    // address for a mailed letter, no seal, ...) changes nothing in the document.
    Result<RenderedItem> addAccessKeyLetter(LetterContent& letter);
    Result<RenderedItem> addWaiverForm(const WaiverFormContent& form);
    Result<RenderedItem> addAccessRequestForm(const AccessRequestContent& form);

    int pageCount() const;
    // Ends the document (the PDF is complete in `out` after this). Nothing can be added after.
    Status finish();
    // createImages(): the pages drawn so far, in order (call after finish()).
    QList<QImage> takeImages();

private:
    struct Private;
    explicit LetterDocument(std::unique_ptr<Private> d);
    // The waiver and the access request form share the language choice, font check and the
    // second copy after a fallback; `draw` draws one copy.
    using FormDrawer = std::function<Status(letters::PageCanvas&, const LetterTexts&, const std::function<Status()>&)>;
    Result<RenderedItem> addForm(const QString& language, const FormDrawer& draw);
    std::unique_ptr<Private> d;
};

} // namespace gd
