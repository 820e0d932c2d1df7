#include "search/SearchDocPreparer.h"

#include "catalogue/Utf8.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace dalil {

namespace {

// Room for the tokens in UTF-8 (at most three bytes a UTF-16 unit) with a separator between them.
qsizetype utf8Room(const QStringList& tokens)
{
    qsizetype room = tokens.size();
    for (const QString& token : tokens) {
        room += token.size() * 3;
    }
    return room;
}

} // namespace

PreparedDoc SearchDocPreparer::prepare(IndexDoc&& doc)
{
    PreparedDoc out;
    ++m_document;
    out.names = join(doc.names, &Term::inNames);
    out.body = join(doc.body, &Term::inBody);
    out.skel = joinSkeletons(doc.skel);
    // As displayKeys.join('\n').toUtf8() and key.toUtf8() would give, without a string each (null
    // or empty, the keys are written as "").
    if (!doc.displayKeys.isEmpty()) {
        out.keys.resize(utf8Room(doc.displayKeys));
        char* const begin = out.keys.data();
        char* end = begin;
        for (qsizetype i = 0; i < doc.displayKeys.size(); ++i) {
            if (i > 0) {
                *end++ = '\n';
            }
            end = putUtf8(end, doc.displayKeys.at(i));
        }
        out.keys.truncate(end - begin);
    }
    for (const QString& key : std::as_const(doc.keys)) {
        if (key.isEmpty()) {
            continue;
        }
        QVarLengthArray<char, 256> buffer(key.size() * 3);
        const QByteArrayView utf8(buffer.data(), putUtf8(buffer.data(), key) - buffer.data());
        if (!out.exactKeys.contains(utf8)) {
            out.exactKeys.append(utf8.toByteArray());
        }
    }
    out.nameCount = int(doc.names.size());
    out.bodyCount = int(doc.body.size());
    // Freed here, on the thread that made them, rather than kept (a cleared list keeps its room)
    // until the document is written.
    doc.names = QStringList();
    doc.body = QStringList();
    doc.skel = QStringList();
    doc.keys = QStringList();
    doc.displayKeys = QStringList();
    out.doc = std::move(doc);
    return out;
}

SearchDocPreparer::TermFrequencies SearchDocPreparer::documentFrequencies() const
{
    // In UTF-8 and sorted by bytes, here (off the writer's thread in a rebuild), so that the writer
    // only binds them; normalised terms are BMP text, whose UTF-8 byte order is its UTF-16 order.
    TermFrequencies terms;
    terms.reserve(size_t(m_terms.size()));
    for (const TextHashMap<Term>::Entry& entry : m_terms.entries()) {
        if (!entry.key.isEmpty()) {
            terms.emplace_back(entry.value.utf8, entry.value.df);
        }
    }
    std::sort(terms.begin(), terms.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    return terms;
}

// The field's tokens once each, in first-seen order, separated by spaces, in UTF-8 ("" when none):
// what SearchIndexWriter::joinUnique(tokens).toUtf8() gives, copied from each term's UTF-8 into room
// made once for the whole field.
QByteArray SearchDocPreparer::join(const QStringList& tokens, qint64 Term::*field)
{
    QByteArray out("");
    if (tokens.isEmpty()) {
        return out;
    }
    out.resize(utf8Room(tokens));
    char* const begin = out.data();
    char* end = begin;
    int unique = 0;
    for (const QString& token : tokens) {
        Term& term = m_terms[token];
        if (term.*field == m_document) {
            continue;
        }
        term.*field = m_document;
        if (term.inDoc != m_document) {
            if (term.df == 0) {
                term.utf8.resize(token.size() * 3);
                term.utf8.truncate(putUtf8(term.utf8.data(), token) - term.utf8.constData());
                term.utf8.squeeze();
            }
            term.inDoc = m_document;
            ++term.df;
        }
        if (unique++ > 0) {
            *end++ = ' ';
        }
        const qsizetype length = term.utf8.size();
        std::memcpy(end, term.utf8.constData(), size_t(length));
        end += length;
    }
    out.truncate(end - begin);
    return out;
}

// The skeleton keys once each, in first-seen order (a record has a few dozen at most: a linear look
// for repeats beats a set per record), in UTF-8.
QByteArray SearchDocPreparer::joinSkeletons(const QStringList& tokens)
{
    QByteArray out("");
    if (tokens.isEmpty()) {
        return out;
    }
    out.resize(utf8Room(tokens));
    char* const begin = out.data();
    char* end = begin;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString& token = tokens.at(i);
        bool repeated = false;
        for (qsizetype j = 0; j < i && !repeated; ++j) {
            repeated = tokens.at(j) == token;
        }
        if (repeated) {
            continue;
        }
        if (i > 0) {
            *end++ = ' ';
        }
        end = putUtf8(end, token);
    }
    out.truncate(end - begin);
    return out;
}

// Normalised tokens hold no surrogates (ArabicText::normalise turns them into spaces), so this is
// QString::toUtf8() without a string per token, written through a pointer into room the caller
// made (3 bytes per UTF-16 unit, which also holds what Qt's encoder gives for surrogates); anything
// else goes through Qt's encoder.
char* SearchDocPreparer::putUtf8(char* out, const QString& token)
{
    if (char* end = writeBmpUtf8(out, token)) {
        return end;
    }
    const QByteArray utf8 = token.toUtf8(); // not reached with normalised text; kept exact anyway
    std::memcpy(out, utf8.constData(), size_t(utf8.size()));
    return out + utf8.size();
}

} // namespace dalil
