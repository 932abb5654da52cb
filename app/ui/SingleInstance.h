#pragma once

#include <QLocalServer>
#include <QObject>
#include <QString>

namespace gd {

// One kiosk per database and user: a second start on the same database asks the running one to
// come to the front and ends, instead of opening a second window on the same records. The
// channel is a local socket only this user can open, named after the database's full path; it
// carries one word and nothing from the database.
class SingleInstance : public QObject {
    Q_OBJECT
public:
    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);

    // True when this is the only kiosk on the database (it now answers later starts); false
    // when another one runs, which has been asked to come to the front.
    bool claim();

    QString serverName() const { return m_name; }

Q_SIGNALS:
    void raiseRequested();

private:
    QString m_name;
    QLocalServer m_server;
};

} // namespace gd
