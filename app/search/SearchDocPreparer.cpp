#include "search/SearchDocPreparer.h"

#include "catalogue/Utf8.h"

#include <algorithm>

namespace dalil {

PreparedDoc SearchDocPreparer::prepare(IndexDoc&& doc)
{
    PreparedDoc out;
    ++m_document;
    out.names = join(doc.names, &Term::inNames);
    out.body = join(doc.body, &Term::inBody);
    out.skel = joinSkeletons(doc.skel);
    out.keys = doc.displayKeys.join(QLatin1Char('\n')).toUtf8();
    for (const QString& key : std::as_const(doc.keys)) {
        if (key.isEmpty()) {
            continue;
        }
        QByteArray utf8 = key.toUtf8();
        if (!out.exactKeys.contains(utf8)) {
            out.exactKeys.append(std::move(utf8));
        }
    }
    out.nameCount = int(doc.names.size());
    out.bodyCount = int(doc.body.size());
    doc.names.clear();
    doc.body.clear();
    doc.skel.clear();
    doc.keys.clear();
    doc.displayKeys.clear();
    out.doc = std::move(doc);
    return out;
}

QList<QPair<QString, qint64>> SearchDocPreparer::documentFrequencies() const
{
    QList<QPair<QString, qint64>> terms;
    terms.reserve(m_terms.size());
    for (auto it = m_terms.cbegin(); it != m_terms.cend(); ++it) {
        if (!it.key().isEmpty()) {
            terms.append({it.key(), it->df});
        }
    }
    std::sort(terms.begin(), terms.end());
    return terms;
}

// The field's tokens once each, in first-seen order, separated by spaces, in UTF-8 ("" when none):
// what SearchIndexWriter::joinUnique(tokens).toUtf8() gives, written straight as UTF-8.
QByteArray SearchDocPreparer::join(const QStringList& tokens, qint64 Term::*field)
{
    QByteArray out("");
    out.reserve(qsizetype(tokens.size()) * 12);
    int unique = 0;
    for (const QString& token : tokens) {
        Term& term = m_terms[token];
        if (term.*field == m_document) {
            continue;
        }
        term.*field = m_document;
        if (unique++ > 0) {
            out.append(' ');
        }
        appendUtf8(out, token);
        if (term.inDoc != m_document) {
            term.inDoc = m_document;
            ++term.df;
        }
    }
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
