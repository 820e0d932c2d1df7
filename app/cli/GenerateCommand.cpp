#include "cli/GenerateCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/CatalogueGenerator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::GenerateCommand", text, disambiguation, n);
}

// Big runs report progress on stderr from this many organisations on.
constexpr qint64 kProgressFrom = 100000;

} // namespace

QString GenerateCommand::summary() const
{
    return tr("fill a catalogue with N synthetic organisations (deterministic for a seed)");
}

QStringList GenerateCommand::report(const CatalogueGenerator::Counts& counts, quint64 seed,
                                    const QString& seconds, const QString& path)
{
    return {tr("Generated %n organisation(s) with seed %1 in %2 s: %3", nullptr,
               pluralCount(counts.organisations))
                .arg(QString::number(seed), seconds, path),
            tr("%n of them are network(s).", nullptr, pluralCount(counts.networks)),
            tr("With them: %1.")
                .arg(list({tr("%n office(s)", nullptr, pluralCount(counts.locations)),
                           tr("%n contact(s)", nullptr, pluralCount(counts.contacts)),
                           tr("%n partnership(s)", nullptr, pluralCount(counts.partnerships)),
                           tr("%n network membership(s)", nullptr, pluralCount(counts.memberships))}))};
}

QString GenerateCommand::usage() const
{
    return QStringLiteral("--orgs N [--seed S]");
}

int GenerateCommand::execute(CliContext& context, const QStringList& arguments)
{
    QString orgsText;
    QString seedText;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        QString* target = nullptr;
        QString option;
        for (const char* known : {"--orgs", "--seed"}) {
            if (argument == QLatin1String(known) ||
                argument.startsWith(QLatin1String(known) + QLatin1Char('='))) {
                option = QLatin1String(known);
                target = option == QLatin1String("--orgs") ? &orgsText : &seedText;
            }
        }
        if (!target) {
            return context.usage(name(), tr("unexpected argument \"%1\"").arg(argument));
        }
        if (argument.size() > option.size()) {
            *target = argument.mid(option.size() + 1);
        } else if (i + 1 < arguments.size()) {
            *target = arguments[++i];
        } else {
            return context.usage(name(), tr("%1 needs a value").arg(option));
        }
    }
    if (orgsText.isEmpty()) {
        return context.usage(name(), tr("--orgs N is required (the number of organisations)"));
    }
    bool ok = false;
    CatalogueGenerator::Options options;
    options.organisations = orgsText.toLongLong(&ok);
    if (!ok || options.organisations < 1 || options.organisations > CatalogueGenerator::kMaxOrganisations) {
        return context.usage(name(), tr("--orgs needs a whole number from 1 to %1, not \"%2\"")
                                         .arg(CatalogueGenerator::kMaxOrganisations)
                                         .arg(orgsText));
    }
    if (!seedText.isEmpty()) {
        options.seed = seedText.toULongLong(&ok);
        if (!ok) {
            return context.usage(
                name(),
                tr("--seed needs a whole number from 0 to 18446744073709551615, not \"%1\"").arg(seedText));
        }
    }
    const QLocale locale;
    if (options.organisations >= kProgressFrom) {
        options.progress = [&](qint64 done, qint64 total) {
            context.err << tr("generate: %1 of %Ln organisation(s)", nullptr, pluralCount(total))
                               .arg(locale.toString(done))
                        << "\n";
            context.err.flush();
        };
    }

    QElapsedTimer timer;
    timer.start();
    CatalogueGenerator::Result result;
    if (context.databaseGiven && !QFileInfo::exists(context.databasePath)) {
        result = CatalogueGenerator::createAt(context.databasePath, options);
    } else {
        auto catalogue = openCatalogue(context);
        if (!catalogue) {
            return ExitUserError;
        }
        result = CatalogueGenerator::fill(*catalogue, options);
    }
    if (!result.error.isEmpty()) {
        return context.fail(result.error);
    }
    const QStringList lines = report(result.counts, options.seed,
                                     locale.toString(timer.elapsed() / 1000.0, 'f', 1), context.databasePath);
    for (const QString& line : lines) {
        context.out << line << "\n";
    }
    return ExitOk;
}

} // namespace dalil
