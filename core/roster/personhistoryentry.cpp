#include "roster/personhistoryentry.h"

#include "roster/personvalidator.h"

namespace cd {

QString PersonHistoryEntry::kindLabel(QStringView kind)
{
    if (kind == QLatin1String("created"))
        return tr("Added");
    if (kind == QLatin1String("edited"))
        return tr("Changed");
    if (kind == QLatin1String("restored"))
        return tr("Restored from the archive");
    if (kind == QLatin1String("moved_in"))
        return tr("Moved in");
    if (kind == QLatin1String("moved_out"))
        return tr("Moved out");
    if (kind == QLatin1String("archived"))
        return tr("Archived");
    return kind.toString();
}

QString PersonHistoryEntry::describe() const
{
    QString text = detail;
    if (kind == QLatin1String("edited")) {
        QStringList labels;
        const QStringList fields = detail.split(QStringLiteral(", "), Qt::SkipEmptyParts);
        for (const QString &field : fields)
            labels << PersonValidator::fieldLabel(field);
        text = labels.join(tr(", "));
    }
    if (text.isEmpty())
        return kindLabel(kind);
    return tr("%1: %2").arg(kindLabel(kind), text);
}

} // namespace cd
