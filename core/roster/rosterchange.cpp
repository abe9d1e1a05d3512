#include "roster/rosterchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QMetaType>

namespace cd {

namespace {

// Timestamps the database keeps for itself; an undo does not compare or restore them.
bool isBookkeeping(const QString &column)
{
    return column == QLatin1String("updated_at");
}

// Values compare by meaning: 1, 1.0 and "1" read back from SQLite are the same integer.
QString canonical(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("\x01null");
    switch (value.metaType().id()) {
    case QMetaType::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d)))
            return QString::number(qint64(d));
        return QString::number(d, 'g', 17);
    }
    default:
        return value.toString();
    }
}

} // namespace

QStringList RowChange::changedColumns() const
{
    QStringList out;
    const QVariantMap &reference = before.isEmpty() ? after : before;
    for (auto it = reference.cbegin(); it != reference.cend(); ++it) {
        if (isBookkeeping(it.key()) || it.key() == QLatin1String("created_at"))
            continue;
        if (canonical(before.value(it.key())) != canonical(after.value(it.key())))
            out << it.key();
    }
    return out;
}

QString RowChange::toJson(const QVariantMap &row)
{
    QJsonObject object;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        const QVariant &v = it.value();
        if (!v.isValid() || v.isNull()) {
            object.insert(it.key(), QJsonValue(QJsonValue::Null));
            continue;
        }
        switch (v.metaType().id()) {
        case QMetaType::Int:
        case QMetaType::LongLong:
        case QMetaType::UInt:
        case QMetaType::ULongLong:
            object.insert(it.key(), QJsonValue(v.toLongLong()));
            break;
        case QMetaType::Double:
            object.insert(it.key(), QJsonValue(v.toDouble()));
            break;
        case QMetaType::Bool:
            object.insert(it.key(), QJsonValue(v.toBool() ? 1 : 0));
            break;
        default:
            object.insert(it.key(), QJsonValue(v.toString()));
        }
    }
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QVariantMap RowChange::fromJson(const QString &json)
{
    QVariantMap row;
    const QJsonObject object = QJsonDocument::fromJson(json.toUtf8()).object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue v = it.value();
        if (v.isNull()) {
            row.insert(it.key(), QVariant());
        } else if (v.isDouble()) {
            const double d = v.toDouble();
            if (d == double(qint64(d)))
                row.insert(it.key(), qint64(d));
            else
                row.insert(it.key(), d);
        } else {
            row.insert(it.key(), v.toString());
        }
    }
    return row;
}

bool RowChange::sameValues(const QVariantMap &a, const QVariantMap &b)
{
    QStringList keys = a.keys() + b.keys();
    for (const QString &key : keys) {
        if (isBookkeeping(key))
            continue;
        if (canonical(a.value(key)) != canonical(b.value(key)))
            return false;
    }
    return true;
}

} // namespace cd
