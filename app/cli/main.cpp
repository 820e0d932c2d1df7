#include "cli/Cli.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

int main(int argc, char** argv)
{
    // Writing a PDF or drawing a map lays out text with fonts, which needs the graphical part of
    // Qt; it runs without a display. Every other command starts the lighter core application.
    bool exporting = false;
    bool pdf = false;
    bool drawing = false;
    for (int i = 1; i < argc; ++i) {
        exporting = exporting || std::strcmp(argv[i], "export") == 0;
        pdf = pdf || std::strcmp(argv[i], "pdf") == 0 || std::strcmp(argv[i], "--format=pdf") == 0;
        drawing = drawing || std::strcmp(argv[i], "render-map") == 0;
    }
    const bool graphical = (exporting && pdf) || drawing;
    std::unique_ptr<QCoreApplication> application;
    if (graphical) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Without it Qt warns on stderr, which scripts read as an error.
            const QByteArray runtime =
                QDir::tempPath().toUtf8() + "/dalil-runtime-" + QByteArray::number(getuid());
            QDir().mkpath(QString::fromUtf8(runtime));
            QFile::setPermissions(QString::fromUtf8(runtime),
                                  QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
            qputenv("XDG_RUNTIME_DIR", runtime);
        }
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dalil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DALIL_VERSION));
    dalil::Cli::speakUsersLanguage();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dalil::Cli().run(QCoreApplication::arguments(), out, err);
}
