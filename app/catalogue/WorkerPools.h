#pragma once

class QThreadPool;

namespace dalil {

// The threads Dalil's long jobs run on, apart from Qt's global pool. Qt's raster paint engine
// splits large fills over the global pool and waits for them on the GUI thread: with the global
// pool's two threads busy for seconds (reading a million offices, an import, a sync pull), every
// paint of the window, and so a request to close it, waited for those jobs to end.
class WorkerPools
{
public:
    // Jobs that take seconds on a large catalogue: the map's reads and clustering, imports,
    // exports, sync. Several may run at once; most of their time is SQLite and I/O.
    static QThreadPool* longJobs();
    // Loading the basemap and drawing its pictures: short jobs the picture on screen waits for, so
    // they never queue behind the long ones.
    static QThreadPool* mapDrawing();
};

} // namespace dalil
