#pragma once

#include "common/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace cd {

class Clock;
class Database;

/// A photo of a request, as listed (without the full image).
struct RequestPhoto
{
    qint64 id = 0;
    qint64 requestId = 0;
    QDateTime addedAt;
    QString fileName;
    QString mimeType;
    int width = 0;
    int height = 0;
    QByteArray thumbnail; ///< JPEG, at most thumbnailSize pixels on its longer side
};

/// Photos of requests, kept in the database (so a backup holds them) with a thumbnail
/// made once when the photo is added.
class RequestPhotos
{
    Q_DECLARE_TR_FUNCTIONS(cd::RequestPhotos)

public:
    static constexpr int thumbnailSize = 160;
    static constexpr qint64 maximumBytes = 20 * 1024 * 1024;

    RequestPhotos(Database &database, const Clock &clock) : m_database(database), m_clock(clock) {}

    /// Checks that `bytes` is an image Qt can read (JPEG, PNG, ...) and stores it; returns the photo id.
    Result<qint64> add(qint64 requestId, const QByteArray &bytes, const QString &fileName);
    /// Thumbnails of a request's photos, oldest first.
    Result<QList<RequestPhoto>> list(qint64 requestId) const;
    /// The full image as stored.
    Result<QByteArray> data(qint64 photoId) const;

private:
    Database &m_database;
    const Clock &m_clock;
};

} // namespace cd
