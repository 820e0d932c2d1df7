#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QTimer;
class QUndoStack;

namespace dalil {

class Catalogue;
class RecordTable;

// The open catalogue as the screens share it: every edit goes through here as an undoable command,
// and the screens listen to recordChanged() instead of polling. Also the vocabulary labels
// (countries, sectors, organisation types) in the UI language.
//
// It also notices writes that did not go through it: the command line or another program writing
// the same file, a worker's own connection. Every couple of seconds it asks SQLite whether another
// connection has committed (PRAGMA data_version: no query, a glance at the WAL's shared index); if one has,
// every screen reads the catalogue again, as after a sync.
class CatalogueDocument : public QObject
{
    Q_OBJECT
public:
    explicit CatalogueDocument(Catalogue& catalogue, QObject* parent = nullptr);
    ~CatalogueDocument() override;

    Catalogue& catalogue() { return m_catalogue; }
    QUndoStack* undoStack() const { return m_undoStack; }

    // Saves a record (new when it has no id) as one undoable step named `description`; the
    // caller has validated it. Returns the id, or an empty string when SQLite refused (see lastError()).
    QString saveRecord(const QString& table, const QJsonObject& record, const QString& description);
    // Removes an organisation with its offices, contacts and links, undoably.
    bool removeOrganisation(const QString& id, const QString& description);
    // Removes one record of any other table, undoably.
    bool removeRecord(const QString& table, const QString& id, const QString& description);
    QString lastError() const { return m_lastError; }
    // True when the last refusal was another program holding the catalogue's write lock: trying
    // again later may succeed.
    bool lastErrorBusy() const { return m_lastErrorBusy; }

    std::optional<QJsonObject> organisation(const QString& id);
    QString organisationName(const QString& id);

    struct Term
    {
        QString code;
        QString label;
    };
    // The label of a vocabulary code in the UI language (the code itself when unknown).
    QString label(const QString& kind, const QString& code) const;
    QString labels(const QString& kind, const QStringList& codes) const;
    // All terms of a vocabulary in their sort order, labelled in the UI language.
    QList<Term> terms(const QString& kind) const;

    // Called by the undo commands after they wrote; tells every screen.
    void notifyChanged(const QString& table, const QString& id);
    // Anything may have changed (written through another connection: an import, a sync, another
    // program): recordChanged() with an empty table and id, which every screen takes as its own.
    void notifyEverythingChanged();
    // How often other connections' commits are looked for (2 s; 0 stops looking).
    void setWatchInterval(int milliseconds);

    // A writer of this window's own on a connection of its own (the background sync) moves
    // data_version like any other program. Between these two calls the screens are not read again
    // for a new version once the writer has committed (`hasCommitted`, any thread, true from the
    // writer's first commit on): it may be the writer's own. At the end, the screens are read again
    // when `changedRecords` (the writer wrote something they show, and has not told them yet) or
    // when `aloneSinceStarted` says another connection committed too (a command-line edit during a
    // sync); otherwise the new version is adopted and nothing is read again (a sync that only
    // pushed). `aloneSinceStarted` must look at the writer's connection, opened before
    // backgroundWriteStarted(), after this has read its own version; it is only called from here.
    void backgroundWriteStarted(std::function<bool()> hasCommitted);
    void backgroundWriteFinished(bool changedRecords, const std::function<bool()>& aloneSinceStarted);
    void setLastError(const QString& error, bool busy = false)
    {
        m_lastError = error;
        m_lastErrorBusy = busy;
    }

signals:
    // `table` empty: any table may have changed (see notifyEverythingChanged()).
    void recordChanged(const QString& table, const QString& id);

private:
    // Read when a label is first asked for (after the first paint: the loading page has none).
    void loadVocabularies() const;
    // Another connection committed since the last look: tells every screen.
    void lookForOtherWriters();

    Catalogue& m_catalogue;
    QUndoStack* m_undoStack = nullptr;
    QString m_lastError;
    bool m_lastErrorBusy = false;
    // kind → code → vocabulary row
    mutable QHash<QString, QHash<QString, QJsonObject>> m_vocabulary;
    mutable QHash<QString, QList<QString>> m_vocabularyOrder;
    mutable bool m_vocabularyLoaded = false;
    QTimer* m_watch = nullptr;
    qint64 m_dataVersion = -1;
    std::function<bool()> m_writerCommitted; // while a background write runs
    bool m_writerBracketed = false;          // m_dataVersion was current when it started
};

} // namespace dalil
