#include "io/ziparchive.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <minizip/unzip.h>

namespace cd {

namespace {

// Hostile archives can claim millions of entries; an .xlsx has a few dozen.
constexpr quint64 maxEntries = 100000;

unzFile asZip(void *p) { return static_cast<unzFile>(p); }

// minizip file functions over QFile: `opaque` is the path as a QString.
voidpf ZCALLBACK qfileOpen(voidpf opaque, const void * /*filename*/, int mode)
{
    if ((mode & ZLIB_FILEFUNC_MODE_READWRITEFILTER) != ZLIB_FILEFUNC_MODE_READ)
        return nullptr;
    auto *file = new QFile(*static_cast<const QString *>(opaque));
    if (!file->open(QIODevice::ReadOnly)) {
        delete file;
        return nullptr;
    }
    return file;
}

uLong ZCALLBACK qfileRead(voidpf, voidpf stream, void *buf, uLong size)
{
    const qint64 n = static_cast<QFile *>(stream)->read(static_cast<char *>(buf), qint64(size));
    return n > 0 ? uLong(n) : 0;
}

uLong ZCALLBACK qfileWrite(voidpf, voidpf, const void *, uLong) { return 0; }

ZPOS64_T ZCALLBACK qfileTell(voidpf, voidpf stream)
{
    return ZPOS64_T(static_cast<QFile *>(stream)->pos());
}

long ZCALLBACK qfileSeek(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *file = static_cast<QFile *>(stream);
    qint64 target = 0;
    switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: target = qint64(offset); break;
    case ZLIB_FILEFUNC_SEEK_CUR: target = file->pos() + qint64(offset); break;
    case ZLIB_FILEFUNC_SEEK_END: target = file->size() + qint64(offset); break;
    default: return -1;
    }
    if (target < 0 || target > file->size())
        return -1;
    return file->seek(target) ? 0 : -1;
}

int ZCALLBACK qfileClose(voidpf, voidpf stream)
{
    delete static_cast<QFile *>(stream);
    return 0;
}

int ZCALLBACK qfileError(voidpf, voidpf stream)
{
    return static_cast<QFile *>(stream)->error() == QFileDevice::NoError ? 0 : 1;
}

} // namespace

ZipArchive::ZipArchive() = default;

ZipArchive::~ZipArchive()
{
    close();
}

QString ZipArchive::key(const QString &name)
{
    QString k = name;
    k.replace(QLatin1Char('\\'), QLatin1Char('/'));
    while (k.startsWith(QLatin1Char('/')))
        k.remove(0, 1);
    return k.toLower();
}

Status ZipArchive::open(const QString &path)
{
    close();
    m_path = path;
    m_displayName = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile())
        return Status::failure(tr("The file %1 does not exist.").arg(m_displayName));

    zlib_filefunc64_def io{};
    io.zopen64_file = qfileOpen;
    io.zread_file = qfileRead;
    io.zwrite_file = qfileWrite;
    io.ztell64_file = qfileTell;
    io.zseek64_file = qfileSeek;
    io.zclose_file = qfileClose;
    io.zerror_file = qfileError;
    io.opaque = &m_path;
    const QByteArray encoded = path.toUtf8(); // unused by qfileOpen; minizip wants a name
    m_zip = unzOpen2_64(encoded.constData(), &io);
    if (!m_zip)
        return Status::failure(tr("%1 is not an Excel workbook (.xlsx): it is not a zip archive.")
                                   .arg(m_displayName));

    unz_global_info64 global{};
    if (unzGetGlobalInfo64(asZip(m_zip), &global) != UNZ_OK || global.number_entry > maxEntries) {
        close();
        return Status::failure(tr("%1 is not a readable zip archive.").arg(m_displayName));
    }
    int rc = unzGoToFirstFile(asZip(m_zip));
    while (rc == UNZ_OK) {
        unz_file_info64 info{};
        char name[1024];
        if (unzGetCurrentFileInfo64(asZip(m_zip), &info, name, sizeof name, nullptr, 0, nullptr, 0)
            != UNZ_OK)
            break;
        unz64_file_pos pos{};
        unzGetFilePos64(asZip(m_zip), &pos);
        Entry entry;
        entry.posInCentralDir = pos.pos_in_zip_directory;
        entry.fileNumber = pos.num_of_file;
        entry.size = qint64(info.uncompressed_size);
        const QString k = key(QString::fromUtf8(name));
        if (!m_entries.contains(k)) // the first of duplicate names wins
            m_entries.insert(k, entry);
        rc = unzGoToNextFile(asZip(m_zip));
    }
    if (rc != UNZ_END_OF_LIST_OF_FILE && rc != UNZ_OK) {
        close();
        return Status::failure(tr("The zip directory of %1 is damaged.").arg(m_displayName));
    }
    return Status::success();
}

