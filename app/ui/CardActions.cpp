#include "ui/CardActions.h"

#include "core/rules/EligibilityRules.h"
#include "printing/LetterDocument.h"
#include "services/FormPrinting.h"
#include "services/Letterhead.h"
#include "storage/StudentDirectory.h"
#include "storage/VerificationService.h"
#include "storage/WaiverService.h"
#include "ui/AdultsModel.h"
#include "ui/DisplayText.h"
#include "ui/StudentCardWidget.h"

#include <QAbstractItemView>
#include <QGridLayout>
#include <QResizeEvent>
#include <QLabel>
#include <QPointer>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

const char kWhatItDoes[] = "gdWhatItDoes";

QAbstractItemView* adultsViewOf(const StudentCardWidget& card)
{
    return qobject_cast<QAbstractItemView*>(card.adultsView());
}

// The default form output: the staff member picks the printer.
Status printOnPrinter(Database& db, QWidget* parent, const std::function<Status(LetterDocument&)>& draw)
{
    QPrinter printer(QPrinter::HighResolution);
    // On the heap and guarded: the lock closes it while it waits, and its parent may go first.
    QPointer<QPrintDialog> dialog = new QPrintDialog(&printer, parent);
    dialog->setObjectName(u"formPrintDialog"_s);
    dialog->setWindowTitle(CardActions::tr("Print the form"));
    const int answer = dialog->exec();
    delete dialog.data();
    if (answer != QDialog::Accepted)
        return Error::failed(CardActions::tr("Printing was cancelled; no form was issued."));
    const LetterRenderOptions options = renderOptionsFrom(db);
    auto document = LetterDocument::createOnDevice(&printer, options);
    if (!document)
        return document.error();
    if (auto s = draw(**document); !s)
        return s;
    return (*document)->finish();
}

} // namespace

CardActions::CardActions(Database& db, StudentCardWidget& card, const Widgets& widgets, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_card(card)
    , m_widgets(widgets)
    , m_window(window)
{
    // What each button does, from the form: shown again whenever the button is live.
    for (QPushButton* button : {m_widgets.verify, m_widgets.notOnRecord, m_widgets.waiver, m_widgets.requestForm})
        button->setProperty(kWhatItDoes, button->toolTip());
    m_widgets.hint->setTextFormat(Qt::PlainText);
    m_widgets.hint->setWordWrap(true);

    // The buttons' panel may get narrower than two buttons side by side: it then stacks them.
    if (QWidget* panel = m_widgets.verify->parentWidget()) {
        int widest = 0;
        for (QPushButton* button : {m_widgets.verify, m_widgets.notOnRecord, m_widgets.waiver, m_widgets.requestForm})
            widest = std::max(widest, button->minimumSizeHint().width());
        const QMargins margins = panel->layout()->contentsMargins();
        panel->setMinimumWidth(widest + margins.left() + margins.right());
        panel->installEventFilter(this);
    }

    QAbstractItemView* adults = adultsViewOf(m_card);
    connect(adults->selectionModel(), &QItemSelectionModel::currentChanged, this, &CardActions::update);
    connect(m_card.adultsModel(), &QAbstractItemModel::modelReset, this, &CardActions::update);
    connect(adults, &QAbstractItemView::doubleClicked, this, [this] {
        if (m_widgets.verify->isEnabled())
            Q_EMIT verifyRequested(chosenGuardianId());
    });
    connect(m_widgets.verify, &QPushButton::clicked, this, [this] {
        if (m_widgets.verify->isEnabled() && !chosenGuardianId().isEmpty())
            Q_EMIT verifyRequested(chosenGuardianId());
    });
    connect(m_widgets.notOnRecord, &QPushButton::clicked, this, [this] {
        if (m_widgets.notOnRecord->isEnabled())
            Q_EMIT verifyRequested(QString());
    });
    connect(m_widgets.waiver, &QPushButton::clicked, this, &CardActions::printWaiverForm);
    connect(m_widgets.requestForm, &QPushButton::clicked, this, &CardActions::printAccessRequestForm);
    update();
}

bool CardActions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Resize && watched == m_widgets.verify->parentWidget())
        arrangeButtons(static_cast<QResizeEvent*>(event)->size().width());
    return QObject::eventFilter(watched, event);
}

