#include "main/Application.h"

#include "catalogue/CataloguePaths.h"
#include "catalogue/SampleCatalogue.h"
#include "main/ApplicationStyle.h"
#include "main/LanguageManager.h"
#include "main/MainWindow.h"
#include "main/ProcessMemory.h"

#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>
#include <QWidget>

#include <algorithm>
#include <cstdio>

namespace dalil {

namespace {

// Acts once the window has really painted: saves a screenshot and/or quits (smoke tests, README).
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget* window, QString screenshot, int quitAfterMs)
        : QObject(window)
        , m_window(window)
        , m_screenshot(std::move(screenshot))
        , m_quitAfterMs(quitAfterMs)
    {
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(std::max(m_quitAfterMs, 0), this, [this] {
                if (!m_screenshot.isEmpty()) {
                    m_window->grab().save(m_screenshot);
                }
                if (m_quitAfterMs >= 0) {
                    if (qEnvironmentVariableIsSet("DALIL_PRINT_FIRST_PAINT")) {
                        // For tests/bench/bench_startup: quitting is timed from here to the exit.
                        std::fputs("close-requested\n", stdout);
                        std::fflush(stdout);
                    }
                    // As a user closes it (Ctrl+Q), so quitting is measured the way it is lived.
                    m_window->close();
                }
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget* m_window;
    QString m_screenshot;
    int m_quitAfterMs;
    bool m_done = false;
};

} // namespace

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setApplicationName(QStringLiteral("dalil"));
    setApplicationDisplayName(QStringLiteral("Dalil"));
    setApplicationVersion(QStringLiteral(DALIL_VERSION));
    setDesktopFileName(QStringLiteral("org.dalil.Dalil"));
    setStyle(new ApplicationStyle); // owned by the application
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
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QStringLiteral("Save the window as PNG after the first paint."),
                                              QStringLiteral("file"));
    parser.addOptions({catalogueOption, languageOption, quitOption, screenshotOption});
    parser.process(*this);
    ProcessMemory::configure();

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
        // Also on stderr, so a script or a test sees why the window did not open.
        qCritical("%s", qUtf8Printable(opened.error));
        if (qEnvironmentVariableIsSet("DALIL_NO_DIALOGS")) {
            return 1;
        }
        QMessageBox::critical(nullptr, tr("Dalil"),
                              tr("The catalogue could not be opened:\n%1").arg(opened.error));
        return 1;
    }
    m_catalogue = std::move(opened.catalogue);
    m_window = std::make_unique<MainWindow>(*m_catalogue, *m_languages);
    if (parser.isSet(quitOption) || parser.isSet(screenshotOption)) {
        const int delay = parser.isSet(quitOption) ? parser.value(quitOption).toInt() : -1;
        m_window->installEventFilter(
            new FirstPaintWatcher(m_window.get(), parser.value(screenshotOption), delay));
    }
    m_window->show();
    return exec();
}

} // namespace dalil
