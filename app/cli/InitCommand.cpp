#include "cli/InitCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dalil {

QString InitCommand::summary() const
{
    return QCoreApplication::translate("dalil::InitCommand",
                                       "create an empty catalogue (or, with --sample, the sample catalogue)");
}

QString InitCommand::usage() const
{
    return QStringLiteral("[--sample]");
}

int InitCommand::execute(CliContext& context, const QStringList& arguments)
{
    bool sample = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--sample")) {
            sample = true;
        } else {
            return context.usage(name(), QStringLiteral("unexpected argument \"%1\"").arg(argument));
        }
    }
    const bool existed = QFileInfo::exists(context.databasePath);
    if (sample) {
        if (existed) {
            return context.fail(QStringLiteral("%1: already exists; the sample is only written to a new file")
                                    .arg(context.databasePath));
        }
        SampleCatalogue::OpenResult opened = SampleCatalogue::createAt(context.databasePath);
        if (!opened.catalogue) {
            return context.fail(opened.error);
        }
        context.out << "Created the sample catalogue at " << context.databasePath << "\n";
        return ExitOk;
    }
    Catalogue::OpenResult opened = Catalogue::open(context.databasePath, Database::Mode::CreateIfMissing);
    if (!opened.catalogue) {
        return context.fail(opened.error);
    }
    if (QString error = SampleCatalogue::loadVocabularies(*opened.catalogue); !error.isEmpty()) {
        return context.fail(error);
    }
    context.out << (existed ? "Catalogue is ready at " : "Created an empty catalogue at ")
                << context.databasePath << "\n";
    return ExitOk;
}

} // namespace dalil
