#include "ui/CounterPrinter.h"

#include "printing/LetterDocument.h"
#include "printing/LetterPrinting.h"
#include "storage/AccessKeyIssuer.h"
#include "storage/Database.h"
#include "storage/Settings.h"

#include <QCoreApplication>
#include <QPrintDialog>
#include <QPrinter>

namespace gd {

CounterPrinter::CounterPrinter(Database& db, QWidget* parent, std::function<Actor()> actor)
    : m_db(db)
    , m_parent(parent)
    , m_actor(std::move(actor))
{
}

PrintNow CounterPrinter::seam()
{
    return [this](Issuance&& issuance) { return print(std::move(issuance)); };
}

Status CounterPrinter::print(Issuance&& issuance)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("CounterPrinter", "Sealed letter %1").arg(issuance.serial));
    QPrintDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(QCoreApplication::translate("CounterPrinter", "Print the sealed letter"));
    if (dialog.exec() != QDialog::Accepted)
        return Error::failed(QCoreApplication::translate("CounterPrinter",
                                                         "Printing was cancelled. The keys were not printed; issue them again."));
    const Settings settings(m_db);
    LetterRenderOptions options;
    options.paper = settings.value(Settings::PaperSize) == u"a4" ? PaperSize::A4 : PaperSize::UsLetter;
    options.districtSecondLanguage = settings.value(Settings::SecondLanguage);
    auto document = LetterDocument::createOnDevice(&printer, options);
    if (!document)
        return document.error();
    auto printed = LetterPrinting(m_db).printIssued(m_actor(), std::move(issuance), **document);
    if (!printed)
        return printed.error();
    if (auto f = (*document)->finish(); !f)
        return f;
    if (!printed->printed)
        return Error::failed(printed->message);
    return {};
}

} // namespace gd
