#pragma once

#include <QApplication>
#include <QCursor>

namespace cd {

/// Shows the wait cursor for the lifetime of the object (short blocking work: open, backup).
class BusyCursor
{
public:
    BusyCursor() { QApplication::setOverrideCursor(QCursor(Qt::WaitCursor)); }
    ~BusyCursor() { QApplication::restoreOverrideCursor(); }
    BusyCursor(const BusyCursor &) = delete;
    BusyCursor &operator=(const BusyCursor &) = delete;
};

} // namespace cd
