#include "ui/wizard/PageSupport.h"

#include "ui/KioskStyle.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace gd::PageSupport {

void enlargeTouchTargets(QWidget* page)
{
    const QList<QAbstractButton*> buttons = page->findChildren<QAbstractButton*>();
    for (QAbstractButton* button : buttons) {
        if (qobject_cast<QRadioButton*>(button) || qobject_cast<QCheckBox*>(button))
            button->setMinimumHeight(std::max(button->minimumHeight(), touchTargetHeight(button->fontMetrics())));
    }
}

void scrollWhenShort(QWidget* page)
{
    QLayout* content = page->layout();
    if (!content)
        return;
    // The focus chain is kept as the form set it: moving the widgets would reorder it.
    QList<QWidget*> chain;
    for (QWidget* w = page->nextInFocusChain(); w != page && page->isAncestorOf(w); w = w->nextInFocusChain())
        chain << w;
    auto* inner = new QWidget;
    inner->setObjectName(u"pageContent"_s);
    inner->setLayout(content);   // takes the layout and its widgets off the page
    auto* area = new QScrollArea(page);
    area->setObjectName(u"pageScrollArea"_s);
    area->setFocusPolicy(Qt::NoFocus);   // Tab goes from field to field, never to the frame
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setWidget(inner);
    area->viewport()->setAutoFillBackground(false);
    inner->setAutoFillBackground(false);
    auto* outer = new QVBoxLayout(page);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(area);
    for (qsizetype i = 1; i < chain.size(); ++i)
        QWidget::setTabOrder(chain[i - 1], chain[i]);
}

void alignFormLabels(QFormLayout* form)
{
    for (int row = 0; row < form->rowCount(); ++row) {
        QLayoutItem* labelItem = form->itemAt(row, QFormLayout::LabelRole);
        QLayoutItem* fieldItem = form->itemAt(row, QFormLayout::FieldRole);
        auto* label = labelItem ? qobject_cast<QLabel*>(labelItem->widget()) : nullptr;
        if (!label || !fieldItem)
            continue;
        // The field may come with its problem line below it: the field is the first widget.
        QWidget* field = fieldItem->widget();
        if (!field && fieldItem->layout() && fieldItem->layout()->count() > 0)
            field = fieldItem->layout()->itemAt(0)->widget();
        if (!qobject_cast<QLineEdit*>(field) && !qobject_cast<QComboBox*>(field))
            continue;
        label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        label->setFixedHeight(field->sizeHint().height());
    }
}

void styleAsFieldError(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { color: #8c1d18; font-weight: bold; }"_s);
}

void styleAsRefusal(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { background: #fde2e1; color: #7a1212; border: 3px solid #b3261e; "
                         "border-radius: 4px; padding: 0.5em; font-weight: bold; }"_s);
}

void styleAsSuccess(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { background: #e3f4e5; color: #0f4a1f; border: 2px solid #2e7d32; "
                         "border-radius: 4px; padding: 0.5em; font-weight: bold; }"_s);
}

void styleAsNotice(QLabel* label)
{
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setStyleSheet(u"QLabel { background: #fff4d6; color: #4a3200; border: 2px solid #b58100; "
                         "border-radius: 4px; padding: 0.5em; }"_s);
}

void showMessage(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

void makeHeadline(QLabel* label)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    label->setFont(font);
}

void wipeTexts(QWidget* root)
{
    for (QLabel* label : root->findChildren<QLabel*>())
        label->clear();
    // setText (unlike clear()) also empties the undo history.
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        edit->setText(QString());
}

} // namespace gd::PageSupport
