#include "cli/ImportCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "exchange/ImportJob.h"

#include <QJsonDocument>
#include <QLocale>

namespace dalil {

QString ImportCommand::summary() const
{
    return QStringLiteral("import organisations, offices and contacts from a spreadsheet or file");
}

QString ImportCommand::usage() const
{
    return QStringLiteral("FILE [--format csv|xlsx|hxl|json|vcf|geojson] [--dry-run] [--valid-rows-only] "
                          "[--rejected FILE] [--encoding NAME] [--sheet NAME] [--json]");
}

int ImportCommand::execute(CliContext& context, const QStringList& arguments)
{
    QStringList positional;
    ImportJob::Options options;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        auto value = [&](QString* target) {
            const int equals = int(argument.indexOf(u'='));
            if (equals > 0) {
                *target = argument.mid(equals + 1);
                return true;
            }
            if (i + 1 >= arguments.size()) {
                return false;
            }
            *target = arguments[++i];
            return true;
        };
        const QString option = argument.section(u'=', 0, 0);
        if (argument == QLatin1String("--dry-run")) {
            options.dryRun = true;
        } else if (argument == QLatin1String("--valid-rows-only")) {
            options.validRowsOnly = true;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else if (option == QLatin1String("--format")) {
            if (!value(&options.reader.format) ||
                !TableReader::formats().contains(options.reader.format.toLower())) {
                return context.usage(name(),
                                     QStringLiteral("--format takes csv, xlsx, hxl, json, vcf or geojson"));
            }
        } else if (option == QLatin1String("--rejected")) {
            if (!value(&options.rejectedPath)) {
                return context.usage(name(), QStringLiteral("--rejected needs a file path"));
            }
        } else if (option == QLatin1String("--encoding")) {
            if (!value(&options.reader.encoding)) {
                return context.usage(name(), QStringLiteral("--encoding needs a name such as windows-1256"));
            }
        } else if (option == QLatin1String("--sheet")) {
            if (!value(&options.reader.sheet)) {
                return context.usage(name(), QStringLiteral("--sheet needs a sheet name"));
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.usage(name(), QStringLiteral("unknown option %1").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1) {
        return context.usage(name(), QStringLiteral("expected: import %1").arg(usage()));
    }
    auto catalogue = openCatalogue(context);
    if (!catalogue) {
        return ExitUserError;
    }
    ImportJob job(positional.first(), options);
    ImportReport report;
    try {
        report = job.run(*catalogue);
    } catch (const DbError& e) {
        return context.fail(QStringLiteral("%1: %2").arg(catalogue->path(), e.message()));
    }
    if (json) {
        context.out << QJsonDocument(report.toJson()).toJson(QJsonDocument::Indented);
    }
    if (!report.fatal.isEmpty()) {
        return context.fail(report.fatal);
    }
    const QLocale locale = QLocale::c();
    const int errors = report.errors();
    // Every error on its own line, so a coordinator can fix the sheet in one pass.
    for (const ImportIssue& issue : report.issues) {
        if (issue.isError()) {
            context.err << issue.toString() << "\n";
        } else if (!json) {
            context.out << "warning: " << issue.toString() << "\n";
        }
    }
    if (!json) {
        context.out << QStringLiteral("%1: %2 rows read (%3%4), %5 rejected\n")
                           .arg(report.file, locale.toString(report.rowsRead), report.format,
                                report.encoding.isEmpty() ? QString()
                                                          : QStringLiteral(", ") + report.encoding,
                                locale.toString(report.rowsRejected));
        const QString verb = report.written ? QStringLiteral("imported") : QStringLiteral("would import");
        if (errors == 0 || options.validRowsOnly) {
            context.out << QStringLiteral(
                               "%1: %2 new organisations, %3 updated, %4 unchanged; %5 offices and %6 "
                               "contacts added\n")
                               .arg(verb, locale.toString(report.organisationsCreated),
                                    locale.toString(report.organisationsUpdated),
                                    locale.toString(report.organisationsUnchanged),
                                    locale.toString(report.officesAdded),
                                    locale.toString(report.contactsAdded));
        }
        if (!report.rejectedFile.isEmpty()) {
            context.out << "rejected rows and their reasons: " << report.rejectedFile << "\n";
        }
        if (options.dryRun) {
            context.out << "dry run: nothing was written\n";
        }
    }
    context.out.flush();
    if (errors > 0 && !options.validRowsOnly) {
        return context.fail(
            QStringLiteral("%1: %2 errors in %3 rows; nothing was imported (fix them, or use "
                           "--valid-rows-only to import the other rows)")
                .arg(report.file, locale.toString(errors), locale.toString(report.rowsRejected)));
    }
    return ExitOk;
}

} // namespace dalil
