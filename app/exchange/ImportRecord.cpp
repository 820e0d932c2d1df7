#include "exchange/ImportRecord.h"

#include "catalogue/SqlStatement.h"
#include "catalogue/TableSpec.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace dalil {

namespace {

// A list as the catalogue stores it (["a","b"], compact JSON); items that JSON must escape go
// through the JSON writer so that the bytes are exactly those of RecordTable::bindData.
QByteArray encodeList(const QStringList& items)
{
    for (const QString& item : items) {
        for (const QChar c : item) {
            if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.unicode() == 0x7f || c.isSurrogate()) {
                return QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact);
            }
        }
    }
    QByteArray out("[");
    for (qsizetype i = 0; i < items.size(); ++i) {
        out += i == 0 ? "\"" : ",\"";
        out += items[i].toUtf8();
        out += '"';
    }
    out += ']';
    return out;
}

} // namespace

ImportRecord::ImportRecord(const TableSpec& spec)
    : m_spec(&spec)
{
}

int ImportRecord::slotOf(const char* field) const
{
    if (!m_spec) {
        return -1;
    }
    if (field[0] == 'i' && std::strcmp(field, "id") == 0) {
        return int(m_spec->columns.size());
    }
    const std::vector<Column>& columns = m_spec->columns;
    for (int i = 0; i < int(columns.size()); ++i) {
        if (columns[i].name[0] == field[0] && std::strcmp(columns[i].name, field) == 0) {
            return i;
        }
    }
    return -1;
}

const char* ImportRecord::nameOf(int slot) const
{
    return slot == int(m_spec->columns.size()) ? "id" : m_spec->columns[std::size_t(slot)].name;
}

const ImportRecord::Entry* ImportRecord::find(int slot) const
{
    for (const Entry& entry : m_entries) {
        if (entry.slot == slot) {
            return &entry;
        }
    }
    return nullptr;
}

ImportRecord::Entry* ImportRecord::find(int slot)
{
    for (Entry& entry : m_entries) {
        if (entry.slot == slot) {
            return &entry;
        }
    }
    return nullptr;
}

ImportRecord::Entry& ImportRecord::add(int slot)
{
    if (Entry* entry = find(slot)) {
        *entry = Entry();
        entry->slot = slot;
        return *entry;
    }
    if (m_entries.empty()) {
        m_entries.reserve(4);
    }
    m_entries.emplace_back();
    m_entries.back().slot = slot;
    return m_entries.back();
}

bool ImportRecord::isEmpty() const
{
    return m_entries.empty();
}

int ImportRecord::size() const
{
    return int(m_entries.size());
}

bool ImportRecord::has(const char* field) const
{
    return find(slotOf(field)) != nullptr;
}

QString ImportRecord::text(const char* field) const
{
    const Entry* entry = find(slotOf(field));
    return entry && entry->kind == Kind::Text ? entry->text : QString();
}

QStringList ImportRecord::list(const char* field) const
{
    const Entry* entry = find(slotOf(field));
    return entry && entry->kind == Kind::List ? entry->list : QStringList();
}

bool ImportRecord::number(const char* field, double* value) const
{
    const Entry* entry = find(slotOf(field));
    if (!entry || entry->kind != Kind::Number) {
        return false;
    }
    *value = entry->number;
    return true;
}

ImportRecord::Entry* ImportRecord::emptyEntry(const char* field)
{
    const int slot = slotOf(field);
    if (slot < 0) {
        return nullptr;
    }
    const Entry* entry = find(slot);
    if (entry && !(entry->kind == Kind::Text && entry->text.isEmpty())) {
        return nullptr;
    }
    return &add(slot);
}

bool ImportRecord::setIfEmpty(const char* field, const QString& text)
{
    Entry* set = emptyEntry(field);
    if (!set) {
        return false;
    }
    set->kind = Kind::Text;
    set->text = text;
    return true;
}

bool ImportRecord::setIfEmpty(const char* field, double number)
{
    Entry* set = emptyEntry(field);
    if (!set) {
        return false;
    }
    set->kind = Kind::Number;
    set->number = number;
    return true;
}

void ImportRecord::setBool(const char* field, bool value)
{
    const int slot = slotOf(field);
    if (slot >= 0) {
        Entry& set = add(slot);
        set.kind = Kind::Bool;
        set.flag = value;
    }
}

void ImportRecord::setText(const char* field, const QString& text)
{
    const int slot = slotOf(field);
    if (slot < 0) {
        return;
    }
    if (text.isEmpty()) {
        remove(field);
        return;
    }
    Entry& set = add(slot);
    set.kind = Kind::Text;
    set.text = text;
}

void ImportRecord::remove(const char* field)
{
    const int slot = slotOf(field);
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        if (it->slot == slot) {
            m_entries.erase(it);
            return;
        }
    }
}

bool ImportRecord::appendUnique(const char* field, const QString& item)
{
    const int slot = slotOf(field);
    return slot >= 0 && appendAt(slot, item);
}

bool ImportRecord::appendAt(int slot, const QString& item)
{
    Entry* entry = find(slot);
    if (!entry || entry->kind != Kind::List) {
        entry = &add(slot);
        entry->kind = Kind::List;
    } else if (entry->list.contains(item)) {
        return false;
    }
    entry->list.append(item);
    return true;
}