void CardActions::arrangeButtons(int width)
{
    auto* grid = qobject_cast<QGridLayout*>(m_widgets.verify->parentWidget()->layout());
    if (!grid)
        return;
    const QList<QPushButton*> buttons = {m_widgets.verify, m_widgets.notOnRecord, m_widgets.waiver, m_widgets.requestForm};
    int twoColumns = grid->horizontalSpacing() + grid->contentsMargins().left() + grid->contentsMargins().right();
    for (int i = 0; i < 2; ++i)
        twoColumns += std::max(buttons[i]->minimumSizeHint().width(), buttons[i + 2]->minimumSizeHint().width());
    const int columns = width >= twoColumns ? 2 : 1;
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (QPushButton* button : buttons)
        grid->removeWidget(button);
    grid->removeWidget(m_widgets.hint);
    for (int i = 0; i < buttons.size(); ++i)
        grid->addWidget(buttons[i], columns == 2 ? i / 2 : i, columns == 2 ? i % 2 : 0);
    grid->addWidget(m_widgets.hint, columns == 2 ? 2 : 4, 0, 1, columns == 2 ? 3 : 1);
}

void CardActions::setActor(const Actor& actor)
{
    m_actor = actor;
    update();
}

QString CardActions::chosenGuardianId() const
{
    if (!m_card.hasStudent())
        return {};
    const QModelIndex current = adultsViewOf(m_card)->currentIndex();
    return current.isValid() ? current.siblingAtColumn(AdultsModel::NameColumn).data(AdultsModel::GuardianIdRole).toString()
                             : QString();
}

void CardActions::setState(QPushButton* button, bool enabled, const QString& why, const QString& whatItDoes)
{
    button->setEnabled(enabled);
    const QString tip = enabled || why.isEmpty() ? whatItDoes : why;
    button->setToolTip(tip);
    button->setAccessibleDescription(tip);
}

void CardActions::update()
{
    const auto original = [](const QPushButton* b) { return b->property(kWhatItDoes).toString(); };
    const bool card = !locked() && m_card.hasStudent();
    const QString guardianId = chosenGuardianId();
    const bool adult = card && !guardianId.isEmpty();
    const bool frontDesk = VerificationService::mayVerify(m_actor);
    const bool forms = WaiverService::mayIssue(m_actor);

    // Whether the chosen adult may have a key for this student: the core's rules, as the
    // services apply them.
    QString adultName;
    std::optional<Refusal> refusal;
    if (adult) {
        const int row = adultsViewOf(m_card)->currentIndex().row();
        if (const GuardianLink* link = m_card.adultsModel()->linkAt(row)) {
            adultName = DisplayText::fullName(link->guardian.firstName, link->guardian.lastName);
            auto eligibility = EligibilityRules::check(m_card.student(), link->relationship);
            if (eligibility && !eligibility->eligible())
                refusal = eligibility->refusal;
        }
    }

    const QString noStudent = tr("Find a student first: these actions work on the student card.");
    const QString noAdult = tr("Choose an adult on the card first.");
    QString verifyWhy = !card ? noStudent : !frontDesk ? tr("Only front desk staff verify adults.") : !adult ? noAdult : QString();
    setState(m_widgets.verify, card && adult && frontDesk, verifyWhy, original(m_widgets.verify));
    if (m_widgets.verify->isEnabled() && refusal) {
        //: The chosen adult is not eligible; the verification still runs so that the refusal is recorded.
        const QString tip = tr("%1 is not eligible: %2 Verifying records the refusal.").arg(adultName, refusal->explanation);
        m_widgets.verify->setToolTip(tip);
        m_widgets.verify->setAccessibleDescription(tip);
    }

    const QString notOnRecordWhy = !card ? noStudent : !frontDesk ? tr("Only front desk staff verify adults.") : QString();
    setState(m_widgets.notOnRecord, card && frontDesk, notOnRecordWhy, original(m_widgets.notOnRecord));

    const QString formsRole = tr("Only front desk staff and letter printers print forms.");
    QString waiverWhy;
    if (!card)
        waiverWhy = noStudent;
    else if (!forms)
        waiverWhy = formsRole;
    else if (!adult)
        waiverWhy = noAdult;
    else if (refusal)
        //: %1 is the adult's name, %2 why no key may go to them.
        waiverWhy = tr("No key-by-mail form for %1: %2").arg(adultName, refusal->explanation);
    setState(m_widgets.waiver, card && forms && adult && !refusal, waiverWhy, original(m_widgets.waiver));

    setState(m_widgets.requestForm, card && forms, !card ? noStudent : !forms ? formsRole : QString(),
             original(m_widgets.requestForm));

    // The line under the buttons: each distinct reason once. Nothing while no student is shown
    // (the empty card says what to do) or while locked.
    QStringList reasons;
    if (card) {
        for (const QString& why : {verifyWhy, notOnRecordWhy, waiverWhy}) {
            if (!why.isEmpty() && !reasons.contains(why))
                reasons << why;
        }
        if (!forms && !reasons.contains(formsRole))
            reasons << formsRole;
    }
    m_widgets.hint->setText(reasons.join(u'\n'));
    m_widgets.hint->setVisible(!reasons.isEmpty());
}