void ZipArchive::close()
{
    if (m_zip)
        unzClose(asZip(m_zip));
    m_zip = nullptr;
    m_entries.clear();
}

bool ZipArchive::contains(const QString &name) const
{
    return m_entries.contains(key(name));
}

qint64 ZipArchive::recordedSize(const QString &name) const
{
    const auto it = m_entries.constFind(key(name));
    return it == m_entries.cend() ? -1 : it->size;
}

Result<std::unique_ptr<ZipArchive::EntryDevice>> ZipArchive::openEntry(const QString &name)
{
    const auto it = m_entries.constFind(key(name));
    if (!m_zip || it == m_entries.cend())
        return Status::failure(tr("The workbook %1 has no part %2.").arg(m_displayName, name));
    unz64_file_pos pos{};
    pos.pos_in_zip_directory = it->posInCentralDir;
    pos.num_of_file = it->fileNumber;
    if (unzGoToFilePos64(asZip(m_zip), &pos) != UNZ_OK || unzOpenCurrentFile(asZip(m_zip)) != UNZ_OK)
        return Status::failure(
            tr("The part %1 of %2 cannot be unpacked (damaged or encrypted).").arg(name, m_displayName));
    std::unique_ptr<EntryDevice> device(new EntryDevice(m_zip, name, m_limit));
    device->open(QIODevice::ReadOnly);
    return device;
}

Result<QByteArray> ZipArchive::read(const QString &name)
{
    auto device = openEntry(name);
    if (!device)
        return device.status();
    EntryDevice &d = *device.value();
    QByteArray data;
    // The recorded size is untrusted: use it only as a bounded hint.
    const qint64 hint = recordedSize(name);
    if (hint > 0 && hint <= 64 * 1024 * 1024 && hint <= m_limit)
        data.reserve(int(hint));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = d.read(buffer, sizeof buffer);
        if (n <= 0) // readData() gives 0 only at the end of the entry
            break;
        data.append(buffer, int(n));
    }
    if (!d.failure().isEmpty())
        return Status::failure(d.failure());
    return data;
}

ZipArchive::EntryDevice::EntryDevice(void *zip, QString name, qint64 limit)
    : m_zip(zip), m_name(std::move(name)), m_limit(limit)
{
}

ZipArchive::EntryDevice::~EntryDevice()
{
    if (m_open)
        unzCloseCurrentFile(asZip(m_zip));
}

void ZipArchive::EntryDevice::fail(const QString &message)
{
    if (m_failure.isEmpty())
        m_failure = message;
    setErrorString(message);
    if (m_open) {
        unzCloseCurrentFile(asZip(m_zip));
        m_open = false;
    }
}

qint64 ZipArchive::EntryDevice::readData(char *data, qint64 maxSize)
{
    if (!m_failure.isEmpty())
        return -1;
    if (!m_open || maxSize <= 0)
        return 0;
    // Ask for at most one byte beyond the cap so that passing it is noticed.
    const qint64 allowance = m_limit - m_produced + 1;
    const unsigned chunk = unsigned(qMin<qint64>(qMin<qint64>(maxSize, allowance), 1 << 30));
    const int n = unzReadCurrentFile(asZip(m_zip), data, chunk);
    if (n < 0) {
        fail(ZipArchive::tr("The part %1 is damaged (zip error %2).").arg(m_name).arg(n));
        return -1;
    }
    if (n == 0) {
        const int rc = unzCloseCurrentFile(asZip(m_zip));
        m_open = false;
        if (rc == UNZ_CRCERROR) {
            fail(ZipArchive::tr("The part %1 is damaged (checksum mismatch).").arg(m_name));
            return -1;
        }
        return 0;
    }
    m_produced += n;
    if (m_produced > m_limit) {
        fail(ZipArchive::tr("The part %1 unpacks to more than %2; the file is refused.")
                 .arg(m_name, QLocale().formattedDataSize(m_limit)));
        return -1;
    }
    return n;
}

} // namespace cd
