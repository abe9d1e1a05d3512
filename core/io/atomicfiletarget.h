#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QString>

namespace cd {

/// Writes a file so that readers see either the old file or the complete new one.
///
/// prepare() creates a temporary file beside the target (same folder, so the final
/// rename does not cross file systems); the writer fills temporaryPath(); commit()
/// replaces the target with it. Without commit() the temporary file is removed and an
/// existing target is left as it was.
class AtomicFileTarget
{
    Q_DECLARE_TR_FUNCTIONS(cd::AtomicFileTarget)

public:
    explicit AtomicFileTarget(const QString &targetPath);
    ~AtomicFileTarget();
    AtomicFileTarget(const AtomicFileTarget &) = delete;
    AtomicFileTarget &operator=(const AtomicFileTarget &) = delete;

    Status prepare();
    const QString &temporaryPath() const { return m_temporaryPath; }
    Status commit();
    /// Removes the temporary file (also done by the destructor).
    void discard();

private:
    QString m_targetPath;
    QString m_temporaryPath;
};

} // namespace cd
