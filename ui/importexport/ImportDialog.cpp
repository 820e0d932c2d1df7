#include "importexport/ImportDialog.h"

#include "catalogue/Catalogue.h"
#include "catalogue/WorkerPools.h"
#include "common/Colors.h"
#include "exchange/ImportField.h"
#include "exchange/ImportJob.h"
#include "importexport/MergeDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPromise>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>

namespace dalil {

namespace {

constexpr int kPreviewRows = 20;

// Text of unknown direction shown isolated, so "+961 1 234" stays whole in an Arabic table.
QString isolated(const QString& text)
{
    return text.isEmpty() ? text : QChar(0x2068) + text + QChar(0x2069);
}

QString settingsKey(const QString& signature)
{
    return QStringLiteral("import/mappings/") + signature;
}

} // namespace

ImportDialog::ImportDialog(QString cataloguePath, QWidget* parent)
    : QDialog(parent)
    , m_cataloguePath(std::move(cataloguePath))
{
    setObjectName(QStringLiteral("importDialog"));
    resize(960, 680);
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setReadOnly(true);
    m_browse = new QPushButton(this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    layout->addLayout(fileRow);

    auto* sheetRow = new QHBoxLayout;
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_sheet = new QComboBox(this);
    m_sheet->setVisible(false);
    sheetRow->addWidget(m_summary, 1);
    sheetRow->addWidget(m_sheet);
    layout->addLayout(sheetRow);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    m_mapping = new QTableWidget(0, 4, splitter);
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->verticalHeader()->setVisible(false);
    // Tables are one stop each: the arrows move inside, Tab goes on (it went from cell to cell,
    // round and round, and never left the table).
    m_mapping->setTabKeyNavigation(false);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_preview = new QTableWidget(0, 0, splitter);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setTabKeyNavigation(false);
    m_result = new QPlainTextEdit(splitter);
    m_result->setReadOnly(true);
    auto* duplicatesBox = new QWidget(splitter);
    auto* duplicatesLayout = new QVBoxLayout(duplicatesBox);
    duplicatesLayout->setContentsMargins(0, 0, 0, 0);
    m_duplicates = new QTableWidget(0, 5, duplicatesBox);
    m_duplicates->setObjectName(QStringLiteral("duplicatesTable"));
    m_duplicates->verticalHeader()->setVisible(false);
    m_duplicates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_duplicates->setTabKeyNavigation(false);
    m_duplicates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_duplicates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_duplicates->horizontalHeader()->setStretchLastSection(true);
    m_merge = new QPushButton(duplicatesBox);
    m_merge->setEnabled(false);
    duplicatesLayout->addWidget(m_duplicates, 1);
    auto* mergeRow = new QHBoxLayout;
    mergeRow->addStretch(1);
    mergeRow->addWidget(m_merge);
    duplicatesLayout->addLayout(mergeRow);
    duplicatesBox->setVisible(false);
    layout->addWidget(splitter, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setVisible(false);
    layout->addWidget(m_progress);

    auto* buttons = new QHBoxLayout;
    m_validOnly = new QCheckBox(this);
    m_check = new QPushButton(this);
    m_check->setObjectName(QStringLiteral("checkImport"));
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("startImport"));
    m_import->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelImport"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(this);
    buttons->addWidget(m_validOnly);
    buttons->addStretch(1);
    buttons->addWidget(m_check);
    buttons->addWidget(m_import);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    m_check->setEnabled(false);
    m_import->setEnabled(false);

    m_watcher = new QFutureWatcher<ImportReport>(this);
    connect(m_watcher, &QFutureWatcher<ImportReport>::resultReadyAt, this, &ImportDialog::reported);
    connect(m_watcher, &QFutureWatcher<ImportReport>::finished, this, &ImportDialog::finished);
    connect(m_browse, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &ImportDialog::showTable);
    connect(m_check, &QPushButton::clicked, this, [this] { start(true); });
    connect(m_import, &QPushButton::clicked, this, [this] { start(false); });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isReading()) {
            cancelReading();
            return;
        }
        if (m_job && m_watcher->isRunning()) {
            m_job->cancel();
            m_cancel->setEnabled(false);
            m_result->setPlainText(tr("Cancelling…"));
        }
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_duplicates, &QTableWidget::cellDoubleClicked, this, [this](int row) { mergeDuplicate(row); });
    connect(m_duplicates, &QTableWidget::itemSelectionChanged, this, [this] {
        m_merge->setEnabled(!m_duplicates->selectedItems().isEmpty() && !m_watcher->isRunning());
    });
    connect(m_merge, &QPushButton::clicked, this, [this] { mergeDuplicate(m_duplicates->currentRow()); });
    retranslate();
}

