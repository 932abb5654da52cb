#include "ui/wizard/IdDocumentPage.h"
#include "ui_IdDocumentPage.h"

#include "core/rules/IdDocumentRules.h"
#include "ui/DisplayText.h"
#include "ui/ImageFileDialog.h"
#include "ui/wizard/PageSupport.h"
#include "services/VerificationSession.h"
#include "ui/wizard/WizardPageId.h"
#include "ui/wizard/WizardText.h"

#include <QPushButton>
#include <QRegularExpressionValidator>

using namespace Qt::Literals::StringLiterals;

namespace gd {

IdDocumentPage::IdDocumentPage(VerificationSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(std::make_unique<Ui::IdDocumentPage>())
    , m_session(session)
{
    setObjectName(u"idDocumentPage"_s);
    m_ui->setupUi(this);
    for (QLabel* error : {m_ui->otherDescriptionError, m_ui->issuerError, m_ui->last4Error, m_ui->expiryError,
                          m_ui->nameError, m_ui->errorLabel})
        PageSupport::styleAsFieldError(error);

    for (IdType type : allIdTypes())
        m_ui->idTypeCombo->addItem(WizardText::idType(type), int(type));

    // No more than four letters or digits can be typed: the whole number never reaches the kiosk.
    m_ui->last4Edit->setMaxLength(4);
    m_ui->last4Edit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[A-Za-z0-9]{0,4}"_s), m_ui->last4Edit));
    m_ui->expiryEdit->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"[0-9./-]{0,10}"_s), m_ui->expiryEdit));
    m_ui->expiryEdit->setPlaceholderText(WizardText::dateInputHint());
    m_ui->expiryEdit->setAccessibleDescription(tr("The expiry date printed on the ID, typed as %1.")
                                                   .arg(WizardText::dateInputHint()));

    const QList<QLineEdit*> edits = {m_ui->otherDescriptionEdit, m_ui->issuerEdit,     m_ui->last4Edit,
                                     m_ui->expiryEdit,           m_ui->givenNamesEdit, m_ui->familyNamesEdit};
    for (QLineEdit* edit : edits) {
        connect(edit, &QLineEdit::textChanged, this, &IdDocumentPage::refresh);
        connect(edit, &QLineEdit::textEdited, this, [this, edit] { userEdited(edit); });
        // Problems of a field show once it was left, even untouched: the staff member sees why
        // Next stays disabled.
        connect(edit, &QLineEdit::editingFinished, this, [this, edit] {
            m_touched.insert(edit);
            refresh();
        });
    }
    connect(m_ui->last4Edit, &QLineEdit::textEdited, this, [this](const QString& text) {
        const int cursor = m_ui->last4Edit->cursorPosition();
        if (text != text.toUpper()) {
            m_ui->last4Edit->setText(text.toUpper());
            m_ui->last4Edit->setCursorPosition(cursor);
        }
    });
    connect(m_ui->idTypeCombo, &QComboBox::activated, this, [this] { userEdited(m_ui->idTypeCombo); });
    connect(m_ui->idTypeCombo, &QComboBox::currentIndexChanged, this, [this] {
        showTypeFields();
        refresh();
    });

    connect(m_ui->scanButton, &QPushButton::clicked, this, &IdDocumentPage::scanImageFile);
    PageSupport::showMessage(m_ui->scanMessageLabel, {});

    PageSupport::alignFormLabels(m_ui->idForm);
    showTypeFields();
    refresh();
}

IdDocumentPage::~IdDocumentPage() = default;

void IdDocumentPage::initializePage()
{
    switch (m_session.method()) {
    case VerificationMethod::InPerson:
        m_ui->methodHintLabel->setText(tr("Hold the ID in your hand. Type the name exactly as printed on it."));
        break;
    case VerificationMethod::Video:
        m_ui->methodHintLabel->setText(
            tr("Ask the adult to hold the ID close to the camera. Type the name exactly as printed on it."));
        break;
    case VerificationMethod::MailWaiver:
        m_ui->methodHintLabel->setText(
            tr("Use the copy of the ID that came back with the signed request to mail the key. Type the name exactly as "
               "printed on it."));
        break;
    }
    PageSupport::showMessage(m_ui->errorLabel, {});
    refresh();
}

void IdDocumentPage::focusFirstTextField()
{
    QLineEdit* first = m_ui->otherDescriptionEdit->isVisibleTo(this) ? m_ui->otherDescriptionEdit : m_ui->issuerEdit;
    first->setFocus(Qt::TabFocusReason);
}

IdDocument IdDocumentPage::document() const
{
    IdDocument d;
    d.type = IdType(m_ui->idTypeCombo->currentData().toInt());
    d.otherDescription = d.type == IdType::Other ? m_ui->otherDescriptionEdit->text() : QString();
    d.issuer = m_ui->issuerEdit->text();
    d.numberLast4 = m_ui->last4Edit->text();
    d.expiresOn = WizardText::parseDate(m_ui->expiryEdit->text());
    d.capturedBy = m_capturedBy;
    d.givenNames = m_ui->givenNamesEdit->text();
    d.familyNames = m_ui->familyNamesEdit->text();
    return d;
}

