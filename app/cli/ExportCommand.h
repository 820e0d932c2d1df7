#pragma once

#include "cli/Command.h"

namespace dalil {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