ImportDialog::~ImportDialog()
{
    if (m_job && m_watcher->isRunning()) {
        m_job->cancel();
        m_watcher->waitForFinished();
    }
    if (m_job) {
        m_job->cancel();
    }
    // Readings still running (this one or cancelled ones) use their jobs until they stop.
    for (QFutureWatcher<bool>* reader : findChildren<QFutureWatcher<bool>*>()) {
        reader->waitForFinished();
    }
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import organisations"));
    m_file->setPlaceholderText(tr("Choose a spreadsheet: Excel, CSV, HXL 3W sheet, vCard, GeoJSON or JSON"));
    m_browse->setText(tr("&Browse…"));
    m_mapping->setHorizontalHeaderLabels(
        {tr("Column"), tr("HXL hashtag"), tr("Imported as"), tr("First values")});
    m_validOnly->setText(tr("Import &the good rows even if others have errors"));
    m_check->setText(tr("&Check only"));
    m_import->setText(tr("Import"));
    m_cancel->setText(tr("Cancel &import"));
    m_close->setText(tr("C&lose"));
    m_duplicates->setHorizontalHeaderLabels(
        {tr("Rows"), tr("In the file"), tr("In the catalogue"), tr("Why"), tr("What the import does")});
    m_merge->setText(tr("Compare and merge…"));
}

bool ImportDialog::isRunning() const
{
    return m_watcher->isRunning();
}

bool ImportDialog::isReading() const
{
    return m_reader != nullptr;
}

QString ImportDialog::resultText() const
{
    return m_result->toPlainText();
}

void ImportDialog::browse()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import organisations"), QString(),
                                     tr("Spreadsheets and contact files (*.xlsx *.csv *.tsv *.txt *.hxl "
                                        "*.vcf *.geojson *.json);;All files (*)"));
    if (!path.isEmpty()) {
        openFile(path);
    }
}

bool ImportDialog::openFile(const QString& path)
{
    if (m_watcher->isRunning()) {
        return false;
    }
    if (isReading()) {
        cancelReading();
    }
    m_file->setText(path);
    m_result->clear();
    showDuplicates({});
    m_mapping->setRowCount(0);
    m_preview->setRowCount(0);
    m_sheet->setVisible(false);
    m_check->setEnabled(false);
    m_import->setEnabled(false);
    m_job = std::make_shared<ImportJob>(path, ImportJob::Options());
    connect(m_job.get(), &ImportJob::progress, this, &ImportDialog::showProgress);
    connect(m_job.get(), &ImportJob::stepStarted, this, &ImportDialog::showStep);
    connect(m_job.get(), &ImportJob::reading, this, &ImportDialog::showReading);
    m_summary->setText(tr("Reading %1…").arg(isolated(QFileInfo(path).fileName())));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_progress->setVisible(true);
    m_cancel->setEnabled(true);
    // The worker holds the job only through this connection's copy, kept until it has finished:
    // a reading cancelled (or replaced by another file) runs to its next check and is dropped.
    const std::shared_ptr<ImportJob> job = m_job;
    auto* reader = new QFutureWatcher<bool>(this);
    m_reader = reader;
    connect(reader, &QFutureWatcher<bool>::finished, this, [this, reader, job] {
        reader->deleteLater();
        if (reader != m_reader || job != m_job) {
            return; // cancelled
        }
        m_reader = nullptr;
        fileReadDone(reader->result());
    });
    ImportJob* raw = job.get();
    reader->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [raw] { return raw->read(); }));
    return true;
}

