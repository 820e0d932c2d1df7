#include "main/MainWindow.h"

#include "catalogue/Catalogue.h"
#include "main/LanguageManager.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace dalil {

MainWindow::MainWindow(Catalogue& catalogue, LanguageManager& languages, QWidget* parent)
    : QMainWindow(parent)
    , m_catalogue(catalogue)
    , m_languages(languages)
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_sampleBanner = new QLabel(central);
    m_sampleBanner->setObjectName(QStringLiteral("sampleBanner"));
    m_sampleBanner->setVisible(m_catalogue.isSample());
    m_list = new QListWidget(central);
    layout->addWidget(m_sampleBanner);
    layout->addWidget(m_list);
    setCentralWidget(central);
    resize(1200, 800);
    reload();
    retranslate();
}

void MainWindow::reload()
{
    m_list->clear();
    m_catalogue.organisations().forEach([this](const QJsonObject& org) {
        const QString ar = org.value(QLatin1String("name_ar")).toString();
        const QString en = org.value(QLatin1String("name_en")).toString();
        m_list->addItem(
            m_languages.current() == QLatin1String("ar") && !ar.isEmpty() ? ar : (en.isEmpty() ? ar : en));
    });
}

void MainWindow::retranslate()
{
    setWindowTitle(tr("Dalil — directory of civil society"));
    m_sampleBanner->setText(
        tr("This is the sample catalogue: real organisations from public sources, for trying Dalil."));
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        reload();
    }
    QMainWindow::changeEvent(event);
}

} // namespace dalil
