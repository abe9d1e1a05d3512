#pragma once

#include <QtGlobal>

#include <functional>
#include <utility>

namespace cd {

/// Maps each demo step's own progress onto the caller's 0..100 and remembers a cancel.
/// The callback is called only when the whole percentage changes, so reporting is cheap.
class DemoProgress
{
public:
    explicit DemoProgress(std::function<bool(int)> callback) : m_callback(std::move(callback)) {}

    /// The part of the overall bar [from, to] that the next updates fill.
    void setSpan(int from, int to)
    {
        m_from = from;
        m_to = to;
    }

    /// `done` of `total` units of the current span; false once the caller has cancelled.
    bool update(qint64 done, qint64 total)
    {
        if (m_cancelled)
            return false;
        const qint64 part = total > 0 ? qBound<qint64>(0, done, total) * (m_to - m_from) / total : 0;
        return report(m_from + int(part));
    }

    /// Reports an absolute percentage (used for 0 and 100).
    bool report(int percent)
    {
        if (m_cancelled)
            return false;
        if (percent <= m_last || !m_callback)
            return true;
        m_last = percent;
        if (!m_callback(percent))
            m_cancelled = true;
        return !m_cancelled;
    }

    bool cancelled() const { return m_cancelled; }

private:
    std::function<bool(int)> m_callback;
    int m_from = 0;
    int m_to = 100;
    int m_last = -1;
    bool m_cancelled = false;
};

} // namespace cd
