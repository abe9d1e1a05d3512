#include "common/appidentity.h"

#include <QCoreApplication>

namespace cd {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationVersion(applicationVersion());
}

QString applicationVersion()
{
    return QStringLiteral(CD_VERSION);
}

} // namespace cd
