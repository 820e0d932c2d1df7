#pragma once

#include <QComboBox>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

namespace dalil {

// A choice among the codes one field of the records holds ("countries", "kind"…): "All" first,
// then each code found, by its label in the UI language. Refilling keeps the code chosen.
class FilterCombo : public QComboBox
{
    Q_OBJECT
public:
    using Label = std::function<QString(const QString& code)>;

    FilterCombo(const QString& field, QWidget* parent = nullptr);

    // The first item, written by the view in its own words ("All").
    void setAllText(const QString& text);
    // Lists the codes the rows hold in the field (a string or a list of strings), without
    // emitting a change; the code chosen stays chosen while a row still holds it.
    void fill(const QList<QJsonObject>& rows, const Label& label);
    // The code chosen; empty for all.
    QString code() const;
    // Whether a row passes: all are chosen, or its field holds the code chosen.
    bool accepts(const QJsonObject& row) const;

private:
    QString m_field;
    QString m_allText;
};

} // namespace dalil
