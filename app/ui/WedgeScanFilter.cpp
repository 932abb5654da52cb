#include "ui/WedgeScanFilter.h"

#include <QApplication>
#include <QKeyEvent>
#include <QWidget>

namespace gd {

WedgeScanFilter::WedgeScanFilter(QWidget* window, const QString& starters, Recognise recognise)
    : QObject(window)
    , m_window(window)
    , m_starters(starters)
    , m_recognise(std::move(recognise))
{
    m_gap.setSingleShot(true);
    m_gap.setInterval(kGapMs);
    connect(&m_gap, &QTimer::timeout, this, &WedgeScanFilter::finish);
    // The keys go to whichever child has the focus: only the application sees them all first.
    qApp->installEventFilter(this);
}

WedgeScanFilter::~WedgeScanFilter()
{
    wipe();
}

void WedgeScanFilter::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (!enabled && isHolding()) {
        m_gap.stop();
        wipe();   // a burst cut short by a lock: neither a scan nor typing anybody wants kept
    }
}

bool WedgeScanFilter::eventFilter(QObject* watched, QEvent* event)
{
    const QEvent::Type type = event->type();
    if (type != QEvent::KeyPress && type != QEvent::KeyRelease && type != QEvent::ShortcutOverride)
        return false;
    if (m_delivering || !m_enabled || !m_window)
        return false;
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || widget->window() != m_window)
        return false;
    if (type == QEvent::ShortcutOverride) {
        // While a burst is held its keys are text, never a shortcut (a scanned "N" is no Alt+N).
        if (!isHolding())
            return false;
        event->accept();
        return true;
    }
    if (type == QEvent::KeyRelease)
        return isHolding();
    return hold(widget, static_cast<const QKeyEvent*>(event));
}

bool WedgeScanFilter::hold(QWidget* target, const QKeyEvent* key)
{
    if (!isHolding()) {
        const bool command = key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
        if (command || key->isAutoRepeat() || key->text().isEmpty() || !m_starters.contains(key->text().front()))
            return false;
        m_target = target;
    }
    m_held.append({key->key(), key->modifiers(), key->text()});
    m_typed += key->text();
    if (m_held.size() >= kMaxKeys)
        finish();
    else
        m_gap.start();
    return true;
}

void WedgeScanFilter::finish()
{
    m_gap.stop();
    if (m_held.size() >= kMinKeys && m_recognise && m_recognise(m_typed)) {
        QString typed;
        typed.swap(m_typed);
        wipe();
        Q_EMIT scanned(typed);
        typed.fill(u'\0');
        return;
    }
    deliver();
}

void WedgeScanFilter::deliver()
{
    // Typed by a person: each key goes where it was typed, as if it had never been held.
    QPointer<QWidget> target = m_target;
    if (QWidget* focus = QApplication::focusWidget(); focus && focus->window() == m_window)
        target = focus;
    const QList<HeldKey> held = m_held;
    wipe();
    if (!target)
        return;
    m_delivering = true;
    for (const HeldKey& k : held) {
        QKeyEvent press(QEvent::KeyPress, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target, &press);
        QKeyEvent release(QEvent::KeyRelease, k.key, k.modifiers, k.text);
        QCoreApplication::sendEvent(target, &release);
        if (!target)
            break;
    }
    m_delivering = false;
}

void WedgeScanFilter::wipe()
{
    for (HeldKey& k : m_held)
        k.text.fill(u'\0');
    m_held.clear();
    m_typed.fill(u'\0');
    m_typed.clear();
    m_target.clear();
}

} // namespace gd
