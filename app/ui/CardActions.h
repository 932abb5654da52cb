#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <QObject>
#include <QString>

#include <functional>

class QLabel;
class QPushButton;
class QWidget;

namespace gd {

class Database;
class LetterDocument;
class StudentCardWidget;

// The four actions under the student card: verify the chosen adult, an adult not on record,
// print the request to mail the key, print the Parent Access Request form. A button is live
// only when its action can go through for the student, adult and staff member at hand; a
// disabled one says why (no student, no adult chosen, not eligible, role) in its tooltip, its
// accessible description and the line under the buttons, so a keyboard user reads it too.
class CardActions : public QObject {
    Q_OBJECT
public:
    struct Widgets {
        QPushButton* verify = nullptr;
        QPushButton* notOnRecord = nullptr;
        QPushButton* waiver = nullptr;
        QPushButton* requestForm = nullptr;
        QLabel* hint = nullptr;
    };
    // Where forms are printed: makes a document, lets `draw` add the form, finishes it. Unset,
    // the staff member picks a printer. Tests draw into images.
    using FormOutput = std::function<Status(const std::function<Status(LetterDocument&)>& draw)>;

    CardActions(Database& db, StudentCardWidget& card, const Widgets& widgets, QWidget* window);

    // The staff member the actions are for; an empty actor (the kiosk is locked) disables all.
    void setActor(const Actor& actor);
    void setFormOutput(FormOutput output) { m_formOutput = std::move(output); }
    // The adult chosen on the card, empty when none.
    QString chosenGuardianId() const;

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

public Q_SLOTS:
    // Reads the card, the chosen adult and the role again and sets every button.
    void update();
    void printWaiverForm();
    void printAccessRequestForm();

Q_SIGNALS:
    // Verify was asked for: the chosen adult, or an empty id for an adult not on record.
    void verifyRequested(const QString& guardianId);
    // A result worth a line in the status bar.
    void message(const QString& text);

private:
    // Two buttons a row when the card is wide enough, else one: on a small screen at 150% the
    // buttons stack instead of pushing the window past the screen's edge.
    void arrangeButtons(int width);
    // Prints through the form output (or a printer the staff member picks) and reports.
    void printForm(const std::function<Status(LetterDocument&)>& draw, const QString& printedText);
    void setState(QPushButton* button, bool enabled, const QString& why, const QString& whatItDoes);
    bool locked() const { return m_actor.staffId.isEmpty(); }

    Database& m_db;
    StudentCardWidget& m_card;
    Widgets m_widgets;
    QWidget* m_window = nullptr;
    Actor m_actor;
    FormOutput m_formOutput;
    int m_columns = 2;
};

} // namespace gd
