#include "geo/ClusteredPoints.h"

namespace dalil {

std::shared_ptr<const ClusteredPoints> ClusteredPoints::build(std::shared_ptr<const MapPoints> points,
                                                              const ClusterIndex::Options& options,
                                                              const std::atomic<bool>* cancel)
{
    auto result = std::make_shared<ClusteredPoints>();
    if (!points) {
        points = std::make_shared<const MapPoints>();
    }
    result->index = std::make_shared<const ClusterIndex>(points->x(), points->y(), options, cancel);
    result->points = std::move(points);
    return result;
}

} // namespace dalil