void IdDocumentPage::applyScannedDocument(const IdDocument& document)
{
    const int index = m_ui->idTypeCombo->findData(int(document.type));
    m_ui->idTypeCombo->setCurrentIndex(index < 0 ? 0 : index);
    m_ui->otherDescriptionEdit->setText(document.otherDescription);
    m_ui->issuerEdit->setText(document.issuer);
    m_ui->last4Edit->setText(document.numberLast4.right(4).toUpper());
    m_ui->expiryEdit->setText(document.expiresOn.isValid() ? document.expiresOn.toString(WizardText::dateInputFormat())
                                                           : QString());
    m_ui->givenNamesEdit->setText(document.givenNames);
    m_ui->familyNamesEdit->setText(document.familyNames);
    m_capturedBy = CapturedBy::Barcode;
    for (QObject* field : {static_cast<QObject*>(m_ui->idTypeCombo), static_cast<QObject*>(m_ui->otherDescriptionEdit),
                           static_cast<QObject*>(m_ui->issuerEdit), static_cast<QObject*>(m_ui->last4Edit),
                           static_cast<QObject*>(m_ui->expiryEdit), static_cast<QObject*>(m_ui->givenNamesEdit),
                           static_cast<QObject*>(m_ui->familyNamesEdit)})
        m_touched.insert(field);
    refresh();
}

void IdDocumentPage::scanImageFile()
{
    const QString path = ImageFileDialog::choose(this, tr("Scan the ID from a picture"));
    if (path.isEmpty())
        return;
    showScan(IdScanFill::fromImageFile(path, m_session));
}

void IdDocumentPage::scanWedgeText(const QString& typed)
{
    showScan(IdScanFill::fromWedgeText(typed, m_session));
}

void IdDocumentPage::showScan(const Result<ScannedId>& scan)
{
    if (!scan) {
        PageSupport::styleAsFieldError(m_ui->scanMessageLabel);
        PageSupport::showMessage(m_ui->scanMessageLabel, scan.message());
        return;
    }
    applyScannedDocument(scan->document);
    QStringList lines{tr("Filled from the card's barcode. Compare the fields with the card: they can still be changed.")};
    if (scan->expired)
        lines << tr("This card expired on %1.").arg(DisplayText::date(scan->document.expiresOn));
    if (scan->nameDiffers())
        lines << tr("The name on the card differs from the record: %1").arg(scan->nameCheck->explanation);
    if (!scan->nameProblem.isEmpty())
        lines << tr("The name could not be compared with the record: %1").arg(scan->nameProblem);
    if (scan->familyNameTruncated || scan->givenNamesTruncated)
        lines << tr("The card says its name was shortened to fit the barcode: compare it with the name printed on the card.");
    if (lines.size() > 1)
        PageSupport::styleAsNotice(m_ui->scanMessageLabel);
    else
        PageSupport::styleAsSuccess(m_ui->scanMessageLabel);
    PageSupport::showMessage(m_ui->scanMessageLabel, lines.join(u'\n'));
}

void IdDocumentPage::userEdited(QObject* field)
{
    m_touched.insert(field);
    // What the staff member typed is no longer what the barcode said.
    m_capturedBy = CapturedBy::Manual;
    refresh();
}

void IdDocumentPage::showTypeFields()
{
    const bool other = IdType(m_ui->idTypeCombo->currentData().toInt()) == IdType::Other;
    m_ui->idForm->setRowVisible(m_ui->otherDescriptionBox, other);
}

QString IdDocumentPage::expiryProblem() const
{
    const QString text = m_ui->expiryEdit->text().trimmed();
    const QDate date = WizardText::parseDate(text);
    if (!text.isEmpty() && !date.isValid())
        return tr("Type the date as %1.").arg(WizardText::dateInputHint());
    return IdDocumentRules::expiry(date, m_session.today()).message();
}

void IdDocumentPage::refresh()
{
    const IdDocument d = document();
    const auto show = [this](QLabel* label, const QObject* field, const QString& problem) {
        PageSupport::showMessage(label, m_touched.contains(field) ? problem : QString());
    };
    show(m_ui->otherDescriptionError, m_ui->otherDescriptionEdit,
         IdDocumentRules::otherDescription(d.type, m_ui->otherDescriptionEdit->text()).message());
    show(m_ui->issuerError, m_ui->issuerEdit, IdDocumentRules::issuer(d.issuer).message());
    show(m_ui->last4Error, m_ui->last4Edit, IdDocumentRules::last4(d.numberLast4).message());

    // The expiry line also reads the date back in words, so a day and month typed the wrong
    // way round are noticed here.
    const QString expiry = expiryProblem();
    if (!expiry.isEmpty()) {
        PageSupport::styleAsFieldError(m_ui->expiryError);
        show(m_ui->expiryError, m_ui->expiryEdit, expiry);
    } else {
        m_ui->expiryError->setStyleSheet(QString());
        const QString date = DisplayText::date(d.expiresOn);
        PageSupport::showMessage(m_ui->expiryError, d.expiresOn < m_session.today()
                                                        ? tr("Expired on %1. The next page says what can be done.").arg(date)
                                                        : tr("Expires on %1.").arg(date));
    }

    // Both name fields share one line: the name is checked as a whole.
    QString nameProblem;
    if (m_touched.contains(m_ui->givenNamesEdit) || m_touched.contains(m_ui->familyNamesEdit))
        nameProblem = m_session.compareNames(d).message();
    PageSupport::showMessage(m_ui->nameError, nameProblem);

    m_ui->capturedByValue->setText(m_capturedBy == CapturedBy::Barcode ? tr("Scanned from the barcode")
                                                                       : tr("Typed by staff"));
    Q_EMIT completeChanged();
}

bool IdDocumentPage::isComplete() const
{
    const IdDocument d = document();
    return IdDocumentRules::otherDescription(d.type, d.otherDescription).ok() && IdDocumentRules::issuer(d.issuer).ok()
           && IdDocumentRules::last4(d.numberLast4).ok() && expiryProblem().isEmpty()
           && m_session.compareNames(d).ok();
}

bool IdDocumentPage::validatePage()
{
    Status checked = m_session.setIdDocument(document());
    PageSupport::showMessage(m_ui->errorLabel, checked.message());
    return checked.ok();
}

int IdDocumentPage::nextId() const
{
    return ChecksPageId;
}

} // namespace gd
