#pragma once

#include "cli/Command.h"

#include <QLocale>

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
    // Numbers in its messages are written with Latin digits (0-9) and no group separator in every
    // language, the language's decimal separator kept ("0,1 s"; Arabic as in ar_AE: "0.1"): the
    // command line reads them back (a seed, a zoom, the row of a file to fix), scripts compare them,
    // and %n writes them so. speakUsersLanguage() makes it the default locale of the process.
    static QLocale numberLocale(const QLocale& users);
    static void speakUsersLanguage();
    const std::vector<std::unique_ptr<Command>>& commands() const { return m_commands; }

private:
    void printHelp(QTextStream& out) const;
    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace dalil
