#include "cli/EditCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"

#include <QCoreApplication>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::EditCommand", text, disambiguation, n);
}

} // namespace

QString EditCommand::summary() const
{
    return tr("change fields of a record, or delete it");
}

QString EditCommand::usage() const
{
    return QStringLiteral("organisation|funding|resource|event ID --set FIELD=VALUE... | --delete");
}

int EditCommand::execute(CliContext& context, const QStringList& arguments)
{
    QStringList positional;
    QList<QPair<QString, QString>> assignments;
    bool remove = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == QLatin1String("--delete")) {
            remove = true;
        } else if (argument == QLatin1String("--set") || argument.startsWith(QLatin1String("--set="))) {
            QString assignment = argument.startsWith(QLatin1String("--set=")) ? argument.mid(6) : QString();
            if (argument == QLatin1String("--set")) {
                if (i + 1 >= arguments.size()) {
                    return context.usage(name(), tr("--set needs FIELD=VALUE"));
                }
                assignment = arguments[++i];
            }
            const int equals = assignment.indexOf(QLatin1Char('='));
            if (equals <= 0) {
                return context.usage(name(), tr("\"%1\" is not FIELD=VALUE").arg(assignment));
            }
            assignments.append({assignment.left(equals).trimmed(), assignment.mid(equals + 1)});
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 2 || (remove == !assignments.isEmpty())) {
        return context.usage(name(), tr("expected: edit %1").arg(usage()));
    }
    const QString kind = positional[0];
    const QString id = positional[1];
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    RecordTable* table = catalogue->repositoryForKind(kind);
    if (!table) {
        return context.usage(name(), unknownKind(kind));
    }
    try {
        std::optional<QJsonObject> record = table->find(id);
        if (!record) {
            return context.fail(noSuchRecord(kind, id, catalogue->path()));
        }
        if (remove) {
            table->remove(id);
            context.out << deletedRecord(kind, id) << "\n";
            return ExitOk;
        }
        for (const auto& [field, value] : assignments) {
            if (QString error = RecordTable::setFieldFromText(table->spec(), *record, field, value);
                !error.isEmpty()) {
                return context.fail(QStringLiteral("%1 %2: %3").arg(kind, id, error));
            }
        }
        const QList<FieldError> errors = table->validate(*record);
        if (!errors.isEmpty()) {
            return context.fail(
                tr("%1 %2: field %3: %4").arg(kind, id, errors.first().field, errors.first().message));
        }
        table->save(*record);
        context.out << updatedRecord(kind, id) << "\n";
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }
    return ExitOk;
}

} // namespace dalil
