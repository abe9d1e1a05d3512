#pragma once

#include <QString>
#include <optional>
#include <utility>

namespace cd {

/// Outcome of an operation below ui/: success, or a message a user can read.
/// Errors are values here; only ui/ turns them into dialogs.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }

private:
    Status() = default;
    explicit Status(QString message) : m_failed(true), m_message(std::move(message)) {}

    bool m_failed = false;
    QString m_message;
};

/// A value or the reason there is none.
template <typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_status(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const QString &message() const { return m_status.message(); }
    Status status() const { return ok() ? Status::success() : m_status; }

private:
    std::optional<T> m_value;
    Status m_status = Status::failure(QString());
};

} // namespace cd
