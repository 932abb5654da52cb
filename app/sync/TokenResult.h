#pragma once

#include "core/Result.h"
#include "sync/AccessToken.h"

#include <QString>

namespace gd {

// The answer to DistrictClient::fetchToken().
struct TokenResult {
    bool ok = false;
    QString message;                       // "credentials rejected", ...; never a secret
    ErrorKind errorKind = ErrorKind::Failed;   // when !ok: Denied for rejected credentials, Io transient
    AccessToken token;                     // when ok
};

} // namespace gd