void ImportDialog::showReading(qint64 done, qint64 total)
{
    if (!isReading() || total <= 0) {
        return;
    }
    m_progress->setRange(0, 1000);
    m_progress->setValue(int(std::min(done, total) * 1000 / total));
}

void ImportDialog::cancelReading()
{
    if (!m_reader || !m_job) {
        return;
    }
    m_job->cancel();
    m_job->disconnect(this);
    m_job.reset();
    m_reader = nullptr;
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    m_file->clear();
    m_summary->setText(tr("Reading cancelled: no file is open."));
}

void ImportDialog::fileReadDone(bool ok)
{
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    const QString path = m_file->text();
    if (!ok) {
        m_summary->setText(m_job->report().fatal);
        m_mapping->setRowCount(0);
        m_preview->setRowCount(0);
        m_check->setEnabled(false);
        m_import->setEnabled(false);
        emit fileRead(false);
        return;
    }
    // Mappings the user corrected before for sheets with the same headers.
    QSettings settings;
    for (int i = 0; i < m_job->tables().size(); ++i) {
        const QString saved =
            settings.value(settingsKey(ColumnMapping::signature(m_job->tables()[i]))).toString();
        if (!saved.isEmpty()) {
            m_job->mapping(i).applySaved(QJsonDocument::fromJson(saved.toUtf8()).object(),
                                         m_job->tables()[i]);
        }
    }
    const QSignalBlocker blocker(m_sheet);
    m_sheet->clear();
    for (const SourceTable& table : m_job->tables()) {
        m_sheet->addItem(table.sheet.isEmpty() ? QFileInfo(path).fileName() : table.sheet);
    }
    m_sheet->setVisible(m_job->tables().size() > 1);
    m_check->setEnabled(true);
    m_import->setEnabled(true);
    showTable(0);
    emit fileRead(true);
}

void ImportDialog::showTable(int index)
{
    if (!m_job || index < 0 || index >= m_job->tables().size()) {
        return;
    }
    m_table = index;
    const SourceTable& table = m_job->tables()[index];
    const QLocale locale;
    // Two counts, two nouns: each phrase agrees with its own count, joined as the language joins a pair.
    const QString counts = locale.createSeparatedList({tr("%Ln row(s)", nullptr, int(table.rows.size())),
                                                       tr("%Ln column(s)", nullptr, table.columnCount())});
    // A whole sentence with or without the encoding, not a fragment glued on.
    m_summary->setText(
        table.encoding.isEmpty()
            ? tr("%1 (%2)", "rows and columns of a table (its format)").arg(counts, table.format.toUpper())
            : tr("%1 (%2, text in %3)", "rows and columns of a table (its format, its encoding)")
                  .arg(counts, table.format.toUpper(), table.encoding));
    const ColumnMapping& mapping = m_job->mapping(index);
    m_mapping->setRowCount(table.columnCount());
    // Each column's choice comes right after the table for Tab, in the table's order (made now,
    // they would come after the dialog's buttons).
    QWidget* previous = m_mapping;
    for (int c = 0; c < table.columnCount(); ++c) {
        auto* header = new QTableWidgetItem(isolated(table.columnLabel(c)));
        header->setFlags(header->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 0, header);
        auto* tag = new QTableWidgetItem(c < table.hxlTags.size() ? table.hxlTags[c] : QString());
        tag->setFlags(tag->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 1, tag);
        auto* combo = new QComboBox(m_mapping);
        for (const ImportFieldInfo& info : importFields::all()) {
            combo->addItem(importFields::label(info.field), int(info.field));
        }
        combo->setCurrentIndex(combo->findData(int(mapping.field(c))));
        connect(combo, &QComboBox::currentIndexChanged, this, [this, c](int i) { fieldChosen(c, i); });
        m_mapping->setCellWidget(c, 2, combo);
        QWidget::setTabOrder(previous, combo);
        previous = combo;
        QStringList samples;
        for (int r = 0; r < table.rows.size() && samples.size() < 3; ++r) {
            const QString value = table.rows[r].cells.value(c).trimmed();
            if (!value.isEmpty() && !samples.contains(value)) {
                samples.append(isolated(value));
            }
        }
        auto* values = new QTableWidgetItem(samples.join(QStringLiteral(" · ")));
        values->setFlags(values->flags() & ~Qt::ItemIsEditable);
        m_mapping->setItem(c, 3, values);
    }
    m_mapping->resizeColumnsToContents();
    refreshPreview();
}

