#pragma once

#include "cli/Command.h"

namespace dalil {

// dalil-cli sync --hub URL | --bundle-out FILE [--all] [--peer NAME] | --bundle-in FILE  [--json]
class SyncCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("sync"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
