#include "exchange/ImportRecord.h"

#include "catalogue/SqlStatement.h"
#include "catalogue/TableSpec.h"
#include "catalogue/Utf8.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cstring>

namespace dalil {

namespace {

bool needsJsonEscape(const QStringList& items)
{
    for (const QString& item : items) {
        for (const QChar c : item) {
            if (c.unicode() < 0x20 || c == u'"' || c == u'\\' || c.unicode() == 0x7f || c.isSurrogate()) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

void ImportRecord::Values::integer(qint64 number)
{
    Value& value = m_values.emplace_back();
    value.type = Value::Type::Integer;
    value.integer = number;
}

void ImportRecord::Values::real(double number)
{
    Value& value = m_values.emplace_back();
    value.type = Value::Type::Real;
    value.real = number;
}

void ImportRecord::Values::text(QStringView text)
{
    textAt(utf8(text));
}

void ImportRecord::Values::text(const char* utf8, std::size_t size)
{
    textAt(bytes(utf8, size));
}

void ImportRecord::Values::textAt(std::size_t offset)
{
    Value& value = m_values.emplace_back();
    value.type = Value::Type::Text;
    value.offset = offset;
    value.size = std::uint32_t(m_bytes.size() - offset);
}

std::size_t ImportRecord::Values::bytes(const char* data, std::size_t size)
{
    const std::size_t offset = m_bytes.size();
    m_bytes.insert(m_bytes.end(), data, data + size);
    return offset;
}

std::size_t ImportRecord::Values::utf8(QStringView text)
{
    const std::size_t offset = m_bytes.size();
    appendUtf8(text);
    return offset;
}

void ImportRecord::Values::appendUtf8(QStringView text)
{
    // Straight into the shared buffer (QString::toUtf8() would allocate a QByteArray per value).
    // Text with surrogates (characters beyond the BMP, or broken pairs) goes through Qt's encoder
    // so that the bytes are exactly those of toUtf8().
    const std::size_t at = m_bytes.size();
    m_bytes.resize(at + std::size_t(text.size()) * 3);
    if (const char* end = writeBmpUtf8(m_bytes.data() + at, text)) {
        m_bytes.resize(std::size_t(end - m_bytes.data()));
        return;
    }
    const QByteArray encoded = text.toUtf8();
    m_bytes.resize(at);
    m_bytes.insert(m_bytes.end(), encoded.cbegin(), encoded.cend());
}

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

void ImportRecord::encode(Values* out, int column, QStringView given) const
{
    auto none = [out](ColumnType type) {
        if (type == ColumnType::List) {
            out->emptyList();
        } else if (type == ColumnType::Bool) {
            out->integer(0);
        } else {
            out->null();
        }
    };
    auto text = [out](ColumnType type, QStringView text) {
        if (type == ColumnType::List) {
            out->emptyList();
        } else if (type == ColumnType::Real) {
            // As QJsonValue::toDouble() of a string: zero.
            out->real(0.0);
        } else if (type == ColumnType::Integer || type == ColumnType::Bool) {
            out->integer(0);
        } else if (!text.isEmpty()) {
            out->text(text);
        } else {
            out->null();
        }
    };
    for (std::size_t i = 0; i < m_spec->columns.size(); ++i) {
        const ColumnType type = m_spec->columns[i].type;
        if (int(i) == column) {
            if (given.isEmpty()) {
                none(type);
            } else {
                text(type, given);
            }
            continue;
        }
        const Entry* slot = find(int(i));
        switch (slot ? slot->kind : Kind::None) {
        case Kind::None:
            none(type);
            break;
        case Kind::Text:
            text(type, slot->text);
            break;
        case Kind::Number:
            if (type == ColumnType::Integer) {
                out->integer(qint64(slot->number));
            } else if (type == ColumnType::Bool) {
                out->integer(slot->number != 0);
            } else if (type == ColumnType::Real) {
                out->real(slot->number);
            } else if (type == ColumnType::List) {
                out->emptyList();
            } else {
                out->null();
            }
            break;
        case Kind::Bool:
            if (type == ColumnType::Bool || type == ColumnType::Integer) {
                out->integer(slot->flag ? 1 : 0);
            } else if (type == ColumnType::Real) {
                out->real(slot->flag ? 1.0 : 0.0);
            } else if (type == ColumnType::List) {
                out->emptyList();
            } else {
                out->null();
            }
            break;
        case Kind::List:
            if (type == ColumnType::List) {
                encodeList(out, slot->list);
            } else if (type == ColumnType::Bool || type == ColumnType::Integer) {
                out->integer(0);
            } else if (type == ColumnType::Real) {
                out->real(0.0);
            } else {
                out->null();
            }
            break;
        }
    }
}

void ImportRecord::encodeList(Values* out, const QStringList& items)
{
    // As the catalogue stores a list (["a","b"], compact JSON); items that JSON must escape go
    // through the JSON writer so that the bytes are exactly those of RecordTable::bindData.
    if (needsJsonEscape(items)) {
        const QByteArray json =
            QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact);
        out->text(json.constData(), std::size_t(json.size()));
        return;
    }
    const std::size_t offset = out->bytes("[", 1);
    for (qsizetype i = 0; i < items.size(); ++i) {
        if (i == 0) {
            out->bytes("\"", 1);
        } else {
            out->bytes(",\"", 2);
        }
        out->utf8(items[i]);
        out->bytes("\"", 1);
    }
    out->bytes("]", 1);
    out->textAt(offset);
}

void ImportRecord::bindValues(SqlStatement& statement, int first, const Values& values, std::size_t begin,
                              std::size_t count)
{
    for (std::size_t i = 0; i < count; ++i) {
        const Values::Value& value = values[begin + i];
        const int index = first + int(i);
        switch (value.type) {
        case Values::Value::Type::Null:
            break;
        case Values::Value::Type::Integer:
            statement.bind(index, value.integer);
            break;
        case Values::Value::Type::Real:
            statement.bind(index, value.real);
            break;
        case Values::Value::Type::Text:
            statement.bindStatic(index, values.text(value), int(value.size));
            break;
        case Values::Value::Type::EmptyList:
            statement.bindStatic(index, "[]", 2);
            break;
        }
    }
}

void ImportRecord::bindData(SqlStatement& statement, int first, Values* keep) const
{
    keep->clear();
    encode(keep);
    bindValues(statement, first, *keep, 0, keep->size());
}

} // namespace dalil
