#include "cli/ShowCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::ShowCommand", text, disambiguation, n);
}

} // namespace

QString ShowCommand::summary() const
{
    return tr("print one record with its offices, contacts, networks and partners");
}

QString ShowCommand::usage() const
{
    return QStringLiteral("organisation|funding|resource|event ID [--json]");
}

namespace {

void printText(QTextStream& out, const QJsonObject& record)
{
    const QStringList skip = {QStringLiteral("offices"),      QStringLiteral("contacts"),
                              QStringLiteral("networks"),     QStringLiteral("members"),
                              QStringLiteral("partnerships"), QStringLiteral("sessions")};
    for (auto it = record.begin(); it != record.end(); ++it) {
        if (skip.contains(it.key()) || it.value().isNull()) {
            continue;
        }
        QString value;
        if (it.value().isArray()) {
            QStringList items;
            for (const QJsonValue& item : it.value().toArray()) {
                items.append(item.toString());
            }
            if (items.isEmpty()) {
                continue;
            }
            value = items.join(QStringLiteral(", "));
        } else if (it.value().isDouble()) {
            value = QString::number(it.value().toDouble(), 'g', 10);
        } else if (it.value().isBool()) {
            value = it.value().toBool() ? QCoreApplication::translate("dalil::ShowCommand", "yes")
                                        : QCoreApplication::translate("dalil::ShowCommand", "no");
        } else {
            value = it.value().toString();
        }
        out << it.key().leftJustified(16) << value << "\n";
    }
    for (const QString& list : skip) {
        const QJsonArray rows = record.value(list).toArray();
        if (rows.isEmpty()) {
            continue;
        }
        out << list << ":\n";
        for (const QJsonValue& row : rows) {
            const QJsonObject object = row.toObject();
            QStringList parts;
            for (const char* key :
                 {"name_ar", "name_en", "title_en", "name", "role", "city", "country", "kind", "network_id",
                  "member_id", "org_a", "org_b", "start_utc", "language"}) {
                const QJsonValue value = object.value(QLatin1String(key));
                if (value.isString() && !value.toString().isEmpty()) {
                    parts.append(value.toString());
                }
            }
            if (object.value(QLatin1String("lat")).isDouble()) {
                parts.append(QStringLiteral("%1, %2")
                                 .arg(object.value(QLatin1String("lat")).toDouble())
                                 .arg(object.value(QLatin1String("lon")).toDouble()));
            }
            out << "  - " << parts.join(QStringLiteral(" · ")) << "\n";
        }
    }
}

} // namespace

int ShowCommand::execute(CliContext& context, const QStringList& arguments)
{
    QStringList positional;
    bool json = false;
    for (const QString& argument : arguments) {
        if (argument == QLatin1String("--json")) {
            json = true;
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 2) {
        return context.usage(name(), tr("expected: show %1").arg(usage()));
    }
    const QString kind = positional[0];
    const QString id = positional[1];
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    if (!catalogue->repositoryForKind(kind)) {
        return context.usage(name(), unknownKind(kind));
    }
    try {
        const std::optional<QJsonObject> record = catalogue->profile(kind, id);
        if (!record) {
            return context.fail(noSuchRecord(kind, id, catalogue->path()));
        }
        if (json) {
            context.out << QJsonDocument(*record).toJson(QJsonDocument::Indented);
        } else {
            printText(context.out, *record);
        }
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }
    return ExitOk;
}

} // namespace dalil
