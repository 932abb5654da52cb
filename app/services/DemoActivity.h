#pragma once

#include "core/Result.h"
#include "core/Staff.h"

#include <functional>

namespace gd {

class Database;

// Past front-office activity for a demo or benchmark database: verifications (some refused),
// keys, letters printed or waiting in the queue, and their events, all made through the real
// services by a demo front-desk account, spread over the hours before now.
class DemoActivity {
public:
    struct Counts {
        int verified = 0, refused = 0, keys = 0, lettersPrinted = 0, lettersQueued = 0;
    };
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    explicit DemoActivity(Database& db);

    // Needs a roster and the district's public key (setting district.public_key_file).
    Result<Counts> seedVerifications(const Actor& admin, int count, quint64 seed, const Progress& progress = {});

private:
    Database& m_db;
};

} // namespace gd
