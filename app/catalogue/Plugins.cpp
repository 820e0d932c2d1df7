#include "catalogue/Plugins.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QPluginLoader>

namespace dalil {

QStringList Plugins::folders()
{
    QStringList folders;
    folders << QDir::cleanPath(QCoreApplication::applicationDirPath() + QLatin1Char('/') +
                               QStringLiteral(DALIL_PLUGIN_RELATIVE_DIR));
    const QString build = QDir::cleanPath(QStringLiteral(DALIL_BUILD_PLUGIN_DIR));
    if (!folders.contains(build)) {
        folders << build;
    }
    return folders;
}

QObject* Plugins::load(const QString& name, QString* error)
{
    // Each plugin is looked for once; QPluginLoader keeps the library and its instance.
    static QHash<QString, QObject*> loaded;
    if (QObject* instance = loaded.value(name)) {
        return instance;
    }
    QString problem;
    for (const QString& folder : folders()) {
        const QString path = folder + QLatin1Char('/') + name + QStringLiteral(".so");
        if (!QFileInfo::exists(path)) {
            continue;
        }
        QPluginLoader loader(path);
        if (QObject* instance = loader.instance()) {
            loaded.insert(name, instance);
            return instance;
        }
        problem = loader.errorString();
        break;
    }
    if (error) {
        *error = problem.isEmpty()
                     ? QCoreApplication::translate("dalil::Plugins", "%1 is not installed (looked in %2)")
                           .arg(name + QStringLiteral(".so"), folders().join(QStringLiteral(", ")))
                     : QCoreApplication::translate("dalil::Plugins", "%1 could not be loaded: %2")
                           .arg(name + QStringLiteral(".so"), problem);
    }
    return nullptr;
}

} // namespace dalil
