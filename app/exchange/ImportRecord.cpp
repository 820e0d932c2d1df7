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
    , m_slots(spec.columns.size() + 1)
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

bool ImportRecord::isEmpty() const
{
    for (const Slot& slot : m_slots) {
        if (slot.kind != Kind::None) {
            return false;
        }
    }
    return true;
}

int ImportRecord::size() const
{
    int count = 0;
    for (const Slot& slot : m_slots) {
        count += slot.kind != Kind::None ? 1 : 0;
    }
    return count;
}

bool ImportRecord::has(const char* field) const
{
    const int slot = slotOf(field);
    return slot >= 0 && m_slots[std::size_t(slot)].kind != Kind::None;
}

QString ImportRecord::text(const char* field) const
{
    const int slot = slotOf(field);
    if (slot < 0 || m_slots[std::size_t(slot)].kind != Kind::Text) {
        return {};
    }
    return m_slots[std::size_t(slot)].text;
}

QStringList ImportRecord::list(const char* field) const
{
    const int slot = slotOf(field);
    if (slot < 0 || m_slots[std::size_t(slot)].kind != Kind::List) {
        return {};
    }
    return m_slots[std::size_t(slot)].list;
}

bool ImportRecord::number(const char* field, double* value) const
{
    const int slot = slotOf(field);
    if (slot < 0 || m_slots[std::size_t(slot)].kind != Kind::Number) {
        return false;
    }
    *value = m_slots[std::size_t(slot)].number;
    return true;
}

bool ImportRecord::setIfEmpty(const char* field, const QString& text)
{
    const int index = slotOf(field);
    if (index < 0) {
        return false;
    }
    Slot& slot = m_slots[std::size_t(index)];
    if (slot.kind != Kind::None && !(slot.kind == Kind::Text && slot.text.isEmpty())) {
        return false;
    }
    slot.kind = Kind::Text;
    slot.text = text;
    return true;
}

bool ImportRecord::setIfEmpty(const char* field, double number)
{
    const int index = slotOf(field);
    if (index < 0) {
        return false;
    }
    Slot& slot = m_slots[std::size_t(index)];
    if (slot.kind != Kind::None && !(slot.kind == Kind::Text && slot.text.isEmpty())) {
        return false;
    }
    slot.kind = Kind::Number;
    slot.number = number;
    return true;
}

void ImportRecord::setBool(const char* field, bool value)
{
    const int index = slotOf(field);
    if (index >= 0) {
        m_slots[std::size_t(index)].kind = Kind::Bool;
        m_slots[std::size_t(index)].flag = value;
    }
}

void ImportRecord::setText(const char* field, const QString& text)
{
    const int index = slotOf(field);
    if (index >= 0) {
        Slot& slot = m_slots[std::size_t(index)];
        slot = Slot();
        if (!text.isEmpty()) {
            slot.kind = Kind::Text;
            slot.text = text;
        }
    }
}

void ImportRecord::remove(const char* field)
{
    const int index = slotOf(field);
    if (index >= 0) {
        m_slots[std::size_t(index)] = Slot();
    }
}

bool ImportRecord::appendUnique(const char* field, const QString& item)
{
    const int index = slotOf(field);
    if (index < 0) {
        return false;
    }
    Slot& slot = m_slots[std::size_t(index)];
    if (slot.kind != Kind::List) {
        slot = Slot();
        slot.kind = Kind::List;
    } else if (slot.list.contains(item)) {
        return false;
    }
    slot.list.append(item);
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
    for (std::size_t i = 0; i < other.m_slots.size() && i < m_slots.size(); ++i) {
        const Slot& theirs = other.m_slots[i];
        Slot& mine = m_slots[i];
        switch (theirs.kind) {
        case Kind::None:
            break;
        case Kind::List:
            for (const QString& item : theirs.list) {
                appendUnique(nameOf(int(i)), item);
            }
            break;
        default:
            if (mine.kind == Kind::None || (mine.kind == Kind::Text && mine.text.isEmpty())) {
                mine = theirs;
            }
            break;
        }
    }
}

