#pragma once

#include "geo/ClusterIndex.h"
#include "geo/MapPoints.h"

#include <memory>

namespace dalil {

// Points with the cluster index built over them: swapped in as one, so the index never refers to
// another point set. Build with ClusteredPoints::build (slow for big sets: call it off the GUI thread).
struct ClusteredPoints
{
    std::shared_ptr<const MapPoints> points;
    std::shared_ptr<const ClusterIndex> index;
    // With `cancel` turned true part way, the index comes back empty (see ClusterIndex).
    static std::shared_ptr<const ClusteredPoints> build(std::shared_ptr<const MapPoints> points,
                                                        const ClusterIndex::Options& options = {},
                                                        const std::atomic<bool>* cancel = nullptr);
};

} // namespace dalil
