#include "cli/Command.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dalil {

int CliContext::fail(const QString& message) const
{
    err << "dalil-cli: " << message << "\n";
    err.flush();
    return ExitUserError;
}

int CliContext::usage(const QString& command, const QString& message) const
{
    err << "dalil-cli" << (command.isEmpty() ? QString() : QStringLiteral(" ") + command) << ": " << message
        << "\n";
    err << QCoreApplication::translate("dalil::Command", "Try: dalil-cli --help") << "\n";
    err.flush();
    return ExitUsage;
}

std::unique_ptr<Catalogue> Command::openCatalogue(CliContext& context, bool createIfMissing,
                                                  Database::Threading threading)
{
    if (!context.databaseGiven) {
        // The GUI's catalogue: created from the shipped sample on first use, as the GUI does.
        SampleCatalogue::OpenResult opened = SampleCatalogue::openDefault(context.databasePath, threading);
        if (!opened.catalogue) {
            context.fail(opened.error);
        }
        return std::move(opened.catalogue);
    }
    Catalogue::OpenResult opened = Catalogue::open(
        context.databasePath,
        createIfMissing ? Database::Mode::CreateIfMissing : Database::Mode::OpenExisting, threading);
    if (!opened.catalogue) {
        context.fail(opened.error);
    }
    return std::move(opened.catalogue);
}

} // namespace dalil
