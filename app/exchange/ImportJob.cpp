#include "exchange/ImportJob.h"

#include "catalogue/BulkConnection.h"
#include "catalogue/BulkLoad.h"
#include "catalogue/Catalogue.h"
#include "catalogue/DbError.h"
#include "catalogue/RecordInserter.h"
#include "catalogue/SqlStatement.h"
#include "catalogue/TableSpec.h"
#include "exchange/CellReader.h"
#include "exchange/CsvWriter.h"
#include "exchange/Dedupe.h"
#include "exchange/NewRowsPipeline.h"
#include "exchange/RecordBuilder.h"
#include "exchange/RecordKeys.h"
#include "exchange/WrittenOrganisations.h"
#include "search/SearchIndex.h"
#include "search/SearchIndexFromRecords.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QUuid>

#include <cmath>
#include <ctime>
#include <memory>
#include <optional>
#include <thread>
#include <vector>

namespace dalil {

namespace {

struct Cancelled
{
};
struct DryRunRollback
{
};

QJsonObject dataOf(const QJsonObject& record)
{
    QJsonObject data = record;
    for (const char* key : {"rev", "updated_at", "dirty", "deleted"}) {
        data.remove(QLatin1String(key));
    }
    return data;
}

// The imported values win over the stored ones (the sheet is the newer word); lists gather both.
QJsonObject merged(const QJsonObject& existing, const QJsonObject& imported)
{
    QJsonObject result = existing;
    for (auto it = imported.begin(); it != imported.end(); ++it) {
        if (it.key() == QLatin1String("id")) {
            continue;
        }
        if (it.value().isArray()) {
            for (const QJsonValue& item : it.value().toArray()) {
                RecordKeys::appendUnique(result, it.key().toLatin1().constData(), item.toString());
            }
        } else if (!(it.value().isString() && it.value().toString().isEmpty()) && !it.value().isNull()) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

// The fields the user chose in the merge dialog replace the stored ones; a field left out of
// `fields` is removed (the user chose the side where it is empty).
QJsonObject chosen(const QJsonObject& existing, const QJsonObject& fields)
{
    QJsonObject result;
    for (const char* key : {"id", "rev", "updated_at", "dirty", "deleted", "source"}) {
        if (existing.contains(QLatin1String(key))) {
            result.insert(QLatin1String(key), existing.value(QLatin1String(key)));
        }
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
        if (it.key() != QLatin1String("id")) {
            result.insert(it.key(), it.value());
        }
    }
    return result;
}

// Wall and CPU time of one step of an import (ImportReport::timings).
class StepClock
{
public:
    StepClock()
        : m_cpu(std::clock())
    {
        m_wall.start();
    }
    void addTo(ImportReport::Step& step) const
    {
        step.wall += double(m_wall.nsecsElapsed()) / 1e9;
        step.cpu += double(std::clock() - m_cpu) / CLOCKS_PER_SEC;
    }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

} // namespace

ImportJob::ImportJob(QString path, Options options, QObject* parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_options(std::move(options))
{
    m_report.file = m_path;
}

bool ImportJob::read()
{
    m_read = true;
    const StepClock clock;
    TableReader::Options reader = m_options.reader;
    qint64 reported = -1;
    reader.progress = [this, &reported](qint64 done, qint64 total) {
        if (reported < 0 || done >= total || done - reported >= total / 100) {
            reported = done;
            emit reading(done, total);
        }
        return !m_cancelled.load();
    };
    TableReader::Result result = TableReader::read(m_path, reader);
    clock.addTo(m_report.timings.read);
    m_report.format = result.format;
    m_readIssues = result.issues;
    m_tables = result.tables;
    m_mappings.clear();
    for (const ImportIssue& issue : result.issues) {
        if (issue.isError() && issue.row == 0) {
            m_report.fatal = issue.toString();
            m_report.issues = m_readIssues;
            return false;
        }
    }
    if (m_tables.isEmpty()) {
        m_report.fatal = ImportIssue::fileError(m_path, tr("the file holds no rows to import")).toString();
        return false;
    }
    m_report.encoding = m_tables.first().encoding;
    for (const SourceTable& table : m_tables) {
        ColumnMapping mapping = ColumnMapping::detect(table, &m_readIssues);
        if (!m_options.savedMapping.isEmpty()) {
            mapping.applySaved(m_options.savedMapping, table);
        }
        m_mappings.append(mapping);
    }
    return true;
}

QList<QJsonObject> ImportJob::preview(int tableIndex, int rows, Catalogue* catalogue)
{
    QList<QJsonObject> result;
    if (tableIndex < 0 || tableIndex >= m_tables.size()) {
        return result;
    }
    const SourceTable& table = m_tables[tableIndex];
    const ColumnMapping& mapping = m_mappings[tableIndex];
    const CellReader reader(catalogue);
    for (int i = 0; i < table.rows.size() && i < rows; ++i) {
        const SourceTable::Row& row = table.rows[i];
        ImportRecord org(tables::organisation());
        ImportRecord office(tables::location());
        ImportRecord contact(tables::contact());
        QJsonArray errors;
        for (int c = 0; c < table.columnCount() && c < row.cells.size(); ++c) {
            QString warning;
            const QString error =
                reader.read(mapping.field(c), row.cells[c], {&org, &office, &contact}, &warning);
            if (!error.isEmpty()) {
                errors.append(tr("%1: %2").arg(table.columnLabel(c), error));
            }
        }
        for (const ImportIssue& issue : m_readIssues) {
            if (issue.isError() && issue.row == row.number && issue.sheet == table.sheet) {
                errors.append(issue.message);
            }
        }
        QJsonObject item = org.toJson();
        item.insert(QStringLiteral("row"), row.number);
        if (!office.isEmpty()) {
            item.insert(QStringLiteral("office"), office.toJson());
        }
        if (!contact.isEmpty()) {
            item.insert(QStringLiteral("contact"), contact.toJson());
        }
        item.insert(QStringLiteral("errors"), errors);
        result.append(item);
    }
    return result;
}

void ImportJob::setMerge(const QString& key, const QString& existingId, const QJsonObject& fields)
{
    m_decisions.insert(key, {existingId, fields});
}

void ImportJob::keepApart(const QString& key)
{
    m_decisions.insert(key, {QString(), QJsonObject()});
}

void ImportJob::applyDecision(ImportedOrganisation& imported, Catalogue& catalogue,
                              QSet<QString>* chosenByUser)
{
    using Match = ImportedOrganisation::Match;
    ImportDuplicate duplicate;
    duplicate.key = imported.key;
    duplicate.rows = imported.rows;
    duplicate.incoming = imported.organisation.toJson();
    duplicate.existingId = imported.match != Match::None ? imported.existingId : imported.similarId;
    duplicate.kind = imported.match == Match::Id             ? ImportDuplicate::Kind::SameId
                     : imported.match == Match::Registration ? ImportDuplicate::Kind::SameRegistration
                     : imported.match == Match::Name         ? ImportDuplicate::Kind::SameName
                                                             : ImportDuplicate::Kind::Similar;
    const auto decision = m_decisions.constFind(imported.key);
    if (decision != m_decisions.cend()) {
        if (decision->existingId.isEmpty()) {
            // Kept apart; the same record (same id) cannot be.
            if (imported.match != Match::Id) {
                imported.existingId.clear();
                imported.match = Match::None;
            }
        } else if (decision->existingId == duplicate.existingId) {
            imported.existingId = decision->existingId;
            imported.organisation = ImportRecord::fromJson(tables::organisation(), decision->fields);
            chosenByUser->insert(imported.key);
        }
    }
    duplicate.updates = !imported.existingId.isEmpty();
    const std::optional<QJsonObject> existing = catalogue.organisations().find(duplicate.existingId);
    if (existing) {
        duplicate.existing = dataOf(*existing);
        m_report.duplicates.append(duplicate);
    }
}

bool ImportJob::checkCancel(qint64 done, qint64 total)
{
    // About a hundred signals for a big file, each row for a small one.
    if (done == 0 || done >= total || done - m_lastProgress >= std::max<qint64>(64, total / 128)) {
        m_lastProgress = done;
        emit progress(done, total);
    }
    return m_cancelled.load();
}

ImportReport ImportJob::run(Catalogue& catalogue)
{
    if (!m_read && !read()) {
        return m_report;
    }
    if (!m_report.fatal.isEmpty()) {
        return m_report;
    }
    // A job may run twice (a check, then the import): every count starts again.
    ImportReport fresh;
    fresh.file = m_report.file;
    fresh.format = m_report.format;
    fresh.encoding = m_report.encoding;
    fresh.timings.read = m_report.timings.read;
    m_report = fresh;
    m_cancelled = false;
    m_lastProgress = 0;
    m_checkpointOwed = false;
    m_report.issues = m_readIssues;
    emit stepStarted(Step::Checking);
    std::optional<StepClock> clock(std::in_place);
    RecordBuilder builder(&catalogue);
    QList<int> usedTables;
    for (int i = 0; i < m_tables.size(); ++i) {
        const SourceTable& table = m_tables[i];
        if (!m_mappings[i].hasOrganisationKey()) {
            const QString message =
                tr("no column names the organisation (a header such as “Organisation”, “اسم المنظمة” or "
                   "“Nom”, or the HXL hashtag #org)");
            if (m_tables.size() == 1) {
                m_report.fatal = ImportIssue::fileError(m_path, message).toString();
                return m_report;
            }
            ImportIssue issue = ImportIssue::fileError(m_path, tr("this sheet is skipped: %1").arg(message));
            issue.sheet = table.sheet;
            issue.severity = ImportIssue::Severity::Warning;
            m_report.issues.append(issue);
            continue;
        }
        usedTables.append(i);
        for (const ImportIssue& issue : m_readIssues) {
            if (issue.isError() && issue.row > 0 && issue.sheet == table.sheet) {
                builder.markRejected(i, issue);
            }
        }
        builder.addTable(table, m_mappings[i], i);
        if (checkCancel(0, 1)) {
            m_report.cancelled = true;
            return m_report;
        }
    }
    builder.mergeSameRecords();
    builder.mergeSameNames();
    builder.validateRecords();
    m_report.issues.append(builder.issues());
    QList<ImportedOrganisation>& organisations = builder.organisations();
    clock->addTo(m_report.timings.check);
    clock.emplace();
    Dedupe dedupe(catalogue);
    dedupe.match(organisations, m_path, m_report.issues);
    QSet<QString> chosenByUser;
    for (ImportedOrganisation& imported : organisations) {
        if (imported.match != ImportedOrganisation::Match::None || !imported.similarId.isEmpty()) {
            applyDecision(imported, catalogue, &chosenByUser);
        }
    }
    m_report.rowsRead = builder.rowsRead();
    m_report.rowsRejected = builder.rowsRejected();

    m_report.issues = compactWarnings(m_report.issues);
    clock->addTo(m_report.timings.dedupe);
    const bool blocked = m_report.errors() > 0 && !m_options.validRowsOnly;
    if (m_options.validRowsOnly && m_report.rowsRejected > 0) {
        writeRejected(usedTables, builder);
    }
    if (blocked) {
        return m_report;
    }

    const QString source = QStringLiteral("import:%1").arg(QFileInfo(m_path).fileName());
    qint64 total = 0;
    for (const ImportedOrganisation& imported : organisations) {
        total += imported.rows.size();
    }
    emit stepStarted(Step::Writing);
    // A big import writes without queueing each record for the search index, then rebuilds the
    // index once (see SearchIndex); a small one is indexed as it commits.
    const bool bulk = organisations.size() > SearchIndex::kIncrementalLimit && !m_options.dryRun;
    std::optional<BulkConnection> bulkConnection;
    std::optional<SearchIndex::BulkScope> bulkScope;
    if (bulk) {
        bulkConnection.emplace(catalogue.database(), organisations.size(),
                               BulkLoad::tablesEmpty(catalogue.database()));
        bulkScope.emplace(catalogue.database(), organisations.size());
    }
    bool allNew = true;
    for (const ImportedOrganisation& imported : organisations) {
        allNew = allNew && imported.existingId.isEmpty();
    }
    QList<ImportedOrganisation> noOrganisations;
    // Into an empty catalogue, the organisations' search documents are made from the rows as they
    // are written, on a third thread (the second core is mostly idle while SQLite writes), instead
    // of read back from the catalogue by a rebuild afterwards.
    std::unique_ptr<SearchIndexFromRecords> documents;
    clock.emplace();
    try {
        catalogue.database().transaction([&] {
            Database& db = catalogue.database();
            // Into an empty catalogue, a big import writes its rows without the secondary indexes,
            // the offices' R*Tree and the numbering triggers, and builds them once at the end, in
            // this same transaction (a cancel or a failure rolls the schema back with the rows).
            BulkLoad load = bulk ? BulkLoad::begin(db, BulkLoad::Numbering::SetAside) : BulkLoad();
            const RecordInserter::Mode mode =
                load.active() ? RecordInserter::Mode::Bulk : RecordInserter::Mode::Numbered;
            // New records are inserted as they are (no upsert, one time for all, numbered in the
            // INSERT); records that update the catalogue go through the repositories.
            const QString now = Database::nowText();
            RecordInserter newOrganisations(catalogue.organisations(), now, mode);
            RecordInserter newOffices(catalogue.locations(), now, mode);
            RecordInserter newContacts(catalogue.contacts(), now, mode);
            qint64 done = 0;
            std::optional<std::vector<RtreeBulkLoader::Point>> points;
            ImportRecord::Values bytes; // a record's values, bound until its INSERT has run
            if (checkCancel(0, total)) {
                throw Cancelled();
            }
            std::optional<NewRowsPipeline> pipeline;
            if (mode == RecordInserter::Mode::Bulk && allNew) {
                // Into an empty catalogue every organisation is new: a second thread makes the
                // rows' values while this one writes.
                NewRowsPipeline::Reader reader;
                // DALIL_IMPORT_SEARCH_REBUILD=1 rebuilds the index from the catalogue instead (for
                // measuring one way against the other with the same build).
                if (load.active() && !bulkScope->queueing() &&
                    !qEnvironmentVariableIsSet("DALIL_IMPORT_SEARCH_REBUILD") &&
                    organisations.size() <= SearchIndexFromRecords::kMaxOrganisations) {
                    documents = std::make_unique<SearchIndexFromRecords>(db, organisations.size());
                    reader = [index = documents.get(), written = std::make_shared<WrittenOrganisations>()](
                                 const NewRowsPipeline::Batch* batch) {
                        try {
                            if (batch) {
                                written->read(*batch, *index);
                            } else {
                                index->finishAdding();
                            }
                        } catch (...) {
                            index->abandon(); // the index is rebuilt from the catalogue instead
                        }
                    };
                }
                pipeline.emplace(organisations, source, std::move(reader));
                const std::size_t organisationColumns = tables::organisation().columns.size();
                const std::size_t officeColumns = tables::location().columns.size();
                const std::size_t contactColumns = tables::contact().columns.size();
                const std::size_t latColumn =
                    std::size_t(WrittenOrganisations::columnIndex(tables::location(), "lat"));
                const std::size_t lonColumn =
                    std::size_t(WrittenOrganisations::columnIndex(tables::location(), "lon"));
                if (load.packsRtree()) {
                    points.emplace();
                    points->reserve(std::size_t(total));
                }
                for (std::unique_ptr<NewRowsPipeline::Batch> batch = pipeline->next(); batch;
                     batch = pipeline->next()) {
                    const ImportRecord::Values& values = batch->values;
                    auto write = [&values](RecordInserter& inserter, const char* id, int idSize,
                                           std::size_t cell, std::size_t columns) {
                        inserter.insertBound(id, idSize, [&](SqlStatement& statement, int first) {
                            ImportRecord::bindValues(statement, first, values, cell, columns);
                        });
                    };
                    std::uint32_t office = 0;
                    std::uint32_t contact = 0;
                    for (std::size_t i = 0; i < batch->organisations.size(); ++i) {
                        const NewRowsPipeline::Organisation& made = batch->organisations[i];
                        const NewRowsPipeline::Row& row = batch->organisationRows[i];
                        done += made.rows;
                        write(newOrganisations, batch->id(row), int(row.idSize), row.cell,
                              organisationColumns);
                        ++m_report.organisationsCreated;
                        for (; office < made.officesEnd; ++office) {
                            const NewRowsPipeline::Row& officeRow = batch->offices[office];
                            write(newOffices, batch->id(officeRow), int(officeRow.idSize), officeRow.cell,
                                  officeColumns);
                            const ImportRecord::Values::Value& lat = values[officeRow.cell + latColumn];
                            const ImportRecord::Values::Value& lon = values[officeRow.cell + lonColumn];
                            if (points && lat.type == ImportRecord::Values::Value::Type::Real &&
                                lon.type == ImportRecord::Values::Value::Type::Real) {
                                points->push_back({newOffices.lastRowid(), lon.real, lat.real});
                            }
                            ++m_report.officesAdded;
                        }
                        for (; contact < made.contactsEnd; ++contact) {
                            const NewRowsPipeline::Row& contactRow = batch->contacts[contact];
                            write(newContacts, batch->id(contactRow), int(contactRow.idSize), contactRow.cell,
                                  contactColumns);
                            ++m_report.contactsAdded;
                        }
                        if (checkCancel(done, total)) {
                            throw Cancelled();
                        }
                    }
                    pipeline->recycle(std::move(batch));
                }
            }
            for (ImportedOrganisation& imported :
                 (mode == RecordInserter::Mode::Bulk && allNew) ? noOrganisations : organisations) {
                done += imported.rows.size();
                QString id = imported.existingId;
                bool changed = false;
                if (!id.isEmpty()) {
                    const std::optional<QJsonObject> existing = catalogue.organisations().find(id);
                    const QJsonObject record =
                        chosenByUser.contains(imported.key)
                            ? chosen(existing.value_or(QJsonObject()), imported.organisation.toJson())
                            : merged(existing.value_or(QJsonObject()), imported.organisation.toJson());
                    if (!existing || dataOf(record) != dataOf(*existing)) {
                        QJsonObject toSave = dataOf(record);
                        toSave.insert(QStringLiteral("id"), id);
                        catalogue.organisations().save(toSave);
                        changed = true;
                    }
                } else {
                    ImportRecord& record = imported.organisation;
                    const QString given = record.text("id");
                    // A partner's own numbering ("1", "ORG-7") is not a Dalil id.
                    if (!given.isEmpty() && QUuid::fromString(given).isNull()) {
                        record.remove("id");
                    }
                    const QString ownId = record.text("id");
                    if (!ownId.isEmpty() && mode == RecordInserter::Mode::Numbered) {
                        // An id of Dalil's own may be a tombstone's: the repository revives it.
                        id = newOrganisations.insert(record.toJson(), "source", source);
                    } else {
                        record.setText("source", source);
                        id = newOrganisations.insertBound(
                            ownId, [&record, &bytes](SqlStatement& statement, int first) {
                                record.bindData(statement, first, &bytes);
                            });
                    }
                    ++m_report.organisationsCreated;
                }
                QSet<QString> places;
                QSet<QString> people;
                if (!imported.existingId.isEmpty()) {
                    for (const QJsonObject& office : catalogue.locations().where("organisation_id", id)) {
                        places.insert(RecordKeys::placeKey(office));
                    }
                    for (const QJsonObject& contact : catalogue.contacts().where("organisation_id", id)) {
                        people.insert(RecordKeys::contactKey(contact));
                    }
                }
                for (ImportRecord& office : imported.offices) {
                    if (!places.isEmpty() && places.contains(RecordKeys::placeKey(office))) {
                        continue;
                    }
                    office.setText("organisation_id", id);
                    newOffices.insertBound({}, [&office, &bytes](SqlStatement& statement, int first) {
                        office.bindData(statement, first, &bytes);
                    });
                    ++m_report.officesAdded;
                    changed = true;
                }
                for (ImportRecord& contact : imported.contacts) {
                    if (!people.isEmpty() && people.contains(RecordKeys::contactKey(contact))) {
                        continue;
                    }
                    contact.setText("organisation_id", id);
                    newContacts.insertBound({}, [&contact, &bytes](SqlStatement& statement, int first) {
                        contact.bindData(statement, first, &bytes);
                    });
                    ++m_report.contactsAdded;
                    changed = true;
                }
                if (!imported.existingId.isEmpty()) {
                    ++(changed ? m_report.organisationsUpdated : m_report.organisationsUnchanged);
                }
                if (checkCancel(done, total)) {
                    throw Cancelled();
                }
            }
            // The offices' points as they were written, when all of them were (else read back).
            load.finish(db, points ? &*points : nullptr);
            if (pipeline) {
                pipeline->waitForReader(); // the search documents were made meanwhile
            }
            if (m_options.dryRun) {
                throw DryRunRollback();
            }
        });
        m_report.written = true;
    } catch (const DryRunRollback&) {
        m_report.written = false;
    } catch (const Cancelled&) {
        m_report.cancelled = true;
        m_report.written = false;
        m_report.organisationsCreated = m_report.organisationsUpdated = m_report.organisationsUnchanged = 0;
        m_report.officesAdded = m_report.contactsAdded = 0;
    } catch (const DbError& e) {
        m_report.fatal = tr("%1: the catalogue refused the import, nothing was written (%2)")
                             .arg(catalogue.path(), e.message());
        m_report.written = false;
    }
    bulkScope.reset();
    // Another connection that writes between this commit and the search index's transaction (the
    // window's) may change organisations: then the documents made from the rows are not used.
    const qint64 writtenVersion = documents && m_report.written ? catalogue.database().dataVersion() : -1;
    std::thread releasing;
    if (bulk) {
        // A hundred thousand records with their offices and contacts take a few tenths of a second
        // to free: a thread of its own does it while the search index is rebuilt.
        auto done = std::make_unique<RecordBuilder>(std::move(builder));
        releasing = std::thread([done = std::move(done)]() mutable { done.reset(); });
    }
    clock->addTo(m_report.timings.write);
    clock.emplace();
    if (bulk && m_report.written) {
        emit stepStarted(Step::Indexing);
        try {
            bool indexed = false;
            if (documents && documents->usable()) {
                Database& db = catalogue.database();
                db.transaction([&] {
                    if (db.dataVersion() == writtenVersion) {
                        indexed = catalogue.searchIndex().fill(*documents);
                    }
                });
            }
            m_report.timings.searchFromRecords = indexed;
            m_report.timings.searchFtsPrebuilt = indexed ? documents->ftsPrebuilt() : 0;
            if (!indexed) {
                catalogue.searchIndex().ensureFresh();
            }
        } catch (const DbError& e) {
            m_report.issues.append(ImportIssue::fileError(
                catalogue.path(),
                tr("imported, but the search index could not be rebuilt yet (%1); it will be "
                   "rebuilt at the next search")
                    .arg(e.message())));
            m_report.issues.last().severity = ImportIssue::Severity::Warning;
        }
    }
    documents.reset();
    bulkConnection.reset();
    m_checkpointOwed = bulk && m_report.written;
    if (releasing.joinable()) {
        releasing.join();
    }
    clock->addTo(m_report.timings.index);
    emit progress(total, total);
    return m_report;
}

void ImportJob::checkpoint(Catalogue& catalogue)
{
    if (!m_checkpointOwed) {
        return;
    }
    m_checkpointOwed = false;
    const StepClock clock;
    try {
        catalogue.database().execute("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const DbError&) {
        // The next automatic checkpoint copies what this one could not.
    }
    clock.addTo(m_report.timings.checkpoint);
}

void ImportJob::writeRejected(const QList<int>& tables, const RecordBuilder& builder)
{
    QString path = m_options.rejectedPath;
    if (path.isEmpty()) {
        const QFileInfo info(m_path);
        const QString name = info.completeBaseName() + QStringLiteral(".rejected.csv");
        path = QFileInfo(info.absolutePath()).isWritable() ? info.absoluteDir().filePath(name)
                                                           : QDir::current().filePath(name);
    }
    CsvWriter writer(path, {});
    QString error;
    if (!writer.open(&error)) {
        ImportIssue issue = ImportIssue::fileError(path, error);
        m_report.issues.append(issue);
        return;
    }
    bool headerWritten = false;
    for (int index : tables) {
        const SourceTable& table = m_tables[index];
        const QMap<int, QStringList>& rejected = builder.rejected(index);
        if (rejected.isEmpty()) {
            continue;
        }
        if (!headerWritten) {
            QStringList header = table.headers;
            header.prepend(tr("Row"));
            header.prepend(tr("Problems"));
            if (m_tables.size() > 1) {
                header.prepend(tr("Sheet"));
            }
            writer.writeRow(header);
            headerWritten = true;
        }
        for (const SourceTable::Row& row : table.rows) {
            auto it = rejected.constFind(row.number);
            if (it == rejected.cend()) {
                continue;
            }
            QStringList cells = row.cells;
            cells.prepend(QString::number(row.number));
            cells.prepend(it.value().join(QStringLiteral("; ")));
            if (m_tables.size() > 1) {
                cells.prepend(table.sheet);
            }
            writer.writeRow(cells);
        }
    }
    if (writer.close(&error)) {
        m_report.rejectedFile = path;
    } else {
        m_report.issues.append(ImportIssue::fileError(path, error));
    }
}

} // namespace dalil
