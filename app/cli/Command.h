#pragma once

#include "catalogue/Database.h"

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <algorithm>
#include <climits>
#include <memory>

namespace dalil {

class Catalogue;

// What a command runs with: its output streams (swappable, so tests run commands in-process) and
// the catalogue path chosen with --db.
struct CliContext
{
    QTextStream& out;
    QTextStream& err;
    QString databasePath;       // the --db value, or the default catalogue
    bool databaseGiven = false; // true when --db was on the command line

    // Prints "dalil-cli: <message>" on stderr and returns 1 (a user error).
    int fail(const QString& message) const;
    // Prints "dalil-cli <command>: <message>" and the usage hint, and returns 2.
    int usage(const QString& command, const QString& message) const;
};

// Exit codes of the CLI contract (DESIGN.md "CLI").
enum ExitCode
{
    ExitOk = 0,
    ExitUserError = 1,
    ExitUsage = 2
};

// One subcommand of dalil-cli (the KeePassXC pattern: a class per command, thin main).
class Command
{
public:
    virtual ~Command() = default;
    virtual QString name() const = 0;
    virtual QString summary() const = 0;
    virtual QString usage() const = 0; // the arguments after the command name
    virtual int execute(CliContext& context, const QStringList& arguments) = 0;

protected:
    // Opens the catalogue named by --db, or the default one (created from the sample on first use).
    // On failure prints the one-line error and returns null. A command that uses the catalogue from
    // its own thread only may open it Database::Threading::OneThread.
    static std::unique_ptr<Catalogue>
    openCatalogue(CliContext& context, bool createIfMissing = false,
                  Database::Threading threading = Database::Threading::Shared);
    // Messages shared by the commands that take a KIND and an ID (show, edit), one sentence per kind
    // so that each language can agree the words with the noun.
    static QString unknownKind(const QString& kind);
    static QString noSuchRecord(const QString& kind, const QString& id, const QString& path);
    static QString updatedRecord(const QString& kind, const QString& id);
    static QString deletedRecord(const QString& kind, const QString& id);
    // A count for tr()'s %n, which takes an int (the plural form is chosen by it).
    static int pluralCount(qint64 count) { return int(std::clamp<qint64>(count, 0, INT_MAX)); }
    // "2 offices, 1 contact and 11 partnerships": whole phrases, each agreeing with its own count,
    // joined by the user's language's list separators (QLocale::createSeparatedList).
    static QString list(const QStringList& phrases);
};

} // namespace dalil
