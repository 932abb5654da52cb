#pragma once

#include "core/Result.h"
#include "support/DistrictStub.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace gd::test {

// What a district server remembers between restarts: the enrolled devices, the audit heads it
// witnessed and the event ids it accepted. The stub keeps it in memory; with a state file (the
// demo's) it survives a restart, as a real district's database would.
struct StubState {
    QHash<QString, StubDevice> devices;
    QStringList deviceOrder;                           // enrollment order
    QHash<QString, QList<QJsonObject>> auditHeads;     // device id -> heads, in arrival order
    QSet<QString> acceptedIds;
};

// A missing file is an empty state; a damaged one is an error (nothing is overwritten).
[[nodiscard]] Result<StubState> loadStubState(const QString& path);
// Written whole to a temporary file and renamed over the old one.
[[nodiscard]] Status saveStubState(const QString& path, const StubState& state);

} // namespace gd::test
