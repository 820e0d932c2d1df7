#pragma once

#include <QApplication>

#include <memory>

namespace dalil {

class Catalogue;
class LanguageManager;
class MainWindow;

// The desktop application: parses its options, opens the user's catalogue (the sample on first
// run), installs the translations and shows the main window.
class Application : public QApplication
{
    Q_OBJECT
public:
    Application(int& argc, char** argv);
    ~Application() override;
    int run();

private:
    std::unique_ptr<Catalogue> m_catalogue;
    std::unique_ptr<LanguageManager> m_languages;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace dalil
