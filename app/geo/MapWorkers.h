#pragma once

class QThreadPool;

namespace dalil {

// The threads the map's long jobs run on, apart from Qt's global pool. Qt's raster paint engine
// splits large fills over the global pool and waits for them on the GUI thread: with the global
// pool's two threads busy for seconds reading a million offices, every paint of the window (and
// so a request to close it) waited for those reads to end.
class MapWorkers
{
public:
    // Reading the catalogue and indexing its offices: seconds each on a large catalogue.
    static QThreadPool* readers();
    // Loading the basemap and drawing its pictures: short jobs the picture on screen waits for, so
    // they never queue behind the readers.
    static QThreadPool* drawing();
};

} // namespace dalil
