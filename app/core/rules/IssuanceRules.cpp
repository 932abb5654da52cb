#include "core/rules/IssuanceRules.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace gd {

QString toWire(KeyDelivery d)
{
    return d == KeyDelivery::Mail ? u"mail"_s : u"in_person"_s;
}

Status IssuanceRules::check(const IssuanceFacts& f)
{
    if (!f.verified)
        return Error::badInput(QCoreApplication::translate("Rules", "This adult was not verified; no key can be issued."));
    if (f.hasLetterAlready)
        return Error::conflict(QCoreApplication::translate(
            "Rules", "Keys were already issued from this verification. To issue new keys, verify the adult again."));
    if (!f.verifiedAt.isValid() || f.verifiedAt.secsTo(f.now) > qint64(f.maxAgeMinutes) * 60
        || f.verifiedAt.secsTo(f.now) < -120)
        return Error::badInput(QCoreApplication::translate(
                                   "Rules", "The verification is more than %n minute(s) old; verify the adult again.",
                                   nullptr, f.maxAgeMinutes));
    if (f.method == VerificationMethod::MailWaiver && f.delivery != KeyDelivery::Mail)
        return Error::badInput(QCoreApplication::translate(
            "Rules", "The adult was verified by a returned request to mail the key, so the keys go by mail to the "
                     "address in school records, never across the counter."));
    return {};
}

} // namespace gd
