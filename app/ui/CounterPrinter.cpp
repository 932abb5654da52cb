#include "ui/CounterPrinter.h"

#include "printing/LetterDocument.h"
#include "services/LetterPrinting.h"
#include "services/Letterhead.h"
#include "storage/Database.h"

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

void offerPaperOnly(QPrintDialog& dialog)
{
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    dialog.setOption(QAbstractPrintDialog::PrintPageRange, false);
}

bool acceptPaper(QPrinter& printer)
{
    if (printer.outputFormat() != QPrinter::NativeFormat)
        return false;
    printer.setCopyCount(1);   // a second copy would print the keys twice
    return true;
}

PrintNow CounterPrinter::seam()
{
    return [this](const QString& letterId, qint64 serial) { return print(letterId, serial); };
}

Status CounterPrinter::print(const QString& letterId, qint64 serial)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setDocName(QCoreApplication::translate("CounterPrinter", "Sealed letter %1").arg(serial));
    // On the heap and guarded: the idle lock closes it while it waits (the answer is then
    // Rejected), and a window taken down meanwhile takes it along without a double delete.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, m_parent);
    dialog->setObjectName(QStringLiteral("counterPrintDialog"));
    dialog->setWindowTitle(QCoreApplication::translate("CounterPrinter", "Print the sealed letter"));
    offerPaperOnly(*dialog);
    const int answer = dialog->exec();
    delete dialog.data();
    if (answer != QDialog::Accepted)
        return Error::failed(QCoreApplication::translate("CounterPrinter",
                                                         "Printing was cancelled."));
    if (!acceptPaper(printer))
        return Error::failed(QCoreApplication::translate("CounterPrinter",
                                                         "A sealed letter prints on paper, never to a file: choose a "
                                                         "printer."));
    const LetterRenderOptions options = renderOptionsFrom(m_db);
    auto document = LetterDocument::createOnDevice(&printer, options);
    if (!document)
        return document.error();
    auto printed = LetterPrinting(m_db).print(m_actor(), letterId, **document, LetterQueue::Purpose::Counter);
    if (!printed)
        return printed.error();
    if (auto f = (*document)->finish(); !f)
        return f;
    if (!printed->printed)
        return Error::failed(printed->message);
    return {};
}

} // namespace gd
