#include "cli/StatsCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dalil {

QString StatsCommand::summary() const
{
    return QCoreApplication::translate("dalil::StatsCommand", "count what the catalogue holds");
}

QString StatsCommand::usage() const
{
    return QStringLiteral("[--json]");
}

int StatsCommand::execute(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else {
            return context.usage(name(), QStringLiteral("unexpected argument \"%1\"").arg(argument));
        }
    }
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    try {
        const Catalogue::Stats stats = catalogue->stats();
        // Stable keys: the plural entity names of the CLI contract.
        const QList<QPair<QString, QString>> names = {
            {QStringLiteral("organisations"), QStringLiteral("organisation")},
            {QStringLiteral("locations"), QStringLiteral("location")},
            {QStringLiteral("contacts"), QStringLiteral("contact")},
            {QStringLiteral("memberships"), QStringLiteral("membership")},
            {QStringLiteral("partnerships"), QStringLiteral("partnership")},
            {QStringLiteral("funding"), QStringLiteral("funding")},
            {QStringLiteral("resources"), QStringLiteral("resource")},
            {QStringLiteral("events"), QStringLiteral("event")},
            {QStringLiteral("event_sessions"), QStringLiteral("event_session")},
            {QStringLiteral("vocabulary"), QStringLiteral("vocabulary")},
        };
        if (json) {
            QJsonObject object;
            object.insert(QStringLiteral("catalogue"), catalogue->path());
            object.insert(QStringLiteral("catalogue_id"), stats.catalogueId);
            object.insert(QStringLiteral("schema_version"), stats.schemaVersion);
            object.insert(QStringLiteral("sample"), stats.sample);
            for (const auto& [key, table] : names) {
                object.insert(key, stats.live.value(table));
            }
            object.insert(QStringLiteral("dirty"), stats.dirty);
            object.insert(QStringLiteral("tombstones"), stats.tombstones);
            context.out << QJsonDocument(object).toJson(QJsonDocument::Indented);
        } else {
            context.out << "Catalogue: " << catalogue->path() << (stats.sample ? " (sample data)" : "")
                        << "\n";
            for (const auto& [key, table] : names) {
                context.out << "  " << key.leftJustified(16) << stats.live.value(table) << "\n";
            }
            context.out << "  " << QStringLiteral("unsynced").leftJustified(16) << stats.dirty << "\n";
        }
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(context.databasePath, e.message()));
    }
    return ExitOk;
}

} // namespace dalil
