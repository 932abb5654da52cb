#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <functional>

class QKeyEvent;
class QWidget;

namespace gd {

// A keyboard-wedge 2D scanner types a barcode's payload as keystrokes, a key every few
// milliseconds, into whatever has the focus. This filter watches the keys sent to one window:
// a key that can start a payload is held back, and so is every key that follows it faster than
// a person types. When the keys stop, a burst that `recognise` accepts is handed over as
// scanned(), and no field sees it; anything else (a person typing) is delivered, in order, to
// the widget it was meant for. The payload is wiped from memory once handed over.
class WedgeScanFilter : public QObject {
    Q_OBJECT
public:
    // A scanner types a key every 1-10 ms; a person rarely twice within 60 ms.
    static constexpr int kGapMs = 40;
    // The shortest payload worth recognising: no person types this many keys this fast.
    static constexpr int kMinKeys = 12;
    static constexpr int kMaxKeys = 8192;

    using Recognise = std::function<bool(QStringView typed)>;

    // Watches the keys of `window` (its children included); `starters` are the characters a
    // payload may begin with.
    WedgeScanFilter(QWidget* window, const QString& starters, Recognise recognise);
    ~WedgeScanFilter() override;

    void setEnabled(bool enabled);
    bool isHolding() const { return !m_held.isEmpty(); }

Q_SIGNALS:
    // The payload as typed (a scanner's Enter arrives as "\r"). Receivers must not keep it.
    void scanned(const QString& typed);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct HeldKey {
        int key = 0;
        Qt::KeyboardModifiers modifiers;
        QString text;
    };

    bool hold(QWidget* target, const QKeyEvent* key);
    void finish();
    void deliver();
    void wipe();

    QPointer<QWidget> m_window;
    QString m_starters;
    Recognise m_recognise;
    QTimer m_gap;
    QList<HeldKey> m_held;
    QString m_typed;
    QPointer<QWidget> m_target;
    bool m_enabled = true;
    bool m_delivering = false;
};

} // namespace gd
