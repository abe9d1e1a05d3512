#include "testsupport.h"

#include <QFile>
#include <QProcess>

namespace cd::test {

TempDir::TempDir()
{
    m_dir.setAutoRemove(true);
}

ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForStarted(30000))
        return result;
    process.waitForFinished(timeoutMs);
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

ProcessResult runPython(const QString &script, const QStringList &arguments)
{
    QStringList args{QStringLiteral("-c"), script};
    args += arguments;
    return runProgram(QStringLiteral(CD_PYTHON), args);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    return file.readAll();
}

} // namespace cd::test
