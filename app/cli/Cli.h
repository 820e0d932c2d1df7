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
    // Messages in the language the user's environment asks for (LANGUAGE, LC_ALL, LC_MESSAGES,
    // LANG), as other command-line tools do: Arabic or French when asked, English otherwise.
    // Options, commands and --json output stay the same in every language.
    static void speakUsersLanguage();
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void printHelp(QTextStream& out) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace dalil
