#include "importexport/MergeDialog.h"

#include "exchange/ImportField.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dalil {

namespace {

bool isBookkeeping(const QString& key)
{
    static const QStringList keys = {QStringLiteral("id"),         QStringLiteral("rev"),
                                     QStringLiteral("updated_at"), QStringLiteral("dirty"),
                                     QStringLiteral("deleted"),    QStringLiteral("source"),
                                     QStringLiteral("hlc"),        QStringLiteral("origin")};
    return keys.contains(key);
}

bool isEmptyValue(const QJsonValue& value)
{
    return value.isUndefined() || value.isNull() || (value.isString() && value.toString().isEmpty()) ||
           (value.isArray() && value.toArray().isEmpty());
}

QString shown(const QJsonValue& value)
{
    QString text;
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray()) {
            items.append(item.isString() ? item.toString() : QString::number(item.toDouble()));
        }
        text = items.join(QStringLiteral("; "));
    } else if (value.isDouble()) {
        text = QLocale().toString(value.toDouble(), 'g', 10);
    } else if (value.isBool()) {
        text = value.toBool() ? MergeDialog::tr("yes") : MergeDialog::tr("no");
    } else {
        text = value.toString();
    }
    // Isolated: a phone number or an e-mail stays whole in a right-to-left table.
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

} // namespace

QString MergeDialog::fieldLabel(const QString& key)
{
    const QString wanted = QStringLiteral("organisation.") + key;
    for (const ImportFieldInfo& info : importFields::all()) {
        if (wanted == QLatin1String(info.key)) {
            return importFields::label(info.field);
        }
    }
    return key;
}

MergeDialog::MergeDialog(const QJsonObject& existing, const QJsonObject& incoming, bool canKeepApart,
                         QWidget* parent)
    : QDialog(parent)
    , m_existing(existing)
    , m_incoming(incoming)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge with the catalogue's record"));
    resize(820, 520);
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Choose, field by field, what the catalogue keeps. Where only one side has a value it is "
           "kept."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    for (auto it = existing.begin(); it != existing.end(); ++it) {
        if (!isBookkeeping(it.key()) && !isEmptyValue(it.value())) {
            m_keys.append(it.key());
        }
    }
    for (auto it = incoming.begin(); it != incoming.end(); ++it) {
        if (!isBookkeeping(it.key()) && !isEmptyValue(it.value()) && !m_keys.contains(it.key())) {
            m_keys.append(it.key());
        }
    }
    // Names first, in the order of the import fields.
    auto rank = [](const QString& key) {
        int i = 0;
        for (const ImportFieldInfo& info : importFields::all()) {
            if (QStringLiteral("organisation.") + key == QLatin1String(info.key)) {
                return i;
            }
            ++i;
        }
        return i;
    };
    std::stable_sort(m_keys.begin(), m_keys.end(),
                     [&](const QString& a, const QString& b) { return rank(a) < rank(b); });

    m_table = new QTableWidget(int(m_keys.size()), 4, this);
    m_table->setTabKeyNavigation(false); // one stop: the arrows move inside, Tab goes on
    m_table->setObjectName(QStringLiteral("mergeTable"));
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("In the catalogue"), tr("In the file"), tr("Keep")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    for (int row = 0; row < m_keys.size(); ++row) {
        const QString& key = m_keys[row];
        const QJsonValue ours = existing.value(key);
        const QJsonValue theirs = incoming.value(key);
        m_table->setItem(row, 0, new QTableWidgetItem(fieldLabel(key)));
        m_table->setItem(row, 1, new QTableWidgetItem(shown(ours)));
        m_table->setItem(row, 2, new QTableWidgetItem(shown(theirs)));
        auto* combo = new QComboBox(m_table);
        combo->addItem(tr("The catalogue's"), KeepCatalogue);
        combo->addItem(tr("The file's"), TakeFile);
        const bool list = ours.isArray() || theirs.isArray();
        if (list) {
            combo->addItem(tr("Both"), KeepBoth);
        }
        // As an import without this dialog would do: the file's value wins, lists gather both.
        Choice initial = isEmptyValue(theirs) ? KeepCatalogue : list ? KeepBoth : TakeFile;
        if (isEmptyValue(ours)) {
            initial = TakeFile;
        }
        combo->setCurrentIndex(combo->findData(initial));
        if (ours == theirs || isEmptyValue(ours) || isEmptyValue(theirs)) {
            combo->setEnabled(false);
        }
        m_table->setCellWidget(row, 3, combo);
        if (ours != theirs && !isEmptyValue(ours) && !isEmptyValue(theirs)) {
            QFont bold = m_table->item(row, 0)->font();
            bold.setBold(true);
            m_table->item(row, 0)->setFont(bold);
        }
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto* buttons = new QDialogButtonBox(this);
    QPushButton* merge = buttons->addButton(tr("Merge"), QDialogButtonBox::AcceptRole);
    merge->setObjectName(QStringLiteral("mergeButton"));
    merge->setDefault(true);
    if (canKeepApart) {
        QPushButton* apart =
            buttons->addButton(tr("Keep apart (import as new)"), QDialogButtonBox::ActionRole);
        apart->setObjectName(QStringLiteral("keepApartButton"));
        connect(apart, &QPushButton::clicked, this, [this] {
            m_keptApart = true;
            accept();
        });
    }
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

MergeDialog::Choice MergeDialog::choice(const QString& field) const
{
    const int row = int(m_keys.indexOf(field));
    auto* combo = row < 0 ? nullptr : qobject_cast<QComboBox*>(m_table->cellWidget(row, 3));
    return combo ? Choice(combo->currentData().toInt()) : KeepCatalogue;
}

void MergeDialog::setChoice(const QString& field, Choice choice)
{
    const int row = int(m_keys.indexOf(field));
    if (auto* combo = row < 0 ? nullptr : qobject_cast<QComboBox*>(m_table->cellWidget(row, 3))) {
        combo->setCurrentIndex(std::max(0, combo->findData(choice)));
    }
}

QJsonObject MergeDialog::mergedFields() const
{
    QJsonObject result;
    for (const QString& key : m_keys) {
        const QJsonValue ours = m_existing.value(key);
        const QJsonValue theirs = m_incoming.value(key);
        switch (choice(key)) {
        case KeepCatalogue:
            if (!isEmptyValue(ours)) {
                result.insert(key, ours);
            }
            break;
        case TakeFile:
            if (!isEmptyValue(theirs)) {
                result.insert(key, theirs);
            }
            break;
        case KeepBoth: {
            QJsonArray items = ours.toArray();
            for (const QJsonValue& item : theirs.toArray()) {
                if (!items.contains(item)) {
                    items.append(item);
                }
            }
            result.insert(key, items);
            break;
        }
        }
    }
    return result;
}

} // namespace dalil
