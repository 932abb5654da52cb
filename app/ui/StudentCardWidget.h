#pragma once

#include "storage/StudentDirectory.h"

#include <QWidget>

#include <memory>

namespace Ui {
class StudentCardWidget;
}

namespace gd {

class AdultsModel;

// One student's card: school, grade, date of birth, active or not, and every adult on record
// with the flags the verification depends on. Plain-text widgets only: roster text is never
// read as markup.
class StudentCardWidget : public QWidget {
    Q_OBJECT
public:
    explicit StudentCardWidget(QWidget* parent = nullptr);
    ~StudentCardWidget() override;

    // `schoolName` is shown next to the code when known.
    void showCard(const StudentCard& card, const QString& schoolName = {});
    // Forgets the student: every label, the adults model and the page go back to empty.
    void clear();

    bool hasStudent() const { return !m_student.studentId.isEmpty(); }
    QString studentId() const { return m_student.studentId; }
    // The student shown, as the card read it (empty when there is none).
    const Student& student() const { return m_student; }
    AdultsModel* adultsModel() const { return m_adults; }
    QWidget* adultsView() const;

private:
    void fitAdultsView();

    std::unique_ptr<Ui::StudentCardWidget> m_ui;
    AdultsModel* m_adults = nullptr;
    Student m_student;
};

} // namespace gd
