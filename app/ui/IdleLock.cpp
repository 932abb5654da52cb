#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace gd {

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::trigger);
    if (QCoreApplication* app = QCoreApplication::instance())
        app->installEventFilter(this);
}

IdleLock::~IdleLock()
{
    if (QCoreApplication* app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timer.setInterval(timeout);
    if (m_timer.isActive())
        m_timer.start();
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLock::arm()
{
    m_timer.start();
}

void IdleLock::disarm()
{
    m_timer.stop();
}

bool IdleLock::isArmed() const
{
    return m_timer.isActive();
}

int IdleLock::remainingMs() const
{
    return m_timer.remainingTime();
}

void IdleLock::trigger()
{
    m_timer.stop();
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive() && isActivity(event))
        m_timer.start();
    return QObject::eventFilter(watched, event);
}

bool IdleLock::isActivity(const QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TouchEnd:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::TabletRelease:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}

} // namespace gd
