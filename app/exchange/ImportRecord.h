#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <cstdint>
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

    // Data columns' values as the INSERT binds them, made ahead of the statement (an import makes
    // them on a second thread while the first writes the rows before). Many records share one:
    // their text is UTF-8 in one buffer, so that a batch of records costs a few allocations (none
    // once its capacity is there: clear() keeps it), not one per text value.
    class Values
    {
    public:
        struct Value
        {
            enum class Type : unsigned char
            {
                Null,
                Integer,
                Real,
                Text,
                EmptyList
            };
            Type type = Type::Null;
            std::uint32_t size = 0; // Text: bytes
            union {
                qint64 integer = 0;
                double real;
                std::size_t offset; // Text: where in bytes()
            };
        };

        void clear()
        {
            m_values.clear();
            m_bytes.clear();
        }
        std::size_t size() const { return m_values.size(); }
        const Value& operator[](std::size_t i) const { return m_values[i]; }
        const char* text(const Value& value) const { return m_bytes.data() + value.offset; }
        // Appends a value.
        void null() { m_values.emplace_back(); }
        void emptyList() { m_values.emplace_back().type = Value::Type::EmptyList; }
        void integer(qint64 number);
        void real(double number);
        // Text, as UTF-8.
        void text(QStringView text);
        void text(const char* utf8, std::size_t size);
        // Bytes only, no value: a record's id kept beside its values. Returns their offset.
        std::size_t bytes(const char* data, std::size_t size);
        std::size_t utf8(QStringView text);
        // Appends a text value of the bytes from `offset` to the end (put there by bytes() and utf8()).
        void textAt(std::size_t offset);
        const char* bytesAt(std::size_t offset) const { return m_bytes.data() + offset; }
        std::size_t bytesEnd() const { return m_bytes.size(); }

    private:
        void appendUtf8(QStringView text);
        std::vector<Value> m_values;
        std::vector<char> m_bytes;
    };

    // The data columns (TableSpec order) as RecordTable::bindData binds them for a JSON record,
    // appended to `out`. `column` (an index in TableSpec::columns), when given, is taken as the text
    // `value` (empty: no value) instead of the record's own.
    void encode(Values* out, int column = -1, QStringView value = {}) const;
    // Binds `count` values of `values` from `begin` on, to the parameters from `first` on. The text
    // is bound without SQLite's copy: `values` must outlive the statement's next step. NULL values
    // are left unbound: the statement must come with its parameters cleared (RecordInserter's do).
    static void bindValues(SqlStatement& statement, int first, const Values& values, std::size_t begin,
                           std::size_t count);
    // Both at once for the whole record; `keep` holds the values until the statement's next step.
    void bindData(SqlStatement& statement, int first, Values* keep) const;

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
    static void encodeList(Values* out, const QStringList& items);

    const TableSpec* m_spec = nullptr;
    std::vector<Entry> m_entries;
};

} // namespace dalil
