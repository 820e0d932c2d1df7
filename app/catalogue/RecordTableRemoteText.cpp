// RecordTable's writing of rows received as text (a hub's COPY lines, a bundle's fields): bound
// straight from the text, numbers and JSON lists read in place, the hot path of a first pull.
#include "catalogue/RecordTable.h"

#include "catalogue/Database.h"
#include "catalogue/DbError.h"
#include "catalogue/SqlStatement.h"

#include <QLocale>

#include <sqlite3.h>

#include <algorithm>
#include <charconv>
#include <cstring>

namespace dalil {

namespace {

// True when JSON text has whitespace outside its strings.
bool hasLooseSpace(const char* data, int size)
{
    bool inString = false;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            if (c == '\\') {
                ++i;
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
        } else if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
            return true;
        }
    }
    return false;
}

// PostgreSQL prints integers and floating-point numbers as plain decimal text, read here without
// a QByteArray and Qt's locale-aware parser per value. Anything else (a '+', "NaN", "Infinity", a
// value out of range) goes to Qt's conversion as before, so every value is stored as it was.
qint64 integerOf(const char* data, int size)
{
    qint64 value = 0;
    const auto [end, error] = std::from_chars(data, data + size, value);
    if (error == std::errc() && end == data + size) {
        return value;
    }
    return QByteArray::fromRawData(data, size).toLongLong();
}

double realOf(const char* data, int size)
{
    const char* digits = size > 0 && data[0] == '-' ? data + 1 : data;
    if (digits < data + size && *digits >= '0' && *digits <= '9') {
        double value = 0;
        const auto [end, error] = std::from_chars(data, data + size, value);
        if (error == std::errc() && end == data + size) {
            return value;
        }
    }
    return QByteArray::fromRawData(data, size).toDouble();
}

// jsonb prints lists as ["a", "b"]; the catalogue keeps the compact form a local save writes.
QByteArray compactJson(const char* data, int size)
{
    QByteArray out;
    out.reserve(size);
    bool inString = false;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < size) {
                out += data[++i];
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            out += c;
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            out += c;
        }
    }
    return out;
}

} // namespace

bool RecordTable::insertRemoteText(const TextField* fields, qint64* changeSeq)
{
    const int parameters = 6 + int(m_spec.columns.size());
    if (!m_insertText) {
        m_insertText = std::make_unique<SqlStatement>(m_db.handle(), m_insertTextSql.constData());
        m_insertBound.assign(size_t(parameters) + 1, Bound{});
    } else if (!m_insertBoundKnown) {
        // A row that failed may have left the statement half bound.
        m_insertText->reset();
        std::fill(m_insertBound.begin(), m_insertBound.end(), Bound{});
    }
    m_insertBoundKnown = false;
    SqlStatement& insert = *m_insertText;
    // Binds unless the parameter holds that value from the row before (a flag, an absent field).
    const auto same = [this](int index, Bound::Kind kind, qint64 bits) {
        Bound& bound = m_insertBound[size_t(index)];
        if (bound.kind == kind && bound.bits == bits) {
            return true;
        }
        bound.kind = kind;
        bound.bits = bits;
        return false;
    };
    const auto null = [&](int index) {
        if (!same(index, Bound::Kind::Null, 0)) {
            insert.bindNull(index);
        }
    };
    const auto integer = [&](int index, qint64 value) {
        if (!same(index, Bound::Kind::Integer, value)) {
            insert.bind(index, value);
        }
    };
    const auto text = [&](int index, const TextField& field) {
        if (!field.data || field.size == 0) {
            null(index);
        } else {
            m_insertBound[size_t(index)].kind = Bound::Kind::Text;
            insert.bindStatic(index, field.data, field.size);
        }
    };
    text(1, fields[0]);
    text(2, fields[1]);
    text(3, fields[2]);
    integer(4, qint64(fields[3].data && fields[3].size == 1 && fields[3].data[0] == 't'));
    text(5, fields[4]);
    integer(6, ++*changeSeq);
    int index = 7;
    const TextField* field = fields + 5;
    for (const Column& c : m_spec.columns) {
        const bool isNull = !field->data;
        switch (c.type) {
        case ColumnType::Integer:
            isNull ? null(index) : integer(index, integerOf(field->data, field->size));
            break;
        case ColumnType::Real:
            if (isNull) {
                null(index);
            } else {
                const double value = realOf(field->data, field->size);
                qint64 bits = 0;
                std::memcpy(&bits, &value, sizeof bits);
                if (!same(index, Bound::Kind::Real, bits)) {
                    insert.bind(index, value);
                }
            }
            break;
        case ColumnType::Bool:
            integer(index, qint64(!isNull && field->size == 1 && field->data[0] == 't'));
            break;
        case ColumnType::List:
            if (isNull) {
                if (!same(index, Bound::Kind::EmptyList, 0)) {
                    insert.bindStatic(index, "[]", 2);
                }
            } else if (hasLooseSpace(field->data, field->size)) {
                m_insertBound[size_t(index)].kind = Bound::Kind::Text;
                insert.bind(index, compactJson(field->data, field->size));
            } else {
                m_insertBound[size_t(index)].kind = Bound::Kind::Text;
                insert.bindStatic(index, field->data, field->size);
            }
            break;
        case ColumnType::Text:
        case ColumnType::Reference:
            text(index, *field);
            break;
        }
        ++index;
        ++field;
    }
    Q_ASSERT(index == parameters + 1);
    insert.execKeepingBindings();
    m_insertBoundKnown = true;
    if (sqlite3_changes(m_db.handle()) == 0) {
        --*changeSeq;
        return false;
    }
    return true;
}

int RecordTable::compactJsonInPlace(char* data, int size)
{
    int out = 0;
    bool inString = false;
    for (int i = 0; i < size; ++i) {
        const char c = data[i];
        if (inString) {
            data[out++] = c;
            if (c == '\\' && i + 1 < size) {
                data[out++] = data[++i];
            } else if (c == '"') {
                inString = false;
            }
        } else if (c == '"') {
            inString = true;
            data[out++] = c;
        } else if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
            data[out++] = c;
        }
    }
    return out;
}

} // namespace dalil
