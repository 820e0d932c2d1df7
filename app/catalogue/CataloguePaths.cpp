#include "catalogue/CataloguePaths.h"

#include <QDir>
#include <QStandardPaths>

namespace dalil {

QString CataloguePaths::defaultCatalogue()
{
    const QString fromEnvironment = qEnvironmentVariable("DALIL_CATALOGUE");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    return QDir(dir).filePath(QStringLiteral("dalil/catalogue.dalil"));
}

} // namespace dalil
