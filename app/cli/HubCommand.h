#pragma once

#include "cli/Command.h"

namespace dalil {

// dalil-cli hub init --hub URL
// dalil-cli hub add-user --hub URL --name NAME --workspace W --role editor|reader
class HubCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("hub"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;
};

} // namespace dalil
