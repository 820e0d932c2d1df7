#include "cli/Cli.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char** argv)
{
    // Drawing a map needs fonts, hence a GUI application; it runs headless (offscreen) so that
    // render-map works on a server or in CI without a display.
    bool drawing = false;
    for (int i = 1; i < argc; ++i) {
        drawing = drawing || std::strcmp(argv[i], "render-map") == 0;
    }
    std::unique_ptr<QCoreApplication> app;
    if (drawing) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("dalil"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DALIL_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return dalil::Cli().run(QCoreApplication::arguments(), out, err);
}
