#pragma once

#include "storage/LetterQueue.h"

#include <QAbstractTableModel>
#include <QList>

namespace gd {

// The letters of one queue state (queued, printed or voided), one row each, as
// LetterQueue::list() returned them. A QueuedLetter holds no secret, so neither does this model.
// A queued letter whose children are all on newer letters is shown by words, weight, an icon and colour: it
// cannot print, it can only be voided.
class LetterQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { SerialColumn, AdultColumn, ChildrenColumn, LanguageColumn, DeliveryColumn, CreatedColumn,
                  KeysColumn, ColumnCount };
    enum Role { LetterIdRole = Qt::UserRole + 1, PrintableRole };

    explicit LetterQueueModel(QObject* parent = nullptr);

    // The serial as the letter prints it: "<school code>-000042".
    void setSchoolCode(const QString& schoolCode);
    void setLetters(QList<QueuedLetter> letters);
    void clear();
    const QueuedLetter* letterAt(int row) const;
    int rowOf(const QString& letterId) const;

    QString serialText(const QueuedLetter& letter) const;
    // Whether the service may still print it: queued and holding every key's secret.
    static bool isPrintable(const QueuedLetter& letter);
    // Queued, but newer letters cover all its children: it can only be voided.
    static bool needsVoiding(const QueuedLetter& letter);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const QueuedLetter& letter, int column) const;
    QString keysText(const QueuedLetter& letter) const;
    QString rowSummary(const QueuedLetter& letter) const;

    QString m_schoolCode;
    QList<QueuedLetter> m_letters;
};

} // namespace gd
