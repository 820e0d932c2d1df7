#pragma once

#include "cli/Command.h"

namespace dalil {

// dalil-cli render-map: the map picture the GUI would show for a box, written to a PNG, headless.
class RenderMapCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("render-map"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
