#include "cli/StatsCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::StatsCommand", text, disambiguation, n);
}

} // namespace

QString StatsCommand::summary() const
{
    return tr("count what the catalogue holds");
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
            return context.usage(name(), tr("unexpected argument \"%1\"").arg(argument));
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
            context.out << (stats.sample ? tr("Catalogue: %1 (sample data)") : tr("Catalogue: %1"))
                               .arg(catalogue->path())
                        << "\n";
            // The labels of the text form (the --json keys stay as they are).
            const QStringList labels = {tr("organisations"), tr("locations"),    tr("contacts"),
                                        tr("memberships"),   tr("partnerships"), tr("funding"),
                                        tr("resources"),     tr("events"),       tr("event_sessions"),
                                        tr("vocabulary"),    tr("unsynced")};
            int width = 16; // as wide as before the labels were translated
            for (const QString& label : labels) {
                width = std::max(width, int(label.size()) + 2);
            }
            for (qsizetype i = 0; i < names.size(); ++i) {
                context.out << "  " << labels[i].leftJustified(width) << stats.live.value(names[i].second)
                            << "\n";
            }
            context.out << "  " << labels.last().leftJustified(width) << stats.dirty << "\n";
        }
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(context.databasePath, e.message()));
    }
    return ExitOk;
}

} // namespace dalil
