#include "cli/Command.h"

#include "catalogue/Catalogue.h"
#include "catalogue/SampleCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::Command", text, disambiguation, n);
}

} // namespace

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

QString Command::unknownKind(const QString& kind)
{
    return tr("unknown kind \"%1\" (organisation, funding, resource or event)").arg(kind);
}

QString Command::noSuchRecord(const QString& kind, const QString& id, const QString& path)
{
    if (kind == QLatin1String("organisation")) {
        return tr("no organisation with id %1 in %2").arg(id, path);
    }
    if (kind == QLatin1String("funding")) {
        return tr("no funding with id %1 in %2").arg(id, path);
    }
    if (kind == QLatin1String("resource")) {
        return tr("no resource with id %1 in %2").arg(id, path);
    }
    return tr("no event with id %1 in %2").arg(id, path);
}

QString Command::updatedRecord(const QString& kind, const QString& id)
{
    if (kind == QLatin1String("organisation")) {
        return tr("Updated organisation %1").arg(id);
    }
    if (kind == QLatin1String("funding")) {
        return tr("Updated funding %1").arg(id);
    }
    if (kind == QLatin1String("resource")) {
        return tr("Updated resource %1").arg(id);
    }
    return tr("Updated event %1").arg(id);
}

QString Command::deletedRecord(const QString& kind, const QString& id)
{
    if (kind == QLatin1String("organisation")) {
        return tr("Deleted organisation %1").arg(id);
    }
    if (kind == QLatin1String("funding")) {
        return tr("Deleted funding %1").arg(id);
    }
    if (kind == QLatin1String("resource")) {
        return tr("Deleted resource %1").arg(id);
    }
    return tr("Deleted event %1").arg(id);
}

QString Command::list(const QStringList& phrases)
{
    // The separators are translated with the sentences (Arabic joins with "،" and "و"), not taken
    // from the system's locale, which may be a language the CLI does not speak.
    if (phrases.isEmpty()) {
        return QString();
    }
    QString joined = phrases.first();
    for (qsizetype i = 1; i < phrases.size(); ++i) {
        joined = (i + 1 == phrases.size() ? tr("%1 and %2", "the last two items of a list")
                                          : tr("%1, %2", "two items of a longer list"))
                     .arg(joined, phrases[i]);
    }
    return joined;
}

} // namespace dalil
