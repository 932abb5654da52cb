#include "support/FaultRule.h"

#include <QStringList>

using namespace Qt::Literals::StringLiterals;

namespace gd::test {

namespace {

std::optional<FaultRule::Action> actionFromName(const QString& name)
{
    if (name == u"status")
        return FaultRule::Action::Status;
    if (name == u"delay")
        return FaultRule::Action::Delay;
    if (name == u"reset")
        return FaultRule::Action::Reset;
    if (name == u"hang")
        return FaultRule::Action::Hang;
    if (name == u"expire-token" || name == u"token-expired")
        return FaultRule::Action::ExpireToken;
    if (name == u"lose-answer")
        return FaultRule::Action::LoseAnswer;
    return std::nullopt;
}

Result<int> parseNumber(const QString& key, const QString& value, int min, int max)
{
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < min || number > max)
        return Error::badInput(u"fault %1=%2: expected a number from %3 to %4"_s.arg(key, value).arg(min).arg(max));
    return number;
}

} // namespace

bool FaultRule::matches(const QByteArray& requestMethod, const QString& requestPath) const
{
    if (!method.isEmpty() && method.compare(requestMethod, Qt::CaseInsensitive) != 0)
        return false;
    if (path.endsWith(u'*'))
        return requestPath.startsWith(QStringView(path).chopped(1));
    return path == requestPath;
}

Result<FaultRule> FaultRule::parse(const QString& spec)
{
    FaultRule rule;
    bool hasStatus = false;
    bool hasDelay = false;
    std::optional<Action> action;
    const QStringList items = spec.split(u',', Qt::SkipEmptyParts);
    for (const QString& rawItem : items) {
        const QString item = rawItem.trimmed();
        const qsizetype eq = item.indexOf(u'=');
        const QString key = (eq < 0 ? item : item.left(eq)).trimmed().toLower();
        const QString value = eq < 0 ? QString() : item.mid(eq + 1).trimmed();
        if (eq < 0) {
            // A bare word names the action: "reset", "hang", "expire-token".
            action = actionFromName(key);
            if (!action)
                return Error::badInput(u"fault \"%1\": unknown action \"%2\""_s.arg(spec, key));
        } else if (key == u"path") {
            if (!value.startsWith(u'/') && value != u"*")
                return Error::badInput(u"fault \"%1\": path must start with / (or be *)"_s.arg(spec));
            rule.path = value;
        } else if (key == u"method") {
            rule.method = value.toUpper().toLatin1();
        } else if (key == u"action") {
            action = actionFromName(value.toLower());
            if (!action)
                return Error::badInput(u"fault \"%1\": unknown action \"%2\""_s.arg(spec, value));
        } else if (key == u"status") {
            const auto n = parseNumber(key, value, 100, 599);
            if (!n)
                return n.error();
            rule.status = *n;
            hasStatus = true;
        } else if (key == u"retry-after") {
            const auto n = parseNumber(key, value, 0, 86400);
            if (!n)
                return n.error();
            rule.retryAfterSeconds = *n;
        } else if (key == u"delay" || key == u"delay-ms") {
            const auto n = parseNumber(key, value, 0, 3600 * 1000);
            if (!n)
                return n.error();
            rule.delayMs = *n;
            hasDelay = true;
        } else if (key == u"count") {
            const auto n = parseNumber(key, value, 1, 1000000);
            if (!n)
                return n.error();
            rule.count = *n;
        } else {
            return Error::badInput(u"fault \"%1\": unknown key \"%2\""_s.arg(spec, key));
        }
    }
    if (rule.path.isEmpty())
        return Error::badInput(u"fault \"%1\": path= is required"_s.arg(spec));
    if (!action) {
        if (hasStatus)
            action = Action::Status;
        else if (hasDelay)
            action = Action::Delay;
        else
            return Error::badInput(u"fault \"%1\": give status=, delay=, reset, hang, expire-token or lose-answer"_s.arg(spec));
    }
    rule.action = *action;
    if (rule.retryAfterSeconds >= 0 && rule.action != Action::Status)
        return Error::badInput(u"fault \"%1\": retry-after goes with status="_s.arg(spec));
    if (rule.action == Action::Delay && rule.delayMs <= 0)
        return Error::badInput(u"fault \"%1\": delay needs delay=<ms>"_s.arg(spec));
    return rule;
}

QString FaultRule::toString() const
{
    QStringList parts{u"path="_s + path};
    if (!method.isEmpty())
        parts << u"method="_s + QString::fromLatin1(method);
    parts << actionName(action);
    if (action == Action::Status)
        parts << u"status="_s + QString::number(status);
    if (retryAfterSeconds >= 0)
        parts << u"retry-after="_s + QString::number(retryAfterSeconds);
    if (delayMs > 0)
        parts << u"delay="_s + QString::number(delayMs);
    if (count >= 0)
        parts << u"count="_s + QString::number(count);
    return parts.join(u',');
}

QString FaultRule::actionName(Action action)
{
    switch (action) {
    case Action::Status: return u"status"_s;
    case Action::Delay: return u"delay"_s;
    case Action::Reset: return u"reset"_s;
    case Action::Hang: return u"hang"_s;
    case Action::ExpireToken: return u"expire-token"_s;
    case Action::LoseAnswer: return u"lose-answer"_s;
    case Action::Body: return u"body"_s;
    }
    return {};
}

} // namespace gd::test