void ImportDialog::fieldChosen(int column, int comboIndex)
{
    auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(column, 2));
    if (!m_job || !combo) {
        return;
    }
    m_job->mapping(m_table).set(column, ImportField(combo->itemData(comboIndex).toInt()));
    saveMapping();
    refreshPreview();
}

void ImportDialog::saveMapping()
{
    const SourceTable& table = m_job->tables()[m_table];
    QSettings settings;
    settings.setValue(
        settingsKey(ColumnMapping::signature(table)),
        QString::fromUtf8(
            QJsonDocument(m_job->mapping(m_table).toJson(table)).toJson(QJsonDocument::Compact)));
}

void ImportDialog::refreshPreview()
{
    const QList<QJsonObject> rows = m_job->preview(m_table, kPreviewRows);
    const QStringList keys = {QStringLiteral("name_ar"), QStringLiteral("name_en"), QStringLiteral("acronym"),
                              QStringLiteral("sectors")};
    const QStringList officeKeys = {QStringLiteral("country"), QStringLiteral("city"), QStringLiteral("lat"),
                                    QStringLiteral("lon")};
    const QStringList contactKeys = {QStringLiteral("name"), QStringLiteral("emails"),
                                     QStringLiteral("phones")};
    m_preview->clear();
    m_preview->setColumnCount(2 + int(keys.size() + officeKeys.size() + contactKeys.size()));
    m_preview->setHorizontalHeaderLabels({tr("Row"), tr("Name in Arabic"), tr("Name in English"),
                                          tr("Acronym"), tr("Sectors"), tr("Country"), tr("City"),
                                          tr("Latitude"), tr("Longitude"), tr("Contact person"), tr("E-mail"),
                                          tr("Phone"), tr("Problems")});
    m_preview->setRowCount(int(rows.size()));
    auto text = [](const QJsonValue& value) {
        if (value.isArray()) {
            QStringList items;
            for (const QJsonValue& item : value.toArray()) {
                items.append(item.toString());
            }
            return items.join(QStringLiteral("; "));
        }
        return value.isDouble() ? QLocale().toString(value.toDouble(), 'f', 5) : value.toString();
    };
    for (int r = 0; r < rows.size(); ++r) {
        const QJsonObject& row = rows[r];
        int column = 0;
        m_preview->setItem(r, column++,
                           new QTableWidgetItem(QLocale().toString(row.value(QLatin1String("row")).toInt())));
        for (const QString& key : keys) {
            m_preview->setItem(r, column++, new QTableWidgetItem(isolated(text(row.value(key)))));
        }
        const QJsonObject office = row.value(QLatin1String("office")).toObject();
        for (const QString& key : officeKeys) {
            m_preview->setItem(r, column++, new QTableWidgetItem(isolated(text(office.value(key)))));
        }
        const QJsonObject contact = row.value(QLatin1String("contact")).toObject();
        for (const QString& key : contactKeys) {
            m_preview->setItem(r, column++, new QTableWidgetItem(isolated(text(contact.value(key)))));
        }
        QStringList problems;
        for (const QJsonValue& problem : row.value(QLatin1String("errors")).toArray()) {
            problems.append(problem.toString());
        }
        auto* item = new QTableWidgetItem(problems.join(QStringLiteral("\n")));
        if (!problems.isEmpty()) {
            item->setForeground(Colors::error(m_preview->palette()));
        }
        m_preview->setItem(r, column, item);
    }
    m_preview->resizeColumnsToContents();
}

