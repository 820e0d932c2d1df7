#pragma once

#include <QMainWindow>

class QLabel;
class QListWidget;

namespace dalil {

class Catalogue;
class LanguageManager;

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Catalogue& catalogue, LanguageManager& languages, QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();

    Catalogue& m_catalogue;
    LanguageManager& m_languages;
    QLabel* m_sampleBanner = nullptr;
    QListWidget* m_list = nullptr;
};

} // namespace dalil
