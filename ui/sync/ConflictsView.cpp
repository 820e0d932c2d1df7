#include "sync/ConflictsView.h"

#include "catalogue/Catalogue.h"
#include "sync/Conflicts.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace dalil {

namespace {

// A field value as a person reads it; text of unknown direction is isolated so that names and
// phone numbers keep their order inside right-to-left text.
QString display(const QJsonValue& value)
{
    if (value.isNull() || value.isUndefined()) {
        return QString();
    }
    if (value.isBool()) {
        return value.toBool() ? QCoreApplication::translate("dalil::ConflictsView", "yes")
                              : QCoreApplication::translate("dalil::ConflictsView", "no");
    }
    if (value.isDouble()) {
        return QLocale().toString(value.toDouble());
    }
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.toString());
        }
        return QChar(0x2068) + items.join(QStringLiteral(", ")) + QChar(0x2069);
    }
    return QChar(0x2068) + value.toString() + QChar(0x2069);
}

QString title(const QJsonObject& row)
{
    for (const char* key : {"name_ar", "name_en", "title_ar", "title_en", "name", "label_ar", "city"}) {
        const QString text = row.value(QLatin1String(key)).toString();
        if (!text.isEmpty()) {
            return text;
        }
    }
    return row.value(QLatin1String("id")).toString();
}

} // namespace

ConflictsView::ConflictsView(Catalogue& catalogue, QWidget* parent)
    : QWidget(parent)
    , m_catalogue(catalogue)
    , m_list(new QTreeWidget(this))
    , m_compare(new QTableWidget(this))
    , m_restore(new QPushButton(tr("&Restore this version"), this))
    , m_dismiss(new QPushButton(tr("&Keep the current version"), this))
{
    m_list->setObjectName(QStringLiteral("conflictList"));
    m_list->setHeaderLabels({tr("Record"), tr("Kind"), tr("Where it lost"), tr("When")});
    m_list->setRootIsDecorated(false);
    m_compare->setObjectName(QStringLiteral("comparison"));
    m_compare->setColumnCount(3);
    m_compare->setHorizontalHeaderLabels({tr("Field"), tr("Kept version"), tr("Current version")});
    m_compare->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_compare->verticalHeader()->setVisible(false);
    m_compare->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_compare->setTabKeyNavigation(false); // one stop: the arrows move inside, Tab goes on
    m_restore->setObjectName(QStringLiteral("restore"));
    m_dismiss->setObjectName(QStringLiteral("dismiss"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_compare);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_dismiss);
    buttons->addWidget(m_restore);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    layout->addLayout(buttons);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &ConflictsView::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &ConflictsView::restoreSelected);
    connect(m_dismiss, &QPushButton::clicked, this, &ConflictsView::dismissSelected);
    reload();
}

void ConflictsView::reload()
{
    m_list->clear();
    const QLocale locale;
    for (const Conflicts::Entry& entry : Conflicts(m_catalogue).list()) {
        const auto& c = entry.conflict;
        QString where = c.origin == QLatin1String("refused")  ? tr("refused by the hub")
                        : c.origin == QLatin1String("bundle") ? tr("bundle")
                                                              : tr("hub");
        auto* item = new QTreeWidgetItem(
            m_list, {title(c.losingRow), c.table, where,
                     locale.toString(QDateTime::fromString(c.detectedAt, Qt::ISODateWithMs).toLocalTime(),
                                     QLocale::ShortFormat)});
        item->setData(0, Qt::UserRole, c.id);
    }
    if (m_list->topLevelItemCount() > 0) {
        m_list->setCurrentItem(m_list->topLevelItem(0));
    }
    showSelected();
}

int ConflictsView::count() const
{
    return m_list->topLevelItemCount();
}

void ConflictsView::select(int row)
{
    m_list->setCurrentItem(m_list->topLevelItem(row));
}

qint64 ConflictsView::selectedId() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void ConflictsView::showSelected()
{
    m_compare->setRowCount(0);
    const qint64 id = selectedId();
    m_restore->setEnabled(id != 0);
    m_dismiss->setEnabled(id != 0);
    if (id == 0) {
        return;
    }
    for (const Conflicts::Entry& entry : Conflicts(m_catalogue).list()) {
        if (entry.conflict.id != id) {
            continue;
        }
        for (const QString& field : entry.changedFields) {
            const int row = m_compare->rowCount();
            m_compare->insertRow(row);
            m_compare->setItem(row, 0, new QTableWidgetItem(field));
            m_compare->setItem(row, 1, new QTableWidgetItem(display(entry.conflict.losingRow.value(field))));
            m_compare->setItem(
                row, 2,
                new QTableWidgetItem(entry.current ? display(entry.current->value(field)) : QString()));
        }
    }
}

void ConflictsView::restoreSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    if (QString error = Conflicts(m_catalogue).restore(id); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    reload();
    emit catalogueChanged();
}

void ConflictsView::dismissSelected()
{
    const qint64 id = selectedId();
    if (id == 0) {
        return;
    }
    if (QString error = Conflicts(m_catalogue).dismiss(id); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Conflicts"), error);
        return;
    }
    reload();
}

} // namespace dalil
