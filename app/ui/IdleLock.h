#pragma once

#include <QObject>
#include <QTimer>

#include <chrono>

namespace gd {

// Watches the whole application for keyboard, mouse, touch and pen activity and reports
// `idle` when there was none for the timeout. The kiosk faces the public: an unattended
// session must lock itself. Tests call trigger() instead of waiting.
class IdleLock : public QObject {
    Q_OBJECT
public:
    explicit IdleLock(std::chrono::milliseconds timeout, QObject* parent = nullptr);
    ~IdleLock() override;

    void setTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds timeout() const;

    // Armed: counting down and restarting on every activity. Disarmed while the kiosk is locked.
    void arm();
    void disarm();
    bool isArmed() const;
    // Milliseconds left before the lock; -1 when disarmed.
    int remainingMs() const;
    // How long before the lock `warning` comes: a minute, or half the timeout when that is shorter.
    std::chrono::milliseconds warningLead() const;

public Q_SLOTS:
    // As if the timeout ran out now (test seam; also what "Lock" does).
    void trigger();
    // As if the warning time had come now (test seam).
    void triggerWarning();

Q_SIGNALS:
    void idle();
    // The lock comes in `left` unless someone touches the kiosk.
    void warning(std::chrono::milliseconds left);
    // Someone touched the kiosk after a warning: the lock is off again.
    void resumed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static bool isActivity(const QEvent* event);

    void restart();

    QTimer m_timer;
    QTimer m_warningTimer;
    bool m_warned = false;
};

} // namespace gd
