#include "cli/Cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dalil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DALIL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dalil::Cli().run(QCoreApplication::arguments(), out, err);
}
