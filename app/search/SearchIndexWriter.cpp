#include "search/SearchIndexWriter.h"

#include "catalogue/Database.h"
#include "catalogue/SqlStatement.h"
#include "search/SearchDocumentBuilder.h"

#include <QSet>

#include <algorithm>
#include <optional>
#include <vector>

namespace dalil {

namespace {

template <typename T> void bindOptional(SqlStatement& statement, int index, const std::optional<T>& value)
{
    if (value) {
        statement.bind(index, *value);
    } else {
        statement.bindNull(index);
    }
}

} // namespace

SearchIndexWriter::SearchIndexWriter(Database& db)
    : m_db(db)
{
}

QString SearchIndexWriter::joinUnique(const QStringList& tokens)
{
    QStringList out;
    QSet<QString> seen;
    out.reserve(tokens.size());
    for (const QString& token : tokens) {
        if (!seen.contains(token)) {
            seen.insert(token);
            out.append(token);
        }
    }
    return out.isEmpty() ? QStringLiteral("") : out.join(QLatin1Char(' '));
}

quint32 SearchIndexWriter::code(const QString& value)
{
    if (!m_codesLoaded) {
        SqlStatement query(m_db.handle(), "SELECT code, value FROM search_code");
        while (query.step()) {
            m_codes[query.text(1)] = quint32(query.int64(0));
        }
        m_codesLoaded = true;
    }
    if (const quint32* known = m_codes.find(value)) {
        return *known;
    }
    const quint32 next = quint32(m_codes.size() + 1);
    if (m_insertCode == nullptr) {
        m_insertCode = &m_db.statement("INSERT INTO search_code (code, value) VALUES (?, ?)");
    }
    m_insertCode->bindAll(qint64(next), value).exec();
    m_codes[value] = next;
    return next;
}

QByteArray SearchIndexWriter::encodeCodes(const QStringList& values)
{
    // A record has a few dozen codes at most: a linear look for repeats beats a set per record.
    std::vector<quint32> seen;
    seen.reserve(size_t(values.size()));
    for (const QString& value : values) {
        const quint32 c = code(value);
        if (std::find(seen.begin(), seen.end(), c) == seen.end()) {
            seen.push_back(c);
        }
    }
    return QByteArray(reinterpret_cast<const char*>(seen.data()), qsizetype(seen.size() * sizeof(quint32)));
}

void SearchIndexWriter::insertDoc(qint64 docid, const IndexDoc& doc, const QString& names,
                                  const QString& body)
{
    insertDocRow(docid, doc, names.toUtf8(), body.toUtf8(), joinUnique(doc.skel).toUtf8(),
                 doc.displayKeys.join(QLatin1Char('\n')).toUtf8());
    QSet<QString> keys;
    for (const QString& key : doc.keys) {
        if (key.isEmpty() || keys.contains(key)) {
            continue;
        }
        keys.insert(key);
        m_db.statement("INSERT OR IGNORE INTO search_key (key, docid) VALUES (?, ?)")
            .bindAll(key, docid)
            .exec();
    }
}

void SearchIndexWriter::insertDocRow(qint64 docid, const IndexDoc& doc, const QByteArray& names,
                                     const QByteArray& body, const QByteArray& skel, const QByteArray& keys)
{
    // Held once found: a whole build inserts a row per record, and finding the statement by its
    // text hashes the text every time. Its address is stable (Database keeps its statements).
    if (m_insertDoc == nullptr) {
        m_insertDoc = &m_db.statement(
            "INSERT INTO search_doc (docid, kind, entity_id, names, body, skel, keys, codes, geo, d0, d1, "
            "amin, amax, year) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    SqlStatement& insert = *m_insertDoc;
    // The text is bound without a copy (it outlives the exec() below); a null
    // QByteArray binds "" here, since these columns are NOT NULL DEFAULT ''.
    auto text = [&insert](int index, const QByteArray& bytes) {
        insert.bindStatic(index, bytes.isNull() ? "" : bytes.constData(), int(bytes.size()));
    };
    auto blob = [&insert](int index, const QByteArray& bytes) {
        if (bytes.isEmpty()) {
            insert.bindNull(index);
        } else {
            insert.bindBlob(index, bytes);
        }
    };
    insert.bind(1, docid).bind(2, qint64(doc.kind)).bind(3, doc.entityId);
    text(4, names);
    text(5, body);
    text(6, skel);
    text(7, keys);
    const QByteArray codes = encodeCodes(doc.codes);
    blob(8, codes);
    blob(9, doc.geo);
    bindOptional(insert, 10, doc.d0);
    bindOptional(insert, 11, doc.d1);
    bindOptional(insert, 12, doc.amin);
    bindOptional(insert, 13, doc.amax);
    if (doc.year) {
        insert.bind(14, qint64(*doc.year));
    } else {
        insert.bindNull(14);
    }
    insert.exec();
}

qint64 SearchIndexWriter::nextSequence()
{
    if (m_sequence < 0) {
        m_sequence = m_db.meta(QStringLiteral("search_seq")).toLongLong();
    }
    ++m_sequence;
    m_sequenceDirty = true;
    return m_sequence;
}

void SearchIndexWriter::saveSequence()
{
    if (m_sequenceDirty) {
        m_db.setMeta(QStringLiteral("search_seq"), QString::number(m_sequence));
        m_sequenceDirty = false;
    }
}

void SearchIndexWriter::resetSequence()
{
    m_sequence = 0;
    m_sequenceDirty = true;
}

} // namespace dalil
