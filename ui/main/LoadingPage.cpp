#include "main/LoadingPage.h"

#include "main/Display.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace dalil {

LoadingPage::LoadingPage(const QString& catalogueName, QWidget* parent)
    : QWidget(parent)
    , m_catalogueName(catalogueName)
{
    setObjectName(QStringLiteral("loadingPage"));
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("loadingSearchField"));
    // No clear button: its icon is read through QImageReader, which loads every image format
    // plugin (SVG, JPEG...) before the first paint; the directory's field, which takes this one's
    // place right after that paint, has it.
    m_status = new QLabel(this);
    top->addWidget(m_search, 1);
    top->addWidget(m_status);
    layout->addLayout(top);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("loadingMessage"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_message, 1);
    retranslate();
}

void LoadingPage::retranslate()
{
    // The same words as the directory's field, so nothing changes when it takes over.
    m_search->setPlaceholderText(tr("Search organisations by name, acronym… (Ctrl+F)"));
    m_search->setAccessibleName(tr("Search organisations"));
    m_status->setText(tr("Searching…"));
    m_message->setText(tr("Opening %1…").arg(Display::isolate(m_catalogueName)));
}

void LoadingPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

} // namespace dalil
