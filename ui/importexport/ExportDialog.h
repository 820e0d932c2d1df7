#pragma once

#include <QDialog>
#include <QFutureWatcher>
#include <QSet>

#include "search/SearchQuery.h"

#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace dalil {

// File > Export, "Export these results" and "Export selection": which records, which format,
// where; private contacts only when the user ticks the box. Writes on a worker thread with its own
// connection to the catalogue.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(QString cataloguePath, QWidget* parent = nullptr);
    ~ExportDialog() override;

    // "Export selection": only these organisations (or records of the chosen kind).
    void setSelection(const QSet<QString>& ids);
    // "Export these results": the filters of the current search.
    void setFilters(const QStringList& countries, const QStringList& sectors, const QStringList& types,
                    const QString& query);
    // "Export these results": every record the directory's search finds (not only the rows shown).
    void setSearch(const SearchQuery& query);
    void setKind(const QString& kind);
    void setFormat(const QString& format);
    void setOutput(const QString& path);
    void setIncludePrivate(bool include);
    // Starts the export (the Export button).
    void exportNow();
    bool isRunning() const;
    QString statusText() const;
    // Stops the running export (the Cancel button): the file is not left half-written.
    void cancelExport();

private:
    struct Outcome
    {
        int records = 0;
        int features = 0;
        QString error;
        bool cancelled = false;
    };
    void browse();
    void updateFormats();
    void finished();
    void retranslate();
    void showProgress(qint64 done, qint64 total);

    QString m_cataloguePath;
    QSet<QString> m_selection;
    QStringList m_countries, m_sectors, m_types;
    QString m_query;
    std::optional<SearchQuery> m_search;
    QFutureWatcher<Outcome>* m_watcher = nullptr;
    // The running job, shared with the worker that runs it: Cancel reaches it from this thread.
    std::shared_ptr<class ExportJob> m_job;

    QLabel* m_scope = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_format = nullptr;
    QCheckBox* m_private = nullptr;
    QCheckBox* m_hxl = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_output = nullptr;
    QPushButton* m_browse = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace dalil
