#pragma once

#include "cli/Command.h"

namespace dalil {

class InitCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
