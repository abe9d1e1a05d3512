#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace cd::test {

/// A fresh temporary folder per test; removed with the object.
class TempDir
{
public:
    TempDir();
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

/// Output of a finished child process.
struct ProcessResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs a program to completion (up to `timeoutMs`).
ProcessResult runProgram(const QString &program, const QStringList &arguments, int timeoutMs = 300000);

/// Runs /usr/bin/python3 with a script given as text; used to read files with independent tools.
ProcessResult runPython(const QString &script, const QStringList &arguments = {});

/// Whole file as bytes (empty when missing).
QByteArray readAll(const QString &path);

} // namespace cd::test
