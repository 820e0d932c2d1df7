#pragma once

#include <QtGlobal>

#include <string>
#include <string_view>
#include <vector>

namespace dalil {

// A batch of rows drawn by GeneratorRowMaker (on its own thread) for CatalogueGenerator to insert:
// each row's values in the order of its INSERT's parameters, all texts in one arena, so a batch of
// thousands of rows costs a few allocations, reused from batch to batch.
class GeneratedRows
{
public:
    enum class Table : quint8
    {
        Organisation = 1,
        Location,
        Contact,
        Partnership,
        Membership
    };

    struct Value
    {
        enum Kind : quint8
        {
            Null,
            Text,
            Integer,
            Real
        };
        Kind kind = Null;
        quint32 offset = 0; // Text: into the arena
        quint32 size = 0;
        qint64 integer = 0;
        double real = 0;
    };

    struct Row
    {
        Table table;
        quint32 firstValue;
        quint32 valueCount;
    };

    void beginRow(Table table) { m_rows.push_back({table, quint32(m_values.size()), 0}); }
    // An empty text is stored as NULL, as the repositories do.
    void text(std::string_view value)
    {
        if (value.empty()) {
            null();
            return;
        }
        Value v;
        v.kind = Value::Text;
        v.offset = quint32(m_arena.size());
        v.size = quint32(value.size());
        m_arena.append(value);
        push(v);
    }
    void null() { push(Value{}); }
    void integer(qint64 value)
    {
        Value v;
        v.kind = Value::Integer;
        v.integer = value;
        push(v);
    }
    void real(double value)
    {
        Value v;
        v.kind = Value::Real;
        v.real = value;
        push(v);
    }

    void clear()
    {
        m_arena.clear();
        m_values.clear();
        m_rows.clear();
        organisationsDone = 0;
    }

    const std::vector<Row>& rows() const { return m_rows; }
    const Value& value(quint32 index) const { return m_values[index]; }
    const char* textOf(const Value& value) const { return m_arena.data() + value.offset; }
    std::size_t arenaSize() const { return m_arena.size(); }

    // Organisations drawn up to the end of this batch, for progress reports.
    qint64 organisationsDone = 0;

private:
    void push(const Value& value)
    {
        m_values.push_back(value);
        ++m_rows.back().valueCount;
    }

    std::string m_arena;
    std::vector<Value> m_values;
    std::vector<Row> m_rows;
};

} // namespace dalil
