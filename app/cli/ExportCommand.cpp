#include "cli/ExportCommand.h"

#include "catalogue/Catalogue.h"
#include "exchange/ExportJob.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::ExportCommand", text, disambiguation, n);
}

} // namespace

QString ExportCommand::summary() const
{
    return tr("write organisations, contacts, funding, resources or events to a file");
}

QString ExportCommand::usage() const
{
    return QStringLiteral(
        "--kind organisations|contacts|funding|resources|events --format "
        "csv|xlsx|vcf|geojson|kml|pdf|json --out FILE [--country CC]... [--sector S]... "
        "[--type T]... [--network ID] [--query WORDS] [--include-private] [--hxl] [--plain] "
        "[--title TEXT] [--json]");
}

QString ExportCommand::wroteRecords(const QString& kind, int count, const QString& file)
{
    if (kind == QLatin1String("contacts")) {
        return tr("Wrote %n contact(s) to %1", nullptr, count).arg(file);
    }
    if (kind == QLatin1String("funding")) {
        return tr("Wrote %n funding opportunity(ies) to %1", nullptr, count).arg(file);
    }
    if (kind == QLatin1String("resources")) {
        return tr("Wrote %n resource(s) to %1", nullptr, count).arg(file);
    }
    if (kind == QLatin1String("events")) {
        return tr("Wrote %n event(s) to %1", nullptr, count).arg(file);
    }
    return tr("Wrote %n organisation(s) to %1", nullptr, count).arg(file);
}

int ExportCommand::execute(CliContext& context, const QStringList& arguments)
{
    ExportJob::Options options;
    options.kind.clear();
    options.format.clear();
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        const QString option = argument.section(u'=', 0, 0);
        QString value;
        auto take = [&] {
            if (argument.contains(u'=')) {
                value = argument.section(u'=', 1);
                return !value.isEmpty();
            }
            if (i + 1 >= arguments.size()) {
                return false;
            }
            value = arguments[++i];
            return true;
        };
        if (argument == QLatin1String("--include-private")) {
            options.includePrivate = true;
        } else if (argument == QLatin1String("--hxl")) {
            options.hxl = true;
        } else if (argument == QLatin1String("--plain")) {
            options.plainCsv = true;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (QStringList{QStringLiteral("--kind"), QStringLiteral("--format"), QStringLiteral("--out"),
                               QStringLiteral("--country"), QStringLiteral("--sector"),
                               QStringLiteral("--type"), QStringLiteral("--network"),
                               QStringLiteral("--query"), QStringLiteral("--title")}
                       .contains(option)) {
            if (!take()) {
                return context.usage(name(), tr("%1 needs a value").arg(option));
            }
            if (option == QLatin1String("--kind")) {
                options.kind = value;
            } else if (option == QLatin1String("--format")) {
                options.format = value.toLower();
            } else if (option == QLatin1String("--out")) {
                options.out = value;
            } else if (option == QLatin1String("--country")) {
                options.countries.append(value.toUpper());
            } else if (option == QLatin1String("--sector")) {
                options.sectors.append(value);
            } else if (option == QLatin1String("--type")) {
                options.types.append(value);
            } else if (option == QLatin1String("--network")) {
                options.network = value;
            } else if (option == QLatin1String("--query")) {
                options.query = value;
            } else {
                options.title = value;
            }
        } else {
            return context.usage(name(), tr("unexpected argument %1").arg(argument));
        }
    }
    if (options.kind.isEmpty() || options.format.isEmpty() || options.out.isEmpty()) {
        return context.usage(name(), tr("expected: export %1").arg(usage()));
    }
    if (const QString problem = ExportJob::checkFormat(options.kind, options.format); !problem.isEmpty()) {
        return context.usage(name(), problem);
    }
    const QFileInfo out(options.out);
    if (!QFileInfo(out.absolutePath()).isDir()) {
        return context.fail(tr("%1: the folder %2 does not exist").arg(options.out, out.absolutePath()));
    }
    // The export reads from this thread only.
    auto catalogue = openCatalogue(context, false, Database::Threading::OneThread);
    if (!catalogue) {
        return ExitUserError;
    }
    ExportJob job(options);
    const ExportJob::Result result = job.run(*catalogue);
    if (!result.error.isEmpty()) {
        return context.fail(result.error);
    }
    if (json) {
        QJsonObject report{{QStringLiteral("file"), options.out},
                           {QStringLiteral("kind"), options.kind},
                           {QStringLiteral("format"), options.format},
                           {QStringLiteral("records"), result.records},
                           {QStringLiteral("include_private"), options.includePrivate}};
        if (options.format == QLatin1String("geojson") || options.format == QLatin1String("kml")) {
            report.insert(QStringLiteral("features"), result.features);
        }
        context.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    } else {
        context.out << wroteRecords(options.kind, result.records, options.out);
        if (options.format == QLatin1String("geojson") || options.format == QLatin1String("kml")) {
            context.out << tr(" (%n place(s))", nullptr, result.features);
        }
        context.out << "\n";
    }
    return ExitOk;
}

} // namespace dalil
