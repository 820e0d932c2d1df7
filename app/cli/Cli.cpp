#include "cli/Cli.h"

#include "catalogue/CataloguePaths.h"
#include "cli/ClustersCommand.h"
#include "cli/EditCommand.h"
#include "cli/ExportCommand.h"
#include "cli/GenerateCommand.h"
#include "cli/HubCommand.h"
#include "cli/ImportCommand.h"
#include "cli/InitCommand.h"
#include "cli/RenderMapCommand.h"
#include "cli/SearchCommand.h"
#include "cli/ShowCommand.h"
#include "cli/StatsCommand.h"
#include "cli/SyncCommand.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::Cli", text);
}

} // namespace

QLocale Cli::numberLocale(const QLocale& users)
{
    QLocale locale = users;
    if (locale.zeroDigit() != QLatin1String("0")) {
        // The same language where it is written with Latin digits and a decimal point (Arabic:
        // ar_AE, the locale the window uses for its "Latin digits" setting), else the C locale.
        locale = QLocale::c();
        for (const QLocale& candidate :
             QLocale::matchingLocales(users.language(), users.script(), QLocale::AnyTerritory)) {
            if (candidate.zeroDigit() == QLatin1String("0") &&
                candidate.decimalPoint() == QLatin1String(".")) {
                locale = candidate;
                break;
            }
        }
    }
    locale.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    return locale;
}

void Cli::speakUsersLanguage()
{
    QLocale::setDefault(numberLocale(QLocale::system()));
    // English is loaded too (as the fallback): its file only adds the plural forms ("1 office").
    QStringList languages;
    for (const QString& wanted : QLocale::system().uiLanguages()) {
        languages.append(wanted == QLatin1String("C") ? QStringLiteral("en") : wanted.left(2));
    }
    languages.append(QStringLiteral("en"));
    for (const QString& language : std::as_const(languages)) {
        auto* translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(QStringLiteral(":/dalil/i18n/dalil_%1.qm").arg(language))) {
            QCoreApplication::installTranslator(translator);
            return;
        }
        delete translator;
    }
}

Cli::Cli()
{
    m_commands.push_back(std::make_unique<InitCommand>());
    m_commands.push_back(std::make_unique<StatsCommand>());
    m_commands.push_back(std::make_unique<ShowCommand>());
    m_commands.push_back(std::make_unique<EditCommand>());
    m_commands.push_back(std::make_unique<SyncCommand>());
    m_commands.push_back(std::make_unique<HubCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<SearchCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    m_commands.push_back(std::make_unique<GenerateCommand>());
    m_commands.push_back(std::make_unique<RenderMapCommand>());
    m_commands.push_back(std::make_unique<ClustersCommand>());
}

Cli::~Cli() = default;

void Cli::printHelp(QTextStream& out) const
{
    out << tr("Usage: dalil-cli [--db PATH] COMMAND [OPTIONS]") << "\n\n"
        << tr("Dalil: an offline directory of civil-society organisations of the Middle East and North "
              "Africa.")
        << "\n\n"
        << tr("Options:") << "\n"
        << "  --db PATH   " << tr("the catalogue file (default: %1)").arg(CataloguePaths::defaultCatalogue())
        << "\n"
        << "  --help      " << tr("show this help") << "\n"
        << "  --version   " << tr("show the version") << "\n\n"
        << tr("Commands:") << "\n";
    for (const auto& command : m_commands) {
        out << "  " << command->name().leftJustified(10) << "  " << command->summary() << "\n";
        out << "  " << QString(10, QLatin1Char(' ')) << "    " << command->name() << " " << command->usage()
            << "\n";
    }
    out.flush();
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CliContext context{out, err, CataloguePaths::defaultCatalogue(), false};
    QStringList rest = arguments.mid(1);
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1String("--"))) {
        const QString option = rest.takeFirst();
        if (option == QLatin1String("--help")) {
            printHelp(out);
            return ExitOk;
        }
        if (option == QLatin1String("--version")) {
            out << "dalil-cli " << DALIL_VERSION << "\n";
            out.flush();
            return ExitOk;
        }
        if (option == QLatin1String("--db") || option.startsWith(QLatin1String("--db="))) {
            QString value;
            if (option.startsWith(QLatin1String("--db="))) {
                value = option.mid(5);
            } else if (!rest.isEmpty()) {
                value = rest.takeFirst();
            }
            if (value.isEmpty()) {
                return context.usage(QString(), tr("--db needs a file path"));
            }
            context.databasePath = value;
            context.databaseGiven = true;
            continue;
        }
        return context.usage(QString(), tr("unknown option %1").arg(option));
    }
    if (rest.isEmpty()) {
        printHelp(err);
        return ExitUsage;
    }
    const QString name = rest.takeFirst();
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            const int code = command->execute(context, rest);
            out.flush();
            err.flush();
            return code;
        }
    }
    return context.usage(QString(), tr("unknown command \"%1\" (see dalil-cli --help)").arg(name));
}

} // namespace dalil
