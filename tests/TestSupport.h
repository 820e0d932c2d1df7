#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QTranslator>

namespace dalil::test {

// Result of running the real dalil-cli binary.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList& arguments, int timeoutMs = 120000,
                     const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DALIL_CLI_PATH), arguments);
    CliRun run;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        run.err = "timed out";
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

// Runs dalil-cli as a person whose environment asks for language (a locale such as
// "ar_EG.UTF-8"): LANG and LANGUAGE set, LC_ALL and LC_MESSAGES not.
inline CliRun runCliIn(const QString& language, const QStringList& arguments)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LANG"), language);
    environment.insert(QStringLiteral("LANGUAGE"), language.section(QLatin1Char('.'), 0, 0));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    return runCli(arguments, 120000, environment);
}

inline QString sharedDir()
{
    return QStringLiteral(DALIL_SHARED_DIR);
}

// Messages with the English plural forms ("1 value", "3 values"), as dalil and dalil-cli load
// them: without a translator Qt prints a numerus message's source text ("3 value(s)").
inline bool speakEnglish()
{
    auto* translator = new QTranslator(QCoreApplication::instance());
    return translator->load(QStringLiteral(":/dalil/i18n/dalil_en.qm")) &&
           QCoreApplication::installTranslator(translator);
}

// Makes the locale `name` (such as "fr_FR", in UTF-8) into `folder` with localedef, for a process
// started with LOCPATH=folder: this machine may have no locale but C installed. C.UTF-8 is linked in
// beside it, as LOCPATH replaces the system's locales. Returns an error, or an empty string.
inline QString makeLocale(const QString& folder, const QString& name)
{
    QProcess localedef;
    localedef.setProcessChannelMode(QProcess::MergedChannels);
    localedef.start(QStringLiteral("localedef"),
                    {QStringLiteral("-i"), name, QStringLiteral("-f"), QStringLiteral("UTF-8"),
                     folder + QLatin1Char('/') + name + QStringLiteral(".UTF-8")});
    if (!localedef.waitForFinished(120000) || localedef.exitStatus() != QProcess::NormalExit ||
        localedef.exitCode() != 0) {
        return QStringLiteral("localedef could not make %1.UTF-8 (Debian package locales): %2")
            .arg(name, QString::fromLocal8Bit(localedef.readAll()).trimmed());
    }
    const QString cUtf8 = QStringLiteral("/usr/lib/locale/C.utf8");
    if (QFile::exists(cUtf8)) {
        QFile::link(cUtf8, folder + QStringLiteral("/C.UTF-8"));
        QFile::link(cUtf8, folder + QStringLiteral("/C.utf8"));
    }
    return {};
}

} // namespace dalil::test
