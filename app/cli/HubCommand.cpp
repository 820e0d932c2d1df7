#include "cli/HubCommand.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/SyncStateRepository.h"
#include "sync/HubClient.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

#include <cstdio>

namespace dalil {

namespace {

QString tr(const char* text, const char* disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("dalil::HubCommand", text, disambiguation, n);
}

} // namespace

QString HubCommand::summary() const
{
    return tr("set up a PostgreSQL hub and its accounts");
}

QString HubCommand::usage() const
{
    return QStringLiteral(
        "init --hub URL | add-user --hub URL --name NAME --workspace W --role editor|reader "
        "[--password-stdin]");
}

namespace {

QString newPassword()
{
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    QString out;
    for (int i = 0; i < 20; ++i) {
        out += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]);
    }
    return out;
}

} // namespace

int HubCommand::execute(CliContext& context, const QStringList& arguments)
{
    if (arguments.isEmpty()) {
        return context.usage(name(), QStringLiteral("expected: hub %1").arg(usage()));
    }
    const QString action = arguments.first();
    QString url;
    QString user;
    QString workspace;
    QString role;
    bool passwordFromStdin = false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        auto value = [&](QString* target) {
            if (i + 1 >= arguments.size() || arguments[i + 1].isEmpty()) {
                return false;
            }
            *target = arguments[++i];
            return true;
        };
        bool ok = true;
        if (argument == QLatin1String("--hub")) {
            ok = value(&url);
        } else if (argument == QLatin1String("--name")) {
            ok = value(&user);
        } else if (argument == QLatin1String("--workspace")) {
            ok = value(&workspace);
        } else if (argument == QLatin1String("--role")) {
            ok = value(&role);
        } else if (argument == QLatin1String("--password-stdin")) {
            passwordFromStdin = true;
        } else {
            return context.usage(name(), tr("unexpected argument \"%1\"").arg(argument));
        }
        if (!ok) {
            return context.usage(name(), tr("%1 needs a value").arg(argument));
        }
    }
    if (url.isEmpty()) {
        return context.usage(name(), tr("--hub URL is required"));
    }
    HubAddress address;
    if (QString error = HubAddress::parse(url, &address); !error.isEmpty()) {
        return context.fail(error);
    }

    if (action == QLatin1String("init")) {
        // The hub keeps the id of the catalogue named with --db, so that catalogue (and the field
        // offices that exchanged bundles with it) can sync with it; otherwise a new one.
        QString catalogueId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        std::unique_ptr<Catalogue> catalogue;
        if (context.databaseGiven) {
            catalogue = openCatalogue(context);
            if (!catalogue) {
                return ExitUserError;
            }
            catalogueId = SyncStateRepository(catalogue->database()).catalogueId();
        }
        HubClient client(address);
        if (QString error = client.open(); !error.isEmpty()) {
            return context.fail(error);
        }
        if (QString error = client.initialise(catalogueId); !error.isEmpty()) {
            return context.fail(error);
        }
        if (catalogue) {
            try {
                catalogue->database().transaction(
                    [&] { SyncStateRepository(catalogue->database()).join(catalogueId); });
            } catch (const DbError& e) {
                return context.fail(e.message());
            }
        }
        context.out << tr("Created a Dalil hub at %1 (catalogue %2)\n").arg(address.display(), catalogueId);
        return ExitOk;
    }

    if (action == QLatin1String("add-user")) {
        if (user.isEmpty() || workspace.isEmpty() || role.isEmpty()) {
            return context.usage(name(), tr("add-user needs --name, --workspace and --role"));
        }
        if (role != QLatin1String("editor") && role != QLatin1String("reader")) {
            return context.usage(name(), tr("--role is editor or reader, not \"%1\"").arg(role));
        }
        if (!user.contains(QRegularExpression(QStringLiteral("^[A-Za-z0-9_.@-]{1,63}$")))) {
            return context.fail(
                tr("\"%1\" cannot be a hub user name: use 1 to 63 letters, digits, _ . @ -").arg(user));
        }
        QString password = qEnvironmentVariable("DALIL_NEW_USER_PASSWORD");
        bool generated = false;
        if (passwordFromStdin) {
            QTextStream in(stdin);
            password = in.readLine().trimmed();
            if (password.isEmpty()) {
                return context.fail(tr("no password on standard input"));
            }
        } else if (password.isEmpty()) {
            password = newPassword();
            generated = true;
        }
        HubClient client(address);
        if (QString error = client.open(); !error.isEmpty()) {
            return context.fail(error);
        }
        HubClient::Info info;
        if (QString error = client.readInfo(&info); !error.isEmpty()) {
            return context.fail(error);
        }
        if (!info.initialised) {
            return context.fail(tr("%1 is not a Dalil hub yet (run `dalil-cli hub init --hub URL` first)")
                                    .arg(address.display()));
        }
        if (QString error = client.addUser(user, password, workspace, role); !error.isEmpty()) {
            return context.fail(error);
        }
        // One sentence per role, so that each language words it whole.
        context.out << (role == QLatin1String("editor")
                            ? tr("Added editor \"%1\" for workspace \"%2\" on %3\n")
                            : tr("Added reader \"%1\" for workspace \"%2\" on %3\n"))
                           .arg(user, workspace, address.display());
        if (generated) {
            context.out << tr("Password (give it to %1; it is not shown again): %2\n").arg(user, password);
        }
        return ExitOk;
    }
    return context.usage(name(), tr("unknown action \"%1\" (init or add-user)").arg(action));
}

} // namespace dalil
