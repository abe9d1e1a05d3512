#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cd {

/// One line of a person's history (table person_history). `kind` is one of created, edited,
/// restored, moved_in, moved_out, archived. For edits `detail` lists the changed fields as
/// column names ("name, phone"), never their values; for moves it holds the address; for
/// archiving the reason given.
struct PersonHistoryEntry
{
    Q_DECLARE_TR_FUNCTIONS(cd::PersonHistoryEntry)

public:
    qint64 id = 0;
    qint64 personId = 0;
    QDateTime at;
    QString kind;
    QString detail;
    qint64 batchId = 0; ///< the import batch that wrote it, 0 for a single edit

    /// A translated sentence: "Moved in: 幸福小区 3-2-501", "Changed: Name, Phone".
    QString describe() const;
    /// The translated name of a history kind.
    static QString kindLabel(QStringView kind);
};

} // namespace cd
