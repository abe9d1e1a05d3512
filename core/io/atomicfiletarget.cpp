#include "io/atomicfiletarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>

#include <filesystem>
#include <system_error>

namespace cd {

namespace {

std::filesystem::path toPath(const QString &path)
{
#ifdef _WIN32
    return std::filesystem::path(QDir::toNativeSeparators(path).toStdWString());
#else
    return std::filesystem::path(QFile::encodeName(path).toStdString());
#endif
}

} // namespace

AtomicFileTarget::AtomicFileTarget(const QString &targetPath) : m_targetPath(targetPath) {}

AtomicFileTarget::~AtomicFileTarget()
{
    discard();
}

Status AtomicFileTarget::prepare()
{
    discard();
    const QFileInfo target(m_targetPath);
    const QString name = target.fileName();
    if (name.isEmpty())
        return Status::failure(tr("No file name was given."));
    if (target.isDir())
        return Status::failure(tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(m_targetPath)));
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return Status::failure(tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.path())));
    if (target.exists() && !target.isWritable())
        return Status::failure(tr("%1 is read-only.").arg(QDir::toNativeSeparators(m_targetPath)));

    QTemporaryFile temporary(folder.filePath(QStringLiteral(".%1.XXXXXX.tmp").arg(name)));
    temporary.setAutoRemove(false);
    if (!temporary.open())
        return Status::failure(tr("Cannot write in the folder %1: %2")
                                   .arg(QDir::toNativeSeparators(folder.path()), temporary.errorString()));
    m_temporaryPath = temporary.fileName();
    temporary.close();
    return Status::success();
}

Status AtomicFileTarget::commit()
{
    if (m_temporaryPath.isEmpty())
        return Status::failure(tr("Nothing was written to %1.").arg(QDir::toNativeSeparators(m_targetPath)));
    std::error_code error;
    // Replaces an existing target in one step (MoveFileEx with MOVEFILE_REPLACE_EXISTING on Windows).
    std::filesystem::rename(toPath(m_temporaryPath), toPath(m_targetPath), error);
    if (error) {
        discard();
        return Status::failure(tr("Cannot replace %1: %2")
                                   .arg(QDir::toNativeSeparators(m_targetPath),
                                        QString::fromLocal8Bit(error.message().c_str())));
    }
    m_temporaryPath.clear();
    return Status::success();
}

void AtomicFileTarget::discard()
{
    if (!m_temporaryPath.isEmpty())
        QFile::remove(m_temporaryPath);
    m_temporaryPath.clear();
}

} // namespace cd
