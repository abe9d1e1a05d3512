#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QString>

#include <memory>

namespace cd {

/// Read-only access to the entries of a zip archive (an .xlsx package), through minizip
/// over QFile so that Unicode paths work everywhere.
///
/// Entry names are matched case-insensitively (OPC part names are), with or without a
/// leading '/'. Every entry is decompressed with a size cap so that a zip bomb is refused
/// instead of exhausting memory; CRC errors are reported.
class ZipArchive
{
    Q_DECLARE_TR_FUNCTIONS(cd::ZipArchive)

public:
    /// Default cap on the decompressed size of one entry: 1 GiB.
    static constexpr qint64 defaultEntrySizeLimit = qint64(1) << 30;

    ZipArchive();
    ~ZipArchive();
    ZipArchive(const ZipArchive &) = delete;
    ZipArchive &operator=(const ZipArchive &) = delete;

    /// Opens `path`; fails with a readable message when it is missing or not a zip archive.
    Status open(const QString &path);
    void close();
    bool isOpen() const { return m_zip != nullptr; }

    void setEntrySizeLimit(qint64 bytes) { m_limit = bytes; }
    qint64 entrySizeLimit() const { return m_limit; }

    bool contains(const QString &name) const;
    /// Decompressed size recorded in the archive (untrusted; -1 when there is no such entry).
    qint64 recordedSize(const QString &name) const;

    /// The whole entry, decompressed.
    Result<QByteArray> read(const QString &name);

    /// Streams one entry as a sequential QIODevice; read() returns -1 once the size cap is
    /// passed or the data is corrupt, and failure() then says why.
    class EntryDevice : public QIODevice
    {
    public:
        ~EntryDevice() override;
        bool isSequential() const override { return true; }
        /// Empty while all is well.
        const QString &failure() const { return m_failure; }
        /// Decompressed bytes delivered so far.
        qint64 produced() const { return m_produced; }

    protected:
        qint64 readData(char *data, qint64 maxSize) override;
        qint64 writeData(const char *, qint64) override { return -1; }

    private:
        friend class ZipArchive;
        EntryDevice(void *zip, QString name, qint64 limit);
        void fail(const QString &message);

        void *m_zip;
        QString m_name;
        qint64 m_limit;
        qint64 m_produced = 0;
        bool m_open = true;
        QString m_failure;
    };

    /// Only one entry can be open at a time; destroy the device before the archive.
    Result<std::unique_ptr<EntryDevice>> openEntry(const QString &name);

private:
    static QString key(const QString &name);

    struct Entry
    {
        quint64 posInCentralDir = 0;
        quint64 fileNumber = 0;
        qint64 size = 0;
    };

    void *m_zip = nullptr; // unzFile
    QString m_path;
    QString m_displayName;
    QHash<QString, Entry> m_entries;
    qint64 m_limit = defaultEntrySizeLimit;
};

} // namespace cd
