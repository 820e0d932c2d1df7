#pragma once

#include "geo/TileFetcher.h"

#include <QObject>

namespace dalil {

// Qt Network for online tiles: the one class of the plugin dalil_network.
class NetworkPlugin : public QObject, public TileFetcherFactory
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID DALIL_TILE_FETCHER_IID)
    Q_INTERFACES(dalil::TileFetcherFactory)

public:
    std::unique_ptr<TileFetcher> createFetcher() override;
};

} // namespace dalil
