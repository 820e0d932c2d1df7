#pragma once

#include "exchange/ColumnMapping.h"
#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"
#include "exchange/TableReader.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>

#include <atomic>
#include <optional>

namespace dalil {

class Catalogue;
struct ImportedOrganisation;

// An organisation of the file that is, or may be, one of the catalogue: shown to the user, who may
// merge the two field by field (ImportJob::setMerge) or keep them apart (ImportJob::keepApart).
struct ImportDuplicate
{
    enum class Kind
    {
        SameId,
        SameRegistration,
        SameName, // the same normalised name in the same country: updated unless kept apart
        Similar   // a name a letter or two away at the same city: imported as new unless merged
    };
    QString key; // ImportedOrganisation::key, stable for one file and mapping
    QList<int> rows;
    QJsonObject incoming; // the organisation's fields as the file gives them
    QString existingId;
    QJsonObject existing; // the catalogue's record
    Kind kind = Kind::Similar;
    bool updates = false; // what the import will do: update existingId (true) or add a new record
};

// The outcome of an import, as the CLI prints it (`--json`) and the import dialog shows it.
struct ImportReport
{
    QString file;
    QString format;
    QString encoding;
    int rowsRead = 0;
    int rowsRejected = 0;
    int organisationsCreated = 0;
    int organisationsUpdated = 0;
    int organisationsUnchanged = 0;
    int officesAdded = 0;
    int contactsAdded = 0;
    ImportIssues issues;  // errors and warnings, each naming its place
    bool written = false; // true when the catalogue was changed
    bool cancelled = false;
    QString rejectedFile; // --valid-rows-only: where the refused rows went
    QString fatal;        // a reason that stopped the whole import (unreadable file, ...)
    QList<ImportDuplicate> duplicates;

    // Where the time went, for the benchmark (not part of the JSON): seconds of wall time and of
    // the process's CPU time for each step of run().
    struct Step
    {
        double wall = 0;
        double cpu = 0;
    };
    struct Timings
    {
        Step read;   // the file decoded and split into rows (read())
        Step check;  // cells read, rows folded, records validated
        Step dedupe; // the catalogue's keys read, duplicates looked up
        Step write;  // the one transaction (with the bulk load's index builds)
        Step index;  // the search index rebuilt after a big import
        // After run(): the new pages copied from the WAL into the catalogue file (checkpoint()), once
        // the import is reported done. Filled in report(), not in the report run() returned.
        Step checkpoint;
        // The search documents were made from the rows as they were written (SearchIndexFromRecords),
        // not read back from the catalogue by a rebuild.
        bool searchFromRecords = false;
        // ... and of its three FTS5 tables, how many were built from them on a thread of their own
        // (SearchFtsPrebuild) instead of by 'rebuild'.
        int searchFtsPrebuilt = 0;
    };
    Timings timings;

    int errors() const { return errorCount(issues); }
    QJsonObject toJson() const;
};

// One import of one file into one catalogue: read, map, check, deduplicate, write in one
// transaction. The GUI reads the file first (read()), lets the user correct each table's mapping,
// shows a preview, then runs it on a worker thread with its own catalogue connection; progress is
// reported and cancel() rolls everything back. Without the GUI, run() does all of it.
class ImportJob : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        TableReader::Options reader;
        bool dryRun = false;        // check everything, write nothing
        bool validRowsOnly = false; // write the good rows even when others have errors
        QString rejectedPath;       // with validRowsOnly: the CSV of refused rows (default: beside the file)
        QJsonObject savedMapping;   // a mapping kept from an earlier import (ColumnMapping::toJson)
    };

    ImportJob(QString path, Options options, QObject* parent = nullptr);

    // Reads the file and recognises each table's columns. Returns false when nothing could be read
    // (report().fatal says why) or when cancel() stopped the reading. May run on a worker thread
    // (reading() reports how far it is).
    bool read();
    const QList<SourceTable>& tables() const { return m_tables; }
    ColumnMapping& mapping(int table) { return m_mappings[table]; }
    // The first rows of a table as they would be stored (organisation fields with office and
    // contact fields under "office" and "contact"), with each row's problems under "errors".
    QList<QJsonObject> preview(int table, int rows, Catalogue* catalogue = nullptr);

    // Checks and (unless a dry run, or errors without validRowsOnly) writes. Calls read() if needed.
    ImportReport run(Catalogue& catalogue);
    const ImportReport& report() const { return m_report; }
    // After run() has been reported: copies what a big import wrote from the catalogue's write-ahead
    // log into its file (an SQLite checkpoint, passive: readers and writers go on meanwhile). The
    // import's commits leave it out, so that the import ends sooner: the copy of every new page is
    // as long again as writing them. Call it on the thread that ran run(), with the same catalogue,
    // at once. Does nothing when run() left nothing to copy. Until it has run, a commit of another
    // connection copies the WAL itself (SQLite's automatic checkpoint), except the window's, which
    // leaves it to its background checkpointer (Database::checkpointInBackground). A passive
    // checkpoint that finds another one copying leaves the copy to it.
    void checkpoint(Catalogue& catalogue);

    // The GUI asks for a check first and the import itself next, with the same mapping.
    void setRunOptions(bool dryRun, bool validRowsOnly)
    {
        m_options.dryRun = dryRun;
        m_options.validRowsOnly = validRowsOnly;
    }

    // The user's word on a duplicate (ImportDuplicate::key), used by the next run(): update
    // `existingId` with exactly these organisation fields (chosen one by one), or import the file's
    // organisation as a new one.
    void setMerge(const QString& key, const QString& existingId, const QJsonObject& fields);
    void keepApart(const QString& key);
    void forgetDecision(const QString& key) { m_decisions.remove(key); }

    // Safe from any thread: the running import stops at the next row and rolls back. Once the
    // import has reached Step::Indexing its rows are committed and a cancel has no effect.
    void cancel() { m_cancelled = true; }

    // What a running import is doing, for a progress display.
    enum class Step
    {
        Checking, // cells read, rows folded, records validated, duplicates looked up
        Writing,  // the one transaction: progress() counts the rows written
        Indexing  // committed; the search index is being rebuilt (cannot be cancelled)
    };
    Q_ENUM(Step)

signals:
    void stepStarted(dalil::ImportJob::Step step);
    // Rows of the file written so far, of those that will be (the rows of the organisations the
    // import writes: refused rows are not counted).
    void progress(qint64 done, qint64 total);
    // How far read() is, in units of its own (about a hundred signals for a large file).
    void reading(qint64 done, qint64 total);

private:
    void writeRejected(const QList<int>& tables, const class RecordBuilder& builder);
    bool checkCancel(qint64 done, qint64 total);
    void applyDecision(ImportedOrganisation& imported, Catalogue& catalogue, QSet<QString>* chosenByUser);

    QString m_path;
    Options m_options;
    QList<SourceTable> m_tables;
    QList<ColumnMapping> m_mappings;
    ImportIssues m_readIssues;
    ImportReport m_report;
    bool m_read = false;
    struct Decision
    {
        QString existingId; // empty: keep apart
        QJsonObject fields;
    };
    QHash<QString, Decision> m_decisions;
    std::atomic<bool> m_cancelled{false};
    qint64 m_lastProgress = 0; // the rows last reported by progress()
    bool m_checkpointOwed = false;
};

} // namespace dalil
