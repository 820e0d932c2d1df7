#include "search/SearchDocPreparer.h"

#include "catalogue/Utf8.h"

#include <algorithm>
#include <cstring>

namespace dalil {

PreparedDoc SearchDocPreparer::prepare(IndexDoc&& doc)
{
    PreparedDoc out;
    ++m_document;
    out.names = join(doc.names, &Term::inNames);
    out.body = join(doc.body, &Term::inBody);
    out.skel = joinSkeletons(doc.skel);
    // As displayKeys.join('\n').toUtf8() and key.toUtf8() would give, without a string each (null
    // or empty, the keys are written as "").
    for (qsizetype i = 0; i < doc.displayKeys.size(); ++i) {
        if (i > 0) {
            out.keys.append('\n');
        }
        appendUtf8(out.keys, doc.displayKeys.at(i));
    }
    for (const QString& key : std::as_const(doc.keys)) {
        if (key.isEmpty()) {
            continue;
        }
        QByteArray utf8;
        appendUtf8(utf8, key);
        if (!out.exactKeys.contains(utf8)) {
            out.exactKeys.append(std::move(utf8));
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
    for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it) {
        if (!it.key().isEmpty()) {
            terms.emplace_back(it->utf8, it->df);
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
    qsizetype room = tokens.size();
    for (const QString& token : tokens) {
        room += token.size() * 3;
    }
    out.resize(room);
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
                appendUtf8(term.utf8, token);
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
    out.reserve(qsizetype(tokens.size()) * 6);
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
            out.append(' ');
        }
        appendUtf8(out, token);
    }
    return out;
}

// Normalised tokens hold no surrogates (ArabicText::normalise turns them into spaces), so this is
// QString::toUtf8() without a string per token, written through a pointer into room made once
// (a QByteArray::append per byte cost more than the hash lookups of the whole join); anything else
// goes through Qt's encoder.
void SearchDocPreparer::appendUtf8(QByteArray& out, const QString& token)
{
    const qsizetype mark = out.size();
    out.resize(mark + token.size() * 3);
    if (const char* end = writeBmpUtf8(out.data() + mark, token)) {
        out.truncate(end - out.constData());
        return;
    }
    out.truncate(mark); // not reached with normalised text; kept exact anyway
    out.append(token.toUtf8());
}

} // namespace dalil
