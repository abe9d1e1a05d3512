#include "workflow/requestphotos.h"

#include "common/clock.h"
#include "db/database.h"

#include <QBuffer>
#include <QImage>
#include <QImageReader>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace cd {

Result<qint64> RequestPhotos::add(qint64 requestId, const QByteArray &bytes, const QString &fileName)
{
    if (bytes.isEmpty())
        return Status::failure(tr("The photo \"%1\" is empty.").arg(fileName));
    if (bytes.size() > maximumBytes) {
        return Status::failure(tr("The photo \"%1\" is larger than %2 MB.").arg(fileName).arg(maximumBytes / (1024 * 1024)));
    }
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true); // phones store rotation in EXIF
    const QByteArray format = reader.format();
    const QImage image = reader.read();
    if (image.isNull())
        return Status::failure(tr("\"%1\" is not an image this program can read.").arg(fileName));

    QByteArray thumbnail;
    {
        QBuffer out(&thumbnail);
        out.open(QIODevice::WriteOnly);
        QImage small = image.scaled(thumbnailSize, thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
        small.convertTo(QImage::Format_RGB32); // JPEG has no alpha
        small.save(&out, "JPEG", 85);
    }

    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT 1 FROM request WHERE id = ?"));
    query.addBindValue(requestId);
    if (!query.exec() || !query.next())
        return Status::failure(tr("There is no request %1.").arg(requestId));
    query.prepare(QStringLiteral("INSERT INTO request_photo(request_id, added_at, file_name, mime_type, width, "
                                 "height, data, thumbnail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(requestId);
    query.addBindValue(m_clock.nowText());
    query.addBindValue(fileName.isNull() ? QStringLiteral("") : fileName);
    query.addBindValue(QStringLiteral("image/") + QString::fromLatin1(format.isEmpty() ? QByteArray("unknown") : format));
    query.addBindValue(image.width());
    query.addBindValue(image.height());
    query.addBindValue(bytes);
    query.addBindValue(thumbnail);
    if (!query.exec())
        return Status::failure(tr("Cannot save the photo: %1").arg(query.lastError().text()));
    return query.lastInsertId().toLongLong();
}

Result<QList<RequestPhoto>> RequestPhotos::list(qint64 requestId) const
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT id, request_id, added_at, file_name, mime_type, width, height, thumbnail "
                                 "FROM request_photo WHERE request_id = ? ORDER BY id"));
    query.addBindValue(requestId);
    if (!query.exec())
        return Status::failure(tr("Cannot read the photos: %1").arg(query.lastError().text()));
    QList<RequestPhoto> photos;
    while (query.next()) {
        RequestPhoto photo;
        photo.id = query.value(0).toLongLong();
        photo.requestId = query.value(1).toLongLong();
        photo.addedAt = Clock::fromText(query.value(2).toString());
        photo.fileName = query.value(3).toString();
        photo.mimeType = query.value(4).toString();
        photo.width = query.value(5).toInt();
        photo.height = query.value(6).toInt();
        photo.thumbnail = query.value(7).toByteArray();
        photos << photo;
    }
    return photos;
}

Result<QByteArray> RequestPhotos::data(qint64 photoId) const
{
    QSqlQuery query(m_database.sql());
    query.prepare(QStringLiteral("SELECT data FROM request_photo WHERE id = ?"));
    query.addBindValue(photoId);
    if (!query.exec())
        return Status::failure(tr("Cannot read the photo: %1").arg(query.lastError().text()));
    if (!query.next())
        return Status::failure(tr("There is no photo %1.").arg(photoId));
    return query.value(0).toByteArray();
}

} // namespace cd
