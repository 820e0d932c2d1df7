#pragma once

#include <QString>
#include <QStringList>

class QObject;

namespace dalil {

// Dalil's own plugins (ui/dashboard/charts, ui/sync/keyring, geo/network): parts of Dalil that bring
// heavy libraries (Qt Charts with OpenGL, QtKeychain with the keyring's D-Bus, Qt Network with
// Kerberos) and are loaded the first time they are needed, so the window does not load those libraries before
// it paints. A plugin is looked for beside the program as installed (bin/../lib/dalil, the same relative
// place in the build tree), then in the build tree's folder.
class Plugins
{
public:
    // The plugin's instance (owned by Qt's loader, alive until the process ends), or null with a
    // message in the UI language in `error`. `name` is the file name without ".so".
    static QObject* load(const QString& name, QString* error = nullptr);
    static QStringList folders();
};

} // namespace dalil
