#include "ui/letters/LetterQueueModel.h"

#include "printing/LetterLanguage.h"
#include "ui/DisplayText.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QStyle>

using namespace Qt::Literals::StringLiterals;

namespace gd {

namespace {

QString languageText(const QString& tag)
{
    const auto language = letterLanguageFromTag(tag);
    if (!language)
        //: A letter's language column: the adult's language has no letter text, %1 is its code.
        return LetterQueueModel::tr("%1 (printed in English)").arg(tag);
    const LetterLanguageInfo& info = letterLanguageInfo(*language);
    if (info.nativeName == info.englishName)
        return info.englishName;
    // The native name first: it is what the adult will read on the letter.
    return u"%1 (%2)"_s.arg(info.nativeName, info.englishName);
}

} // namespace

LetterQueueModel::LetterQueueModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void LetterQueueModel::setSchoolCode(const QString& schoolCode)
{
    beginResetModel();
    m_schoolCode = schoolCode;
    endResetModel();
}

void LetterQueueModel::setLetters(QList<QueuedLetter> letters)
{
    beginResetModel();
    m_letters = std::move(letters);
    endResetModel();
}

void LetterQueueModel::clear()
{
    if (m_letters.isEmpty())
        return;
    beginResetModel();
    m_letters.clear();
    m_letters.squeeze();
    endResetModel();
}

const QueuedLetter* LetterQueueModel::letterAt(int row) const
{
    if (row < 0 || row >= m_letters.size())
        return nullptr;
    return &m_letters.at(row);
}

int LetterQueueModel::rowOf(const QString& letterId) const
{
    for (qsizetype row = 0; row < m_letters.size(); ++row) {
        if (m_letters.at(row).letterId == letterId)
            return int(row);
    }
    return -1;
}

QString LetterQueueModel::serialText(const QueuedLetter& letter) const
{
    return letterSerialText(m_schoolCode, letter.serial);
}

bool LetterQueueModel::isPrintable(const QueuedLetter& letter)
{
    return letter.printable();
}

bool LetterQueueModel::needsVoiding(const QueuedLetter& letter)
{
    return letter.state == u"queued" && !letter.printable();
}

int LetterQueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_letters.size());
}

int LetterQueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString LetterQueueModel::keysText(const QueuedLetter& letter) const
{
    if (letter.state == u"printed")
        return tr("Printed");
    if (letter.state == u"voided")
        return tr("Void");
    if (!letter.printable())
        //: Every child on this queued letter is on a newer letter now: it must not be printed.
        return tr("REPLACED: void this letter");
    //: A queued letter holds no key: the keys are made when it prints.
    QString text = tr("%n key(s) to print", nullptr, letter.links);
    if (letter.superseded > 0)
        text += u" · "_s + tr("%n replaced by a newer letter", nullptr, letter.superseded);
    return text;
}

QString LetterQueueModel::displayText(const QueuedLetter& letter, int column) const
{
    switch (column) {
    case SerialColumn:
        return serialText(letter);
    case AdultColumn:
        return letter.guardianName;
    case ChildrenColumn:
        return letter.studentNames.join(u", "_s);
    case LanguageColumn:
        return languageText(letter.language);
    case DeliveryColumn:
        return letter.delivery == u"mail" ? tr("By mail") : tr("In person");
    case CreatedColumn: {
        const QDateTime local = letter.createdAt.toLocalTime();
        return DisplayText::shortDate(local.date()) + u' ' + QLocale().toString(local.time(), QLocale::ShortFormat);
    }
    case KeysColumn:
        return keysText(letter);
    default:
        return {};
    }
}

// What a screen reader says for a row: the letter, who it is for, and whether it can print.
QString LetterQueueModel::rowSummary(const QueuedLetter& letter) const
{
    return tr("Letter %1 for %2, children: %3. %4, %5. %6.")
        .arg(serialText(letter), letter.guardianName, letter.studentNames.join(u", "_s),
             displayText(letter, LanguageColumn), displayText(letter, DeliveryColumn), keysText(letter));
}

QVariant LetterQueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QueuedLetter& letter = m_letters.at(index.row());
    const bool warn = needsVoiding(letter);
    switch (role) {
    case Qt::DisplayRole:
        return displayText(letter, index.column());
    case Qt::AccessibleTextRole:
        return index.column() == SerialColumn ? rowSummary(letter) : displayText(letter, index.column());
    case Qt::ToolTipRole:
        if (warn)
            return tr("A newer letter covers every child on this one. It cannot be printed: void it so it "
                      "leaves the queue.");
        return {};
    case Qt::DecorationRole:
        if (warn && index.column() == KeysColumn)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if (warn && index.column() == KeysColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (warn)
            return QBrush(QColor(0xfd, 0xe2, 0xe1));
        return {};
    case Qt::ForegroundRole:
        if (warn)
            return QBrush(QColor(0x7a, 0x12, 0x12));   // 8:1 contrast on the background above
        return {};
    case LetterIdRole:
        return letter.letterId;
    case PrintableRole:
        return isPrintable(letter);
    default:
        return {};
    }
}

QVariant LetterQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SerialColumn:
        return tr("Letter");
    case AdultColumn:
        return tr("Adult");
    case ChildrenColumn:
        return tr("Children");
    case LanguageColumn:
        return tr("Language");
    case DeliveryColumn:
        return tr("Delivery");
    case CreatedColumn:
        return tr("Created");
    case KeysColumn:
        return tr("Keys");
    default:
        return {};
    }
}

} // namespace gd