QJsonObject ImportRecord::toJson() const
{
    QJsonObject json;
    for (std::size_t i = 0; i < m_slots.size(); ++i) {
        const Slot& slot = m_slots[i];
        const QLatin1String key(nameOf(int(i)));
        switch (slot.kind) {
        case Kind::None:
            break;
        case Kind::Text:
            json.insert(key, slot.text);
            break;
        case Kind::Number:
            json.insert(key, slot.number);
            break;
        case Kind::Bool:
            json.insert(key, slot.flag);
            break;
        case Kind::List:
            json.insert(key, QJsonArray::fromStringList(slot.list));
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
        const int index = record.slotOf(key.constData());
        if (index < 0) {
            continue;
        }
        Slot& slot = record.m_slots[std::size_t(index)];
        const QJsonValue value = it.value();
        if (value.isString()) {
            slot.kind = Kind::Text;
            slot.text = value.toString();
        } else if (value.isDouble()) {
            slot.kind = Kind::Number;
            slot.number = value.toDouble();
        } else if (value.isBool()) {
            slot.kind = Kind::Bool;
            slot.flag = value.toBool();
        } else if (value.isArray()) {
            slot.kind = Kind::List;
            for (const QJsonValue& item : value.toArray()) {
                slot.list.append(item.toString());
            }
        }
    }
    return record;
}

void ImportRecord::bindData(SqlStatement& statement, int first) const
{
    int index = first;
    for (std::size_t i = 0; i < m_spec->columns.size(); ++i, ++index) {
        const Column& column = m_spec->columns[i];
        const Slot& slot = m_slots[i];
        switch (slot.kind) {
        case Kind::None:
            if (column.type == ColumnType::List) {
                statement.bind(index, "[]");
            } else if (column.type == ColumnType::Bool) {
                statement.bind(index, qint64(0));
            } else {
                statement.bindNull(index);
            }
            break;
        case Kind::Text:
            if (column.type == ColumnType::List) {
                statement.bind(index, "[]");
            } else if (column.type == ColumnType::Integer || column.type == ColumnType::Real ||
                       column.type == ColumnType::Bool) {
                // As QJsonValue::toDouble() of a string: zero.
                if (column.type == ColumnType::Real) {
                    statement.bind(index, 0.0);
                } else {
                    statement.bind(index, qint64(0));
                }
            } else if (slot.text.isEmpty()) {
                statement.bindNull(index);
            } else {
                statement.bind(index, slot.text);
            }
            break;
        case Kind::Number:
            if (column.type == ColumnType::Integer) {
                statement.bind(index, qint64(slot.number));
            } else if (column.type == ColumnType::Bool) {
                statement.bind(index, qint64(slot.number != 0));
            } else if (column.type == ColumnType::Real) {
                statement.bind(index, slot.number);
            } else if (column.type == ColumnType::List) {
                statement.bind(index, "[]");
            } else {
                statement.bindNull(index);
            }
            break;
        case Kind::Bool:
            if (column.type == ColumnType::Bool || column.type == ColumnType::Integer) {
                statement.bind(index, qint64(slot.flag ? 1 : 0));
            } else if (column.type == ColumnType::Real) {
                statement.bind(index, slot.flag ? 1.0 : 0.0);
            } else if (column.type == ColumnType::List) {
                statement.bind(index, "[]");
            } else {
                statement.bindNull(index);
            }
            break;
        case Kind::List:
            if (column.type == ColumnType::List) {
                statement.bind(index, encodeList(slot.list));
            } else if (column.type == ColumnType::Bool) {
                statement.bind(index, qint64(0));
            } else if (column.type == ColumnType::Integer) {
                statement.bind(index, qint64(0));
            } else if (column.type == ColumnType::Real) {
                statement.bind(index, 0.0);
            } else {
                statement.bindNull(index);
            }
            break;
        }
    }
}

} // namespace dalil
