#include "main/CatalogueDocument.h"

#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "main/Display.h"
#include "main/RemoveRecordCommand.h"
#include "main/SaveRecordCommand.h"

#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <utility>

namespace dalil {

CatalogueDocument::CatalogueDocument(Catalogue& catalogue, QObject* parent)
    : QObject(parent)
    , m_catalogue(catalogue)
    , m_undoStack(new QUndoStack(this))
    , m_watch(new QTimer(this))
{
    m_dataVersion = m_catalogue.database().dataVersion();
    connect(m_watch, &QTimer::timeout, this, &CatalogueDocument::lookForOtherWriters);
    setWatchInterval(2000);
}

CatalogueDocument::~CatalogueDocument() = default;

void CatalogueDocument::loadVocabularies() const
{
    if (m_vocabularyLoaded) {
        return;
    }
    m_vocabularyLoaded = true;
    QList<QJsonObject> rows;
    m_catalogue.vocabularies().forEach([&](const QJsonObject& row) { rows.append(row); });
    std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return a.value(QLatin1String("sort_order")).toInt() < b.value(QLatin1String("sort_order")).toInt();
    });
    for (const QJsonObject& row : rows) {
        const QString kind = row.value(QLatin1String("kind")).toString();
        const QString code = row.value(QLatin1String("code")).toString();
        m_vocabulary[kind].insert(code, row);
        m_vocabularyOrder[kind].append(code);
    }
}

QString CatalogueDocument::saveRecord(const QString& table, const QJsonObject& record,
                                      const QString& description)
{
    if (!m_catalogue.repository(table)) {
        return {};
    }
    setLastError({});
    auto* command = new SaveRecordCommand(*this, table, record, description);
    m_undoStack->push(command);
    return m_lastError.isEmpty() ? command->recordId() : QString();
}

bool CatalogueDocument::removeOrganisation(const QString& id, const QString& description)
{
    if (!m_catalogue.organisations().find(id)) {
        return false;
    }
    setLastError({});
    m_undoStack->push(new RemoveRecordCommand(*this, QStringLiteral("organisation"), id, description));
    return m_lastError.isEmpty();
}

bool CatalogueDocument::removeRecord(const QString& table, const QString& id, const QString& description)
{
    RecordTable* repository = m_catalogue.repository(table);
    if (!repository || !repository->find(id)) {
        return false;
    }
    setLastError({});
    m_undoStack->push(new RemoveRecordCommand(*this, table, id, description));
    return m_lastError.isEmpty();
}

std::optional<QJsonObject> CatalogueDocument::organisation(const QString& id)
{
    if (id.isEmpty()) {
        return std::nullopt;
    }
    return m_catalogue.organisations().find(id);
}

QString CatalogueDocument::organisationName(const QString& id)
{
    const std::optional<QJsonObject> record = organisation(id);
    return record ? Display::organisationName(*record) : QString();
}

QString CatalogueDocument::label(const QString& kind, const QString& code) const
{
    loadVocabularies();
    const QJsonObject row = m_vocabulary.value(kind).value(code);
    if (row.isEmpty()) {
        return code;
    }
    const QString text = Display::localised(row, QStringLiteral("label"));
    return text.isEmpty() ? code : text;
}

QString CatalogueDocument::labels(const QString& kind, const QStringList& codes) const
{
    QStringList out;
    for (const QString& code : codes) {
        out.append(label(kind, code));
    }
    return QLocale().createSeparatedList(out);
}

QList<CatalogueDocument::Term> CatalogueDocument::terms(const QString& kind) const
{
    loadVocabularies();
    QList<Term> out;
    for (const QString& code : m_vocabularyOrder.value(kind)) {
        out.append({code, label(kind, code)});
    }
    return out;
}

void CatalogueDocument::notifyChanged(const QString& table, const QString& id)
{
    emit recordChanged(table, id);
}

void CatalogueDocument::notifyEverythingChanged()
{
    // What the screens are about to read includes whatever was committed until now.
    m_dataVersion = m_catalogue.database().dataVersion();
    m_vocabularyLoaded = false;
    m_vocabulary.clear();
    m_vocabularyOrder.clear();
    emit recordChanged(QString(), QString());
}

void CatalogueDocument::setWatchInterval(int milliseconds)
{
    if (milliseconds > 0) {
        m_watch->start(milliseconds);
    } else {
        m_watch->stop();
    }
}

void CatalogueDocument::lookForOtherWriters()
{
    // Not inside a write of the window's own (a save waiting for another program's lock).
    if (m_catalogue.database().inTransaction()) {
        return;
    }
    const qint64 version = m_catalogue.database().dataVersion();
    if (version < 0 || version == m_dataVersion) {
        return;
    }
    // Read after the version: a writer that had not begun a commit then did not make it, so the
    // new version is another program's and is shown now. Otherwise backgroundWriteFinished() tells.
    if (m_writerCommitted && m_writerCommitted()) {
        return;
    }
    notifyEverythingChanged();
}

void CatalogueDocument::backgroundWriteStarted(std::function<bool()> hasCommitted)
{
    m_writerCommitted = std::move(hasCommitted);
    m_writerBracketed = false;
    if (m_catalogue.database().inTransaction()) {
        return; // no look now: the end reads the screens again if the version moved
    }
    const qint64 version = m_catalogue.database().dataVersion();
    if (version < 0) {
        return;
    }
    // What others committed before now is shown now. From here on, a commit by anyone but the writer
    // is also seen by the writer's connection, opened before this look.
    if (version != m_dataVersion) {
        notifyEverythingChanged();
    }
    m_writerBracketed = true;
}

void CatalogueDocument::backgroundWriteFinished(bool changedRecords,
                                                const std::function<bool()>& aloneSinceStarted)
{
    m_writerCommitted = nullptr;
    const bool bracketed = std::exchange(m_writerBracketed, false);
    if (changedRecords) {
        notifyEverythingChanged();
        return;
    }
    if (m_catalogue.database().inTransaction()) {
        return; // the next look decides
    }
    // This connection's version first, then the writer's: a commit by a third connection before
    // this read moves the writer's version too (it is read after), one after it moves this one again
    // and the next look shows it. No commit falls between the two.
    const qint64 version = m_catalogue.database().dataVersion();
    if (version < 0 || version == m_dataVersion) {
        return;
    }
    if (bracketed && aloneSinceStarted()) {
        m_dataVersion = version; // only the writer's own commits: nothing to read again
        return;
    }
    notifyEverythingChanged();
}

} // namespace dalil
