#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <vector>

namespace dalil {

class SqlStatement;
struct TableSpec;

// One organisation, office or contact as an import gathers it from the cells of a sheet: plain
// values in the table's column order (TableSpec) plus the id, set and read by column name. An
// import makes three of these a row, a hundred thousand rows at a time: they are built, folded,
// checked and bound to the INSERT without a JSON object for each (toJson() and fromJson() serve
// the few records that meet JSON code: the preview, duplicates shown to the user, updates).
class ImportRecord
{
public:
    ImportRecord() = default;
    explicit ImportRecord(const TableSpec& spec);

    const TableSpec* spec() const { return m_spec; }
    // True when no field holds a value.
    bool isEmpty() const;
    // How many fields hold a value.
    int size() const;
    bool has(const char* field) const;

    // A text field ("id" included); empty when unset or not text.
    QString text(const char* field) const;
    // A list field; empty when unset.
    QStringList list(const char* field) const;
    // A number field; false when unset.
    bool number(const char* field, double* value) const;

    // Sets a field that holds no value yet (a value already there is kept); false if it was kept.
    bool setIfEmpty(const char* field, const QString& text);
    bool setIfEmpty(const char* field, double number);
    void setBool(const char* field, bool value);
    // Sets a text field whatever it held (empty: no value).
    void setText(const char* field, const QString& text);
    void remove(const char* field);
    // Adds an item to a list field unless it is there.
    bool appendUnique(const char* field, const QString& item);
    // Every value of `other` that this record lacks: lists gather both, other fields are kept
    // where set (the rows of one organisation folded together).
    void absorb(const ImportRecord& other);

    // The record as the repositories and the JSON shapes have it.
    QJsonObject toJson() const;
    static ImportRecord fromJson(const TableSpec& spec, const QJsonObject& json);

    // Binds the data columns (TableSpec order) from `first` on, as RecordTable::bindData does for
    // a JSON record. The text is bound without SQLite's copy: `keep` holds its UTF-8 bytes and
    // must outlive the statement's next step.
    void bindData(SqlStatement& statement, int first, std::vector<QByteArray>* keep) const;

private:
    enum class Kind : unsigned char
    {
        None,
        Text,
        Number,
        Bool,
        List
    };
    // Only the fields that hold a value (a record has a handful of its table's columns): a row's
    // three records cost a few allocations, not one per column.
    struct Entry
    {
        int slot = 0;
        Kind kind = Kind::None;
        bool flag = false;
        double number = 0;
        QString text;
        QStringList list;
    };
    // The slot of a column, or of the id (the last); -1 for a field the table does not have.
    int slotOf(const char* field) const;
    const char* nameOf(int slot) const;
    const Entry* find(int slot) const;
    Entry* find(int slot);
    Entry& add(int slot);
    // The entry to fill for field when the record has no value there yet (or an empty text), else null.
    Entry* emptyEntry(const char* field);
    bool appendAt(int slot, const QString& item);

    const TableSpec* m_spec = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace dalil