void ImportDialog::start(bool dryRun)
{
    if (!m_job || m_watcher->isRunning()) {
        return;
    }
    m_dryRun = dryRun;
    m_result->setPlainText(dryRun ? tr("Checking…") : tr("Importing…"));
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_progress->setVisible(true);
    for (QWidget* widget : std::initializer_list<QWidget*>{m_browse, m_check, m_import, m_mapping, m_sheet,
                                                           m_validOnly, m_duplicates}) {
        widget->setEnabled(false);
    }
    m_cancel->setEnabled(true);
    const bool validOnly = m_validOnly->isChecked();
    ImportJob* job = m_job.get();
    const QString path = m_cataloguePath;
    m_shown = false;
    // The worker opens its own connection: a catalogue connection belongs to one thread.
    m_watcher->setFuture(QtConcurrent::run(
        WorkerPools::longJobs(), [job, path, dryRun, validOnly](QPromise<ImportReport>& promise) {
            Catalogue::OpenResult opened =
                Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
            if (!opened.catalogue) {
                ImportReport report;
                report.fatal = opened.error;
                promise.addResult(report);
                return;
            }
            job->setRunOptions(dryRun, validOnly);
            promise.addResult(job->run(*opened.catalogue));
            // Shown from here on (reported()); the copy of the new pages
            // into the file follows on this thread, before the window's
            // next commit would make it on the GUI thread.
            job->checkpoint(*opened.catalogue);
        }));
}

void ImportDialog::reported()
{
    // A written import is shown at once, before its checkpoint; anything else when the worker ends.
    if (!m_shown && m_watcher->future().resultCount() > 0 && m_watcher->result().written) {
        showReport();
    }
}

void ImportDialog::showStep(ImportJob::Step step)
{
    switch (step) {
    case ImportJob::Step::Checking:
        m_result->setPlainText(m_dryRun ? tr("Checking…") : tr("Checking before importing…"));
        break;
    case ImportJob::Step::Writing:
        if (!m_dryRun) {
            m_result->setPlainText(tr("Importing…"));
        }
        break;
    case ImportJob::Step::Indexing:
        // The rows are committed: there is nothing left to cancel.
        m_cancel->setEnabled(false);
        m_progress->setRange(0, 0);
        m_progress->resetFormat();
        m_result->setPlainText(tr("Imported; making the new organisations searchable…"));
        break;
    }
}

void ImportDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_watcher->isRunning() || total <= 0) {
        return;
    }
    // The words first: the bar's text is whole when it says its value has changed.
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %Ln row(s)", nullptr, int(std::min<qint64>(total, INT_MAX)))
                              .arg(locale.toString(std::min(done, total))));
    // A progress bar holds ints: a count beyond that is shown in thousandths.
    const bool scaled = total > INT_MAX;
    m_progress->setRange(0, scaled ? 1000 : int(total));
    m_progress->setValue(scaled ? int(done * 1000 / total) : int(std::min(done, total)));
}

void ImportDialog::finished()
{
    if (!m_shown) {
        showReport();
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_browse, m_check, m_import, m_mapping, m_sheet,
                                                           m_validOnly, m_duplicates}) {
        widget->setEnabled(true);
    }
}

void ImportDialog::showReport()
{
    m_shown = true;
    const ImportReport report = m_watcher->result();
    m_progress->setVisible(false);
    m_cancel->setEnabled(false);
    const QLocale locale;
    QStringList lines;
    if (!report.fatal.isEmpty()) {
        lines.append(report.fatal);
    } else if (report.cancelled) {
        lines.append(tr("Cancelled: nothing was imported."));
    } else {
        lines.append(tr("%Ln row(s) read.", nullptr, report.rowsRead) + u' ' +
                     tr("%Ln of them refused.", nullptr, report.rowsRejected));
        if (report.errors() > 0 && !m_validOnly->isChecked()) {
            lines.append(tr("Nothing was imported: correct the rows below, or import the good rows only."));
        } else {
            const QStringList counts = {
                tr("%Ln new organisation(s)", nullptr, report.organisationsCreated),
                tr("%Ln organisation(s) updated", nullptr, report.organisationsUpdated),
                tr("%Ln organisation(s) unchanged", nullptr, report.organisationsUnchanged),
                tr("%Ln office(s) added", nullptr, report.officesAdded),
                tr("%Ln contact(s) added", nullptr, report.contactsAdded)};
            lines.append((report.written ? tr("Imported: %1.") : tr("Would import: %1."))
                             .arg(locale.createSeparatedList(counts)));
        }
        if (!report.rejectedFile.isEmpty()) {
            lines.append(
                tr("The refused rows and their reasons are in %1").arg(isolated(report.rejectedFile)));
        }
    }
    for (const ImportIssue& issue : report.issues) {
        lines.append((issue.isError() ? tr("Error: %1") : tr("Warning: %1")).arg(issue.toString()));
    }
    m_result->setPlainText(lines.join(u'\n'));
    if (report.fatal.isEmpty() && !report.cancelled) {
        showDuplicates(report.duplicates);
    }
    if (report.written) {
        emit imported();
    }
}

