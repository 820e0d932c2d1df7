#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace dalil {

// dalil-cli: global options (--db, --help, --version) and dispatch to one Command.
class Cli
{
public:
    Cli();
    ~Cli();
    int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void printHelp(QTextStream& out) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace dalil
