#pragma once

#include "cli/Command.h"

namespace dalil {

class ShowCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("show"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
