#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace gd {

// What kind of failure an Error is; the CLI maps it to its exit code (BadInput -> 2).
enum class ErrorKind {
    BadInput,   // the caller's input is wrong: nothing was changed
    NotFound,
    Denied,     // role or lock-out: the service refused
    Conflict,   // the stored state does not allow it (newer schema, duplicate, ...)
    Io,         // disk, database or network failure
    Failed,     // a check failed (an audit chain that does not hold, ...)
};

// An error carries a message a person can act on. It never carries a secret.
struct Error {
    ErrorKind kind = ErrorKind::Failed;
    QString message;

    static Error badInput(QString m) { return {ErrorKind::BadInput, std::move(m)}; }
    static Error notFound(QString m) { return {ErrorKind::NotFound, std::move(m)}; }
    static Error denied(QString m) { return {ErrorKind::Denied, std::move(m)}; }
    static Error conflict(QString m) { return {ErrorKind::Conflict, std::move(m)}; }
    static Error io(QString m) { return {ErrorKind::Io, std::move(m)}; }
    static Error failed(QString m) { return {ErrorKind::Failed, std::move(m)}; }
};

// Result<T>: a value or an Error. No exceptions cross Qt boundaries in GuardianDesk.
template <typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<0>(m_data); }
    const T& value() const& { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const Error& error() const { return std::get<1>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

template <>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }
    QString message() const { return ok() ? QString() : m_error->message; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace gd
