#include "resources/ResourcesView.h"

#include "catalogue/AttachmentStore.h"
#include "catalogue/Catalogue.h"
#include "common/FilterBar.h"
#include "common/JsonLists.h"
#include "main/CatalogueDocument.h"
#include "main/Display.h"
#include "profile/RecordEditDialog.h"
#include "resources/RemoveLocalCopyCommand.h"

#include <QCoreApplication>
#include <QDesktopServices>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

QString ResourcesView::kindLabel(const QString& kind)
{
    static const QHash<QString, const char*> labels = {
        {QStringLiteral("report"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Report")},
        {QStringLiteral("toolkit"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Toolkit")},
        {QStringLiteral("guideline"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Guideline")},
        {QStringLiteral("study"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Study")},
        {QStringLiteral("training"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Training")},
        {QStringLiteral("tool"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Tool")},
        {QStringLiteral("dataset"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Dataset")},
        {QStringLiteral("standard"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Standard")},
        {QStringLiteral("policy"), QT_TRANSLATE_NOOP("dalil::ResourcesView", "Policy")},
    };
    const char* text = labels.value(kind);
    return text ? QCoreApplication::translate("dalil::ResourcesView", text) : kind;
}

ResourcesView::ResourcesView(CatalogueDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("resources"));
    auto* layout = new QVBoxLayout(this);
    auto* filters = new FilterBar(this);
    m_filterText = new QLineEdit(this);
    m_filterText->setObjectName(QStringLiteral("resourceFilterText"));
    m_filterText->setClearButtonEnabled(true);
    m_kind = new FilterCombo(QStringLiteral("kind"), this);
    m_kind->setObjectName(QStringLiteral("resourceKind"));
    m_language = new FilterCombo(QStringLiteral("languages"), this);
    m_language->setObjectName(QStringLiteral("resourceLanguage"));
    filters->addWidget(m_filterText, 1);
    m_kindLabel = filters->addFilter(m_kind);
    m_languageLabel = filters->addFilter(m_language);
    layout->addWidget(filters);
    m_table = new RecordListTable(ColumnCount, 380, this);
    m_table->setObjectName(QStringLiteral("resourceTable"));
    layout->addWidget(m_table, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resourceMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    m_openLink = new QPushButton(this);
    m_openLink->setObjectName(QStringLiteral("resourceOpenLink"));
    m_openLocal = new QPushButton(this);
    m_openLocal->setObjectName(QStringLiteral("resourceOpenLocal"));
    m_attach = new QPushButton(this);
    m_attach->setObjectName(QStringLiteral("resourceAttach"));
    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("resourceAdd"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("resourceEdit"));
    m_removeLocal = new QPushButton(this);
    m_removeLocal->setObjectName(QStringLiteral("resourceRemoveLocal"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("resourceDelete"));
    for (QPushButton* button : {m_openLink, m_openLocal, m_attach, m_removeLocal, m_add, m_edit, m_delete}) {
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    connect(m_filterText, &QLineEdit::textChanged, this, &ResourcesView::refill);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ResourcesView::refill);
    connect(m_language, &QComboBox::currentIndexChanged, this, &ResourcesView::refill);
    connect(m_openLink, &QPushButton::clicked, this, [this] {
        if (const auto record = m_document.catalogue().resources().find(m_table->selectedId())) {
            QDesktopServices::openUrl(QUrl(record->value(QLatin1String("link")).toString()));
        }
    });
    connect(m_openLocal, &QPushButton::clicked, this, [this] {
        const QString path = AttachmentStore(m_document.catalogue()).localPath(m_table->selectedId());
        if (path.isEmpty()) {
            m_message->setText(tr("This resource has no local copy yet: use “Keep a local copy…”."));
            return;
        }
        QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    });
    connect(m_attach, &QPushButton::clicked, this, [this] {
        const QString id = m_table->selectedId();
        if (id.isEmpty()) {
            m_message->setText(tr("Choose a resource in the list first."));
            return;
        }
        const QString path = QFileDialog::getOpenFileName(this, tr("Keep a local copy"));
        if (!path.isEmpty()) {
            attachFile(id, path);
        }
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_openLink, &QPushButton::click);
    connect(m_add, &QPushButton::clicked, this, [this] {
        RecordEditDialog(m_document, QStringLiteral("resource"), {}, tr("New resource"), this).exec();
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const auto record = m_document.catalogue().resources().find(m_table->selectedId())) {
            RecordEditDialog(m_document, QStringLiteral("resource"), *record, tr("Edit resource"), this)
                .exec();
        }
    });
    connect(m_delete, &QPushButton::clicked, this, &ResourcesView::deleteResource);
    connect(m_removeLocal, &QPushButton::clicked, this, &ResourcesView::removeLocalCopy);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ResourcesView::updateButtons);
    connect(&m_document, &CatalogueDocument::recordChanged, this, [this](const QString& table) {
        if (table.isEmpty() || table == QLatin1String("resource")) {
            reload();
        }
    });
    retranslate();
}

QString ResourcesView::attachFile(const QString& resourceId, const QString& path)
{
    const QString error = AttachmentStore(m_document.catalogue()).attach(resourceId, path);
    m_message->setText(error.isEmpty() ? tr("A local copy is kept for reading offline.")
                                       : tr("The local copy could not be kept: %1").arg(error));
    reload();
    return error;
}

void ResourcesView::updateButtons()
{
    const QString id = m_table->selectedId();
    m_delete->setEnabled(!id.isEmpty());
    m_removeLocal->setEnabled(!id.isEmpty() &&
                              !AttachmentStore(m_document.catalogue()).localPath(id).isEmpty());
}

void ResourcesView::deleteResource()
{
    const QString id = m_table->selectedId();
    const auto record = m_document.catalogue().resources().find(id);
    if (!record) {
        return;
    }
    const QString title = Display::isolate(Display::localised(*record, QStringLiteral("title")));
    if (QMessageBox::question(
            this, tr("Delete resource"),
            tr("Delete %1 from the library? You can undo it with Edit ▸ Undo.").arg(title)) !=
        QMessageBox::Yes) {
        return;
    }
    if (!m_document.removeRecord(QStringLiteral("resource"), id, tr("Delete %1").arg(title))) {
        m_message->setText(tr("The resource could not be deleted: %1").arg(m_document.lastError()));
    }
}

void ResourcesView::removeLocalCopy()
{
    const QString id = m_table->selectedId();
    const auto record = m_document.catalogue().resources().find(id);
    if (!record) {
        return;
    }
    if (record->value(QLatin1String("local_file")).toString().isEmpty()) {
        m_message->setText(tr("This resource has no local copy."));
        return;
    }
    const QString title = Display::isolate(Display::localised(*record, QStringLiteral("title")));
    if (QMessageBox::question(this, tr("Remove local copy"),
                              tr("Remove the local copy of %1 from this computer? The link stays. You can "
                                 "undo it with Edit ▸ Undo.")
                                  .arg(title)) != QMessageBox::Yes) {
        return;
    }
    m_document.setLastError(QString());
    m_document.undoStack()->push(
        new RemoveLocalCopyCommand(m_document, id, tr("Remove the local copy of %1").arg(title)));
    m_message->setText(m_document.lastError().isEmpty()
                           ? tr("The local copy was removed.")
                           : tr("The local copy could not be removed: %1").arg(m_document.lastError()));
}

void ResourcesView::retranslate()
{
    m_filterText->setPlaceholderText(tr("Filter by title"));
    m_filterText->setAccessibleName(tr("Filter resources by title"));
    m_kindLabel->setText(tr("Kind"));
    m_languageLabel->setText(tr("Language"));
    m_kind->setAccessibleName(tr("Kind"));
    m_language->setAccessibleName(tr("Language"));
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Kind"), tr("Year"), tr("Languages"), tr("Sectors"),
                                        tr("Publisher"), tr("Local copy")});
    m_table->setAccessibleName(tr("Resources"));
    m_openLink->setText(tr("O&pen link"));
    m_openLocal->setText(tr("Open local &copy"));
    m_attach->setText(tr("&Keep a local copy…"));
    m_add->setText(tr("Ne&w…"));
    m_edit->setText(tr("Ed&it…"));
    m_removeLocal->setText(tr("Re&move local copy…"));
    m_delete->setText(tr("De&lete…"));
    for (QPushButton* button : {m_openLink, m_openLocal, m_attach, m_removeLocal, m_add, m_edit, m_delete}) {
        button->setAccessibleName(button->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
    }
    m_message->clear();
    reload();
}

void ResourcesView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

void ResourcesView::reload()
{
    m_rows.clear();
    m_document.catalogue().resources().forEach([this](const QJsonObject& row) { m_rows.append(row); });
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("year")).toInt() > b.value(QLatin1String("year")).toInt();
    });
    m_kind->setAllText(tr("All"));
    m_kind->fill(m_rows, [](const QString& code) { return kindLabel(code); });
    m_language->setAllText(tr("All"));
    m_language->fill(m_rows, [](const QString& code) { return Display::languageName(code); });
    refill();
}

void ResourcesView::refill()
{
    const QString text = m_filterText->text().trimmed();
    const QString keep = m_table->selectedId();
    AttachmentStore store(m_document.catalogue());
    m_table->setRowCount(0);
    for (const QJsonObject& row : std::as_const(m_rows)) {
        if (!m_kind->accepts(row) || !m_language->accepts(row)) {
            continue;
        }
        const QString title = Display::localised(row, QStringLiteral("title"));
        if (!text.isEmpty() && !title.contains(text, Qt::CaseInsensitive) &&
            !row.value(QLatin1String("title_en")).toString().contains(text, Qt::CaseInsensitive)) {
            continue;
        }
        const QString id = row.value(QLatin1String("id")).toString();
        auto* titleItem = new QTableWidgetItem(title);
        titleItem->setToolTip(Display::localised(row, QStringLiteral("summary")));
        const int r = m_table->appendRecord(titleItem, id);
        m_table->setItem(r, KindColumn,
                         new QTableWidgetItem(kindLabel(row.value(QLatin1String("kind")).toString())));
        const QJsonValue year = row.value(QLatin1String("year"));
        m_table->setItem(r, YearColumn,
                         new QTableWidgetItem(year.isDouble() ? Display::year(year.toInt()) : QString()));
        m_table->setItem(r, LanguagesColumn,
                         new QTableWidgetItem(Display::languageNames(
                             JsonLists::strings(row.value(QLatin1String("languages"))))));
        m_table->setItem(
            r, SectorsColumn,
            new QTableWidgetItem(m_document.labels(QStringLiteral("sector"),
                                                   JsonLists::strings(row.value(QLatin1String("sectors"))))));
        m_table->setItem(r, PublisherColumn,
                         new QTableWidgetItem(m_document.organisationName(
                             row.value(QLatin1String("publisher_id")).toString())));
        m_table->setItem(r, LocalColumn,
                         new QTableWidgetItem(store.localPath(id).isEmpty() ? QString() : tr("Kept")));
        if (id == keep) {
            m_table->setCurrentCell(r, 0);
        }
    }
    updateButtons();
}

} // namespace dalil
