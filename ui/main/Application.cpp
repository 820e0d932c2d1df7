#include "main/Application.h"

#include "catalogue/CataloguePaths.h"
#include "catalogue/SampleCatalogue.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"

#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

namespace dalil {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("dalil"));
    setApplicationDisplayName(QStringLiteral("Dalil"));
    setApplicationVersion(QStringLiteral(DALIL_VERSION));
    setDesktopFileName(QStringLiteral("org.dalil.Dalil"));
}

Application::~Application()
{
    m_window.reset();
    m_catalogue.reset();
}

int Application::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Dalil: directory and collaboration map of MENA civil society"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption catalogueOption(
        QStringLiteral("catalogue"), QStringLiteral("Open this catalogue file."), QStringLiteral("path"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("ar, en or fr."),
                                            QStringLiteral("code"));
    const QCommandLineOption quitOption(
        QStringLiteral("quit-after"),
        QStringLiteral("Quit this many milliseconds after the first paint (tests)."), QStringLiteral("ms"));
    parser.addOptions({catalogueOption, languageOption, quitOption});
    parser.process(*this);

    m_languages = std::make_unique<LanguageManager>();
    m_languages->loadInitial();
    if (parser.isSet(languageOption)) {
        m_languages->setLanguage(parser.value(languageOption));
    }

    const QString path =
        parser.isSet(catalogueOption) ? parser.value(catalogueOption) : CataloguePaths::defaultCatalogue();
    Catalogue::OpenResult opened =
        parser.isSet(catalogueOption) ? Catalogue::open(path) : SampleCatalogue::openDefault(path);
    if (!opened.catalogue) {
        QMessageBox::critical(nullptr, tr("Dalil"),
                              tr("The catalogue could not be opened:\n%1").arg(opened.error));
        return 1;
    }
    m_catalogue = std::move(opened.catalogue);
    m_window = std::make_unique<MainWindow>(*m_catalogue, *m_languages);
    m_window->show();
    if (parser.isSet(quitOption)) {
        QTimer::singleShot(parser.value(quitOption).toInt(), this, &QCoreApplication::quit);
    }
    return exec();
}

} // namespace dalil
