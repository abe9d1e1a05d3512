#pragma once

#include <QList>
#include <QString>

namespace cd {

/// A handler as offered in a combo box: its id and the text shown.
struct HandlerChoice
{
    qint64 id = 0;
    QString text;
};

} // namespace cd