void CardActions::printWaiverForm()
{
    if (locked() || !m_widgets.waiver->isEnabled())
        return;
    const QString guardianId = chosenGuardianId();
    const QString studentId = m_card.studentId();
    auto card = StudentDirectory(m_db).card(studentId);
    if (!card)
        return Q_EMIT message(card.message());
    QString language = u"en"_s;
    for (const GuardianLink& l : card->adults) {
        if (l.guardian.guardianId == guardianId && !l.guardian.preferredLanguage.isEmpty())
            language = l.guardian.preferredLanguage;
    }
    const Actor actor = m_actor;
    const auto draw = [this, actor, studentId, guardianId, language](LetterDocument& document) -> Status {
        auto waiver = FormPrinting(m_db).printWaiver(actor, studentId, guardianId, language, document);
        return waiver ? Status() : waiver.error();
    };
    printForm(draw, tr("The request to mail the key was printed. Scan its code when it comes back."));
}

void CardActions::printAccessRequestForm()
{
    if (locked() || !m_widgets.requestForm->isEnabled())
        return;
    const QString studentId = m_card.studentId();
    auto card = StudentDirectory(m_db).card(studentId);
    if (!card)
        return Q_EMIT message(card.message());
    // The adult is not on record, so their language is not known: the household's is the best guess.
    QString language = u"en"_s;
    for (const GuardianLink& l : card->adults) {
        if (l.relationship.custodial && !l.guardian.preferredLanguage.isEmpty()) {
            language = l.guardian.preferredLanguage;
            break;
        }
    }
    const Actor actor = m_actor;
    const auto draw = [this, actor, studentId, language](LetterDocument& document) -> Status {
        auto form = FormPrinting(m_db).printAccessRequest(actor, studentId, language, document);
        return form ? Status() : form.error();
    };
    printForm(draw, tr("The Parent Access Request form was printed."));
}

void CardActions::printForm(const std::function<Status(LetterDocument&)>& draw, const QString& printedText)
{
    const Status printed = m_formOutput ? m_formOutput(draw) : printOnPrinter(m_db, m_window, draw);
    if (locked())
        return;   // locked while the print dialog waited: the lock screen says nothing of it
    Q_EMIT message(printed ? printedText : printed.message());
}

} // namespace gd
