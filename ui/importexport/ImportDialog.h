#pragma once

#include "exchange/ImportJob.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QList>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace dalil {

class MergeDialog;

// File > Import: choose a file, see how each column was understood (HXL hashtag or header) and
// correct it, see the first rows as they will be stored with their problems, then check or import.
// The import runs on a worker thread with its own connection to the catalogue, shows its progress
// in rows ("12,345 of 100,000 rows", in the UI language's digits) and can be cancelled until its
// rows are committed (nothing is then written). A corrected mapping is kept for the next file
// with the same headers. The file is read on a worker thread too (a spreadsheet of tens of
// megabytes takes seconds): the window stays responsive, shows how far the reading is, and Cancel
// stops it.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ImportDialog(QString cataloguePath, QWidget* parent = nullptr);
    ~ImportDialog() override;

    // Reads a file as if chosen with Browse (also for tests and drag and drop), on a worker thread:
    // returns at once (false if an import is running), fileRead() tells when the columns are shown.
    bool openFile(const QString& path);
    bool isReading() const;
    QTableWidget* mappingTable() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    // Organisations of the file that are, or look like, ones of the catalogue (after a check).
    QTableWidget* duplicatesTable() const { return m_duplicates; }
    // Opens the field-by-field merge of one line of duplicatesTable() (also a double-click).
    MergeDialog* mergeDuplicate(int row);
    QString resultText() const;
    bool isRunning() const;

signals:
    // The catalogue changed: views should reload.
    void imported();
    // The file given to openFile() has been read (ok) or could not be (the summary says why). Not
    // emitted when the reading is cancelled.
    void fileRead(bool ok);

private:
    void browse();
    void fileReadDone(bool ok);
    void cancelReading();
    void showReading(qint64 done, qint64 total);
    void showTable(int table);
    void refreshPreview();
    void fieldChosen(int column, int comboIndex);
    void start(bool dryRun);
    void showStep(ImportJob::Step step);
    void showProgress(qint64 done, qint64 total);
    // The worker's report has come (reported()), its work has ended (finished()).
    void reported();
    void finished();
    void showReport();
    void saveMapping();
    void retranslate();
    void showDuplicates(const QList<ImportDuplicate>& duplicates);
    void markDecision(int row, const QString& text);

    QString m_cataloguePath;
    QList<ImportDuplicate> m_duplicateList;
    // Shared with the worker that reads its file: a cancelled reading finishes on its own.
    std::shared_ptr<ImportJob> m_job;
    QFutureWatcher<ImportReport>* m_watcher = nullptr;
    QFutureWatcher<bool>* m_reader = nullptr; // the reading of m_job's file, while it runs
    int m_table = 0;
    bool m_dryRun = false;
    bool m_shown = false; // the running import's report is shown

    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_summary = nullptr;
    QComboBox* m_sheet = nullptr;
    QTableWidget* m_mapping = nullptr;
    QTableWidget* m_preview = nullptr;
    QCheckBox* m_validOnly = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QTableWidget* m_duplicates = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_close = nullptr;
};

} // namespace dalil
