#include "ui/IdleLock.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>

namespace gd {

IdleLock::IdleLock(std::chrono::milliseconds timeout, QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(timeout);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::trigger);
    m_warningTimer.setSingleShot(true);
    connect(&m_warningTimer, &QTimer::timeout, this, &IdleLock::triggerWarning);
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
        restart();
}

std::chrono::milliseconds IdleLock::warningLead() const
{
    using namespace std::chrono_literals;
    return std::min<std::chrono::milliseconds>(60s, m_timer.intervalAsDuration() / 2);
}

void IdleLock::restart()
{
    m_timer.start();
    m_warningTimer.start(m_timer.intervalAsDuration() - warningLead());
    if (m_warned) {
        m_warned = false;
        Q_EMIT resumed();
    }
}

void IdleLock::triggerWarning()
{
    if (!m_timer.isActive())
        return;
    m_warningTimer.stop();
    m_warned = true;
    Q_EMIT warning(std::chrono::milliseconds(m_timer.remainingTime()));
}

std::chrono::milliseconds IdleLock::timeout() const
{
    return m_timer.intervalAsDuration();
}

void IdleLock::arm()
{
    restart();
}

void IdleLock::disarm()
{
    m_timer.stop();
    m_warningTimer.stop();
    m_warned = false;
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
    disarm();
    Q_EMIT idle();
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    if (m_timer.isActive() && isActivity(event))
        restart();
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
