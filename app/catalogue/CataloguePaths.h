#pragma once

#include <QString>

namespace dalil {

// Where the GUI and the CLI keep the user's catalogue when no path is given.
class CataloguePaths
{
public:
    // <user data dir>/catalogue.dalil; the DALIL_CATALOGUE environment variable overrides it.
    static QString defaultCatalogue();
};

} // namespace dalil
