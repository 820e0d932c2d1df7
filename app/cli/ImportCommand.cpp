#include "cli/ImportCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "exchange/ImportJob.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::ImportCommand", text, disambiguation, n);
}

} // namespace

QString ImportCommand::summary() const
{
    return tr("import organisations, offices and contacts from a spreadsheet or file");
}

QString ImportCommand::rowsRead(const ImportReport& report)
{
    const QString format =
        report.encoding.isEmpty()
            ? report.format
            : tr("%1, %2", "file format, text encoding").arg(report.format, report.encoding);
    //: Followed by "%n of them rejected." on the same line.
    return tr("%1: %n row(s) read (%2).", nullptr, report.rowsRead).arg(report.file, format) + u' ' +
           tr("%n of them rejected.", nullptr, report.rowsRejected);
}

QString ImportCommand::recordsImported(const ImportReport& report)
{
    const QString counts = list({tr("%n new organisation(s)", nullptr, report.organisationsCreated),
                                 tr("%n organisation(s) updated", nullptr, report.organisationsUpdated),
                                 tr("%n organisation(s) unchanged", nullptr, report.organisationsUnchanged),
                                 tr("%n office(s) added", nullptr, report.officesAdded),
                                 tr("%n contact(s) added", nullptr, report.contactsAdded)});
    return (report.written ? tr("imported: %1.") : tr("would import: %1.")).arg(counts);
}

QString ImportCommand::nothingImported(const ImportReport& report)
{
    //: Followed by "%n row(s) have errors; nothing was imported …" on the same line.
    return tr("%1: %n error(s) found.", nullptr, report.errors()).arg(report.file) + u' ' +
           tr("%n row(s) have errors; nothing was imported (fix them, or use --valid-rows-only to import "
              "the other rows).",
              nullptr, report.rowsRejected);
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
                return context.usage(name(), tr("--format takes csv, xlsx, hxl, json, vcf or geojson"));
            }
        } else if (option == QLatin1String("--rejected")) {
            if (!value(&options.rejectedPath)) {
                return context.usage(name(), tr("--rejected needs a file path"));
            }
        } else if (option == QLatin1String("--encoding")) {
            if (!value(&options.reader.encoding)) {
                return context.usage(name(), tr("--encoding needs a name such as windows-1256"));
            }
        } else if (option == QLatin1String("--sheet")) {
            if (!value(&options.reader.sheet)) {
                return context.usage(name(), tr("--sheet needs a sheet name"));
            }
        } else if (argument.startsWith(QLatin1String("--"))) {
            return context.usage(name(), tr("unknown option %1").arg(argument));
        } else {
            positional.append(argument);
        }
    }
    if (positional.size() != 1) {
        return context.usage(name(), tr("expected: import %1").arg(usage()));
    }
    auto catalogue = openCatalogue(context, false, Database::Threading::OneThread);
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
    const int errors = report.errors();
    // Every error on its own line, so a coordinator can fix the sheet in one pass.
    for (const ImportIssue& issue : report.issues) {
        if (issue.isError()) {
            context.err << issue.toString() << "\n";
        } else if (!json) {
            context.out << tr("warning: %1").arg(issue.toString()) << "\n";
        }
    }
    if (!json) {
        context.out << rowsRead(report) << "\n";
        if (errors == 0 || options.validRowsOnly) {
            context.out << recordsImported(report) << "\n";
        }
        if (!report.rejectedFile.isEmpty()) {
            context.out << tr("rejected rows and their reasons: %1").arg(report.rejectedFile) << "\n";
        }
        if (options.dryRun) {
            context.out << tr("dry run: nothing was written") << "\n";
        }
    }
    context.out.flush();
    // Said first, copied into the catalogue file after (SQLite would make the copy as it closes).
    job.checkpoint(*catalogue);
    if (errors > 0 && !options.validRowsOnly) {
        return context.fail(nothingImported(report));
    }
    return ExitOk;
}

} // namespace dalil
