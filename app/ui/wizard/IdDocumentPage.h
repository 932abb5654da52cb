#pragma once

#include "core/Verification.h"
#include "services/IdScanFill.h"

#include <QSet>
#include <QWizardPage>

#include <memory>

namespace Ui {
class IdDocumentPage;
}

class QLineEdit;

namespace gd {

class VerificationSession;

// Step 5: which ID was checked: its type (or "other" and a description), issuer, the last 4
// characters of its number only, its expiry date and the name printed on it. Each field is
// checked by the core's ID rules as it is typed; the page never holds a whole ID number. A scan
// of the card's barcode (a picture, or the wedge scanner) fills the same fields, which stay
// editable, and says when the card is expired or its name differs from the record.
class IdDocumentPage : public QWizardPage {
    Q_OBJECT
public:
    explicit IdDocumentPage(VerificationSession& session, QWidget* parent = nullptr);
    ~IdDocumentPage() override;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;
    int nextId() const override;

    // A scanned barcode (PDF417 on the back of a US or Canadian licence or ID card) fills the
    // same fields and marks the document as captured by barcode, until a field is changed by hand.
    void applyScannedDocument(const IdDocument& document);

    // "Scan ID from a picture": the staff member picks a scan or photo of the card's back.
    void scanImageFile();
    // What a keyboard-wedge scanner typed (the wizard hands it over from any page). The fields
    // are filled, or a message says why not and nothing changes.
    void scanWedgeText(const QString& typed);
    // The first field to type in: the description for "Other", else the issuer.
    void focusFirstTextField();

    // What the fields say now.
    IdDocument document() const;

private:
    void showScan(const Result<ScannedId>& scan);
    void userEdited(QObject* field);
    void refresh();
    void showTypeFields();
    QString expiryProblem() const;

    std::unique_ptr<Ui::IdDocumentPage> m_ui;
    VerificationSession& m_session;
    CapturedBy m_capturedBy = CapturedBy::Manual;
    QSet<const QObject*> m_touched;   // fields whose problems are shown (edited or left once)
};

} // namespace gd