namespace {
QString organisationName(const QJsonObject& organisation)
{
    for (const char* key : {"name_ar", "name_en", "name_fr", "acronym"}) {
        const QString name = organisation.value(QLatin1String(key)).toString();
        if (!name.isEmpty()) {
            return name;
        }
    }
    return QString();
}
} // namespace

void ImportDialog::showDuplicates(const QList<ImportDuplicate>& duplicates)
{
    m_duplicateList = duplicates;
    m_duplicates->setRowCount(int(duplicates.size()));
    m_duplicates->parentWidget()->setVisible(!duplicates.isEmpty());
    const QLocale locale;
    for (int row = 0; row < duplicates.size(); ++row) {
        const ImportDuplicate& duplicate = duplicates[row];
        QStringList rows;
        for (int number : duplicate.rows.mid(0, 5)) {
            rows.append(locale.toString(number));
        }
        if (duplicate.rows.size() > 5) {
            rows.append(QStringLiteral("…"));
        }
        QString why;
        switch (duplicate.kind) {
        case ImportDuplicate::Kind::SameId:
            why = tr("same Dalil id");
            break;
        case ImportDuplicate::Kind::SameRegistration:
            why = tr("same registration number");
            break;
        case ImportDuplicate::Kind::SameName:
            why = tr("same name in the same country");
            break;
        case ImportDuplicate::Kind::Similar:
            why = tr("similar name in the same city");
            break;
        }
        m_duplicates->setItem(row, 0, new QTableWidgetItem(rows.join(QStringLiteral(", "))));
        m_duplicates->setItem(row, 1, new QTableWidgetItem(isolated(organisationName(duplicate.incoming))));
        m_duplicates->setItem(row, 2, new QTableWidgetItem(isolated(organisationName(duplicate.existing))));
        m_duplicates->setItem(row, 3, new QTableWidgetItem(why));
        m_duplicates->setItem(row, 4,
                              new QTableWidgetItem(duplicate.updates ? tr("Updates the catalogue's record")
                                                                     : tr("Adds a new organisation")));
    }
    m_duplicates->resizeColumnsToContents();
}

void ImportDialog::markDecision(int row, const QString& text)
{
    if (QTableWidgetItem* item = m_duplicates->item(row, 4)) {
        item->setText(text);
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
    }
}

MergeDialog* ImportDialog::mergeDuplicate(int row)
{
    if (!m_job || row < 0 || row >= m_duplicateList.size() || m_watcher->isRunning()) {
        return nullptr;
    }
    const ImportDuplicate duplicate = m_duplicateList[row];
    auto* dialog = new MergeDialog(duplicate.existing, duplicate.incoming,
                                   duplicate.kind != ImportDuplicate::Kind::SameId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, duplicate, row] {
        if (!m_job) {
            return;
        }
        if (dialog->keptApart()) {
            m_job->keepApart(duplicate.key);
            markDecision(row, tr("Adds a new organisation (your choice)"));
        } else {
            m_job->setMerge(duplicate.key, duplicate.existingId, dialog->mergedFields());
            markDecision(row, tr("Merged into the catalogue's record as you chose"));
        }
    });
    dialog->open();
    return dialog;
}

} // namespace dalil
