#include "common/FilterCombo.h"

#include "common/JsonLists.h"

#include <QPair>
#include <QSet>
#include <QSignalBlocker>

#include <algorithm>

namespace dalil {

namespace {

// A field holds one code ("kind") or a list of them ("countries").
QStringList codesIn(const QJsonValue& value)
{
    return value.isString() ? QStringList{value.toString()} : JsonLists::strings(value);
}

} // namespace

FilterCombo::FilterCombo(const QString& field, QWidget* parent)
    : QComboBox(parent)
    , m_field(field)
{
}

void FilterCombo::setAllText(const QString& text)
{
    m_allText = text;
    if (count() > 0) {
        setItemText(0, text);
    }
}

void FilterCombo::fill(const QList<QJsonObject>& rows, const Label& label)
{
    QSet<QString> codes;
    for (const QJsonObject& row : rows) {
        for (const QString& code : codesIn(row.value(m_field))) {
            codes.insert(code);
        }
    }
    codes.remove(QString());
    QList<QPair<QString, QString>> items;
    for (const QString& code : std::as_const(codes)) {
        items.append({label(code), code});
    }
    std::sort(items.begin(), items.end());
    const QString current = code();
    const QSignalBlocker block(this);
    clear();
    addItem(m_allText, QString());
    for (const auto& [text, code] : std::as_const(items)) {
        addItem(text, code);
    }
    setCurrentIndex(std::max(0, findData(current)));
}

QString FilterCombo::code() const
{
    return currentData().toString();
}

bool FilterCombo::accepts(const QJsonObject& row) const
{
    const QString chosen = code();
    return chosen.isEmpty() || codesIn(row.value(m_field)).contains(chosen);
}

} // namespace dalil
