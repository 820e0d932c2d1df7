#include "cli/InitCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::InitCommand", text, disambiguation, n);
}

} // namespace

QString InitCommand::summary() const
{
    return tr("create an empty catalogue (or, with --sample, the sample catalogue)");
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
            return context.usage(name(), tr("unexpected argument \"%1\"").arg(argument));
        }
    }
    const bool existed = QFileInfo::exists(context.databasePath);
    if (sample) {
        if (existed) {
            return context.fail(
                tr("%1: already exists; the sample is only written to a new file").arg(context.databasePath));
        }
        SampleCatalogue::OpenResult opened = SampleCatalogue::createAt(context.databasePath);
        if (!opened.catalogue) {
            return context.fail(opened.error);
        }
        context.out << tr("Created the sample catalogue at %1").arg(context.databasePath) << "\n";
        return ExitOk;
    }
    Catalogue::OpenResult opened = Catalogue::open(context.databasePath, Database::Mode::CreateIfMissing);
    if (!opened.catalogue) {
        return context.fail(opened.error);
    }
    if (QString error = SampleCatalogue::loadVocabularies(*opened.catalogue); !error.isEmpty()) {
        return context.fail(error);
    }
    context.out << (existed ? tr("Catalogue is ready at %1") : tr("Created an empty catalogue at %1"))
                       .arg(context.databasePath)
                << "\n";
    return ExitOk;
}

} // namespace dalil