void ImportRecord::absorb(const ImportRecord& other)
{
    if (!other.m_spec) {
        return;
    }
    if (!m_spec) {
        *this = other;
        return;
    }
    for (const Entry& theirs : other.m_entries) {
        if (theirs.kind == Kind::List) {
            for (const QString& item : theirs.list) {
                appendAt(theirs.slot, item);
            }
            continue;
        }
        const Entry* mine = find(theirs.slot);
        if (!mine || (mine->kind == Kind::Text && mine->text.isEmpty())) {
            add(theirs.slot) = theirs;
        }
    }
}

QJsonObject ImportRecord::toJson() const
{
    QJsonObject json;
    for (const Entry& entry : m_entries) {
        const QLatin1String key(nameOf(entry.slot));
        switch (entry.kind) {
        case Kind::None:
            break;
        case Kind::Text:
            json.insert(key, entry.text);
            break;
        case Kind::Number:
            json.insert(key, entry.number);
            break;
        case Kind::Bool:
            json.insert(key, entry.flag);
            break;
        case Kind::List:
            json.insert(key, QJsonArray::fromStringList(entry.list));
            break;
        }
    }
    return json;
}

ImportRecord ImportRecord::fromJson(const TableSpec& spec, const QJsonObject& json)
{
    ImportRecord record(spec);
    for (auto it = json.begin(); it != json.end(); ++it) {
        const QByteArray key = it.key().toLatin1();
        const int slot = record.slotOf(key.constData());
        const QJsonValue value = it.value();
        if (slot < 0 || !(value.isString() || value.isDouble() || value.isBool() || value.isArray())) {
            continue;
        }
        Entry& entry = record.add(slot);
        if (value.isString()) {
            entry.kind = Kind::Text;
            entry.text = value.toString();
        } else if (value.isDouble()) {
            entry.kind = Kind::Number;
            entry.number = value.toDouble();
        } else if (value.isBool()) {
            entry.kind = Kind::Bool;
            entry.flag = value.toBool();
        } else {
            entry.kind = Kind::List;
            for (const QJsonValue& item : value.toArray()) {
                entry.list.append(item.toString());
            }
        }
    }
    return record;
}

void ImportRecord::encode(Values* out) const
{
    out->reserve(out->size() + m_spec->columns.size());
    static const Entry none;
    for (std::size_t i = 0; i < m_spec->columns.size(); ++i) {
        const Column& column = m_spec->columns[i];
        const Entry* found = find(int(i));
        const Entry& slot = found ? *found : none;
        Value& value = out->emplace_back();
        auto integer = [&value](qint64 number) {
            value.type = Value::Type::Integer;
            value.integer = number;
        };
        auto real = [&value](double number) {
            value.type = Value::Type::Real;
            value.real = number;
        };
        switch (slot.kind) {
        case Kind::None:
            if (column.type == ColumnType::List) {
                value.type = Value::Type::EmptyList;
            } else if (column.type == ColumnType::Bool) {
                integer(0);
            }
            break;
        case Kind::Text:
            if (column.type == ColumnType::List) {
                value.type = Value::Type::EmptyList;
            } else if (column.type == ColumnType::Integer || column.type == ColumnType::Real ||
                       column.type == ColumnType::Bool) {
                // As QJsonValue::toDouble() of a string: zero.
                if (column.type == ColumnType::Real) {
                    real(0.0);
                } else {
                    integer(0);
                }
            } else if (!slot.text.isEmpty()) {
                value.type = Value::Type::Text;
                value.text = slot.text.toUtf8();
            }
            break;
        case Kind::Number:
            if (column.type == ColumnType::Integer) {
                integer(qint64(slot.number));
            } else if (column.type == ColumnType::Bool) {
                integer(slot.number != 0);
            } else if (column.type == ColumnType::Real) {
                real(slot.number);
            } else if (column.type == ColumnType::List) {
                value.type = Value::Type::EmptyList;
            }
            break;
        case Kind::Bool:
            if (column.type == ColumnType::Bool || column.type == ColumnType::Integer) {
                integer(slot.flag ? 1 : 0);
            } else if (column.type == ColumnType::Real) {
                real(slot.flag ? 1.0 : 0.0);
            } else if (column.type == ColumnType::List) {
                value.type = Value::Type::EmptyList;
            }
            break;
        case Kind::List:
            if (column.type == ColumnType::List) {
                value.type = Value::Type::Text;
                value.text = encodeList(slot.list);
            } else if (column.type == ColumnType::Bool || column.type == ColumnType::Integer) {
                integer(0);
            } else if (column.type == ColumnType::Real) {
                real(0.0);
            }
            break;
        }
    }
}

void ImportRecord::bindValues(SqlStatement& statement, int first, const Values& values)
{
    int index = first;
    for (const Value& value : values) {
        switch (value.type) {
        case Value::Type::Null:
            statement.bindNull(index);
            break;
        case Value::Type::Integer:
            statement.bind(index, value.integer);
            break;
        case Value::Type::Real:
            statement.bind(index, value.real);
            break;
        case Value::Type::Text:
            statement.bindStatic(index, value.text.constData(), int(value.text.size()));
            break;
        case Value::Type::EmptyList:
            statement.bindStatic(index, "[]", 2);
            break;
        }
        ++index;
    }
}

void ImportRecord::bindData(SqlStatement& statement, int first, Values* keep) const
{
    keep->clear();
    encode(keep);
    bindValues(statement, first, *keep);
}

} // namespace dalil
