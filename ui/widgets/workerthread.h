#pragma once

#include <QThread>

#include <functional>

namespace cd {

/// A thread that runs one function. (QThread::create needs std::future support in Qt's
/// configuration; a plain subclass does not.)
class WorkerThread : public QThread
{
public:
    explicit WorkerThread(std::function<void()> work, QObject *parent = nullptr)
        : QThread(parent), m_work(std::move(work))
    {
    }

protected:
    void run() override { m_work(); }

private:
    std::function<void()> m_work;
};

} // namespace cd
