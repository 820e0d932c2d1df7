#pragma once

#include "cli/Command.h"

namespace dalil {

// dalil-cli clusters: the clusters and single offices the map draws at a zoom (256-pixel tiles).
class ClustersCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("clusters"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
