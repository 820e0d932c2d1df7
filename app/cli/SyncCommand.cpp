#include "cli/SyncCommand.h"

#include "catalogue/Catalogue.h"
#include "sync/Bundle.h"
#include "sync/HubClient.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::SyncCommand", text, disambiguation, n);
}

} // namespace

QString SyncCommand::summary() const
{
    return tr("exchange changes with a hub, or through a bundle file");
}

QString SyncCommand::usage() const
{
    return QStringLiteral("--hub URL | --bundle-out FILE [--all] [--peer NAME] | --bundle-in FILE  [--json]");
}

int SyncCommand::execute(CliContext& context, const QStringList& arguments)
{
    QString hub;
    QString bundleOut;
    QString bundleIn;
    QString peer = QStringLiteral("default");
    bool all = false;
    bool json = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        auto value = [&](QString* target) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                return false;
            }
            *target = arguments[++i];
            return true;
        };
        if (argument == QLatin1String("--hub")) {
            if (!value(&hub)) {
                return context.usage(name(), tr("--hub needs a URL"));
            }
        } else if (argument == QLatin1String("--bundle-out")) {
            if (!value(&bundleOut)) {
                return context.usage(name(), tr("--bundle-out needs a file"));
            }
        } else if (argument == QLatin1String("--bundle-in")) {
            if (!value(&bundleIn)) {
                return context.usage(name(), tr("--bundle-in needs a file"));
            }
        } else if (argument == QLatin1String("--peer")) {
            if (!value(&peer)) {
                return context.usage(name(), tr("--peer needs a name"));
            }
        } else if (argument == QLatin1String("--all")) {
            all = true;
        } else if (argument == QLatin1String("--json")) {
            json = true;
        } else {
            return context.usage(name(), tr("unexpected argument \"%1\"").arg(argument));
        }
    }
    const int modes = int(!hub.isEmpty()) + int(!bundleOut.isEmpty()) + int(!bundleIn.isEmpty());
    if (modes != 1) {
        return context.usage(name(), tr("give exactly one of --hub, --bundle-out, --bundle-in"));
    }
    if (all && bundleOut.isEmpty()) {
        return context.usage(name(), tr("--all goes with --bundle-out"));
    }
    // Only this thread uses the catalogue: the hub's pages are read on a second thread with a
    // connection of its own (PagePrefetcher), the search index's workers touch no connection.
    auto catalogue = openCatalogue(context, false, Database::Threading::OneThread);
    if (!catalogue) {
        return ExitUserError;
    }

    if (!hub.isEmpty()) {
        HubAddress address;
        if (QString error = HubAddress::parse(hub, &address); !error.isEmpty()) {
            return context.fail(error);
        }
        HubClient client(address);
        SyncEngine engine(*catalogue, client);
        SyncEngine::Report report;
        if (QString error = engine.sync(&report); !error.isEmpty()) {
            return context.fail(error);
        }
        if (json) {
            const QJsonObject out{{QStringLiteral("hub"), address.display()},
                                  {QStringLiteral("pushed"), report.pushed},
                                  {QStringLiteral("already_there"), report.alreadyThere},
                                  {QStringLiteral("refused"), report.refused},
                                  {QStringLiteral("stale"), report.stale},
                                  {QStringLiteral("pulled"), report.pulled},
                                  {QStringLiteral("conflicts"), report.conflicts},
                                  {QStringLiteral("not_sent"), report.notSent},
                                  {QStringLiteral("role"), report.role},
                                  {QStringLiteral("workspace"), report.workspace}};
            context.out << QJsonDocument(out).toJson(QJsonDocument::Indented);
        } else {
            context.out << tr("Synced with %1: %2.")
                               .arg(address.display(),
                                    list({tr("%n change(s) sent", nullptr, pluralCount(report.pushed)),
                                          tr("%n change(s) received", nullptr, pluralCount(report.pulled)),
                                          tr("%n new conflict(s)", nullptr, pluralCount(report.conflicts))}))
                        << "\n";
            if (report.refused > 0) {
                context.out << tr("The hub refused %n change(s) that your account (%1) may not make; "
                                  "they are kept as conflicts",
                                  nullptr, pluralCount(report.refused))
                                   .arg(address.user)
                            << "\n";
            }
            if (report.notSent > 0) {
                context.out << tr("%n local change(s) not sent: the account %1 may only read\n", nullptr,
                                  int(report.notSent))
                                   .arg(address.user);
            }
        }
        return ExitOk;
    }

    Bundle::Summary summary;
    if (!bundleOut.isEmpty()) {
        if (QString error = Bundle::write(*catalogue, bundleOut, peer, all, &summary); !error.isEmpty()) {
            return context.fail(error);
        }
        if (json) {
            context.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), bundleOut},
                                                     {QStringLiteral("rows"), summary.rows},
                                                     {QStringLiteral("peer"), peer},
                                                     {QStringLiteral("catalogue_id"), summary.catalogueId}})
                               .toJson(QJsonDocument::Indented);
        } else {
            context.out << tr("Wrote %n change(s) to %1\n", nullptr, int(summary.rows)).arg(bundleOut);
        }
        return ExitOk;
    }
    if (QString error = Bundle::import(*catalogue, bundleIn, &summary); !error.isEmpty()) {
        return context.fail(error);
    }
    if (json) {
        context.out << QJsonDocument(QJsonObject{{QStringLiteral("file"), bundleIn},
                                                 {QStringLiteral("rows"), summary.rows},
                                                 {QStringLiteral("inserted"), summary.inserted},
                                                 {QStringLiteral("updated"), summary.updated},
                                                 {QStringLiteral("unchanged"), summary.unchanged},
                                                 {QStringLiteral("conflicts"), summary.conflicts}})
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << tr("Imported %1: %2.")
                           .arg(bundleIn,
                                list({tr("%n new record(s)", nullptr, pluralCount(summary.inserted)),
                                      tr("%n record(s) updated", nullptr, pluralCount(summary.updated)),
                                      tr("%n record(s) unchanged", nullptr, pluralCount(summary.unchanged)),
                                      tr("%n new conflict(s)", nullptr, pluralCount(summary.conflicts))}))
                    << "\n";
    }
    return ExitOk;
}

} // namespace dalil
