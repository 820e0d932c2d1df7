#include "importexport/ExportDialog.h"

#include "catalogue/Catalogue.h"
#include "catalogue/WorkerPools.h"
#include "exchange/ExportJob.h"
#include "search/SearchEngine.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <climits>

namespace dalil {

ExportDialog::ExportDialog(QString cataloguePath, QWidget* parent)
    : QDialog(parent)
    , m_cataloguePath(std::move(cataloguePath))
{
    setObjectName(QStringLiteral("exportDialog"));
    auto* layout = new QVBoxLayout(this);
    m_scope = new QLabel(this);
    m_scope->setWordWrap(true);
    layout->addWidget(m_scope);
    auto* form = new QFormLayout;
    m_kind = new QComboBox(this);
    m_format = new QComboBox(this);
    m_private = new QCheckBox(this);
    m_hxl = new QCheckBox(this);
    m_title = new QLineEdit(this);
    auto* outputRow = new QHBoxLayout;
    m_output = new QLineEdit(this);
    m_browse = new QPushButton(this);
    outputRow->addWidget(m_output, 1);
    outputRow->addWidget(m_browse);
    // A dialog lives for one export: its labels are set once, in the language of the moment.
    form->addRow(tr("&What"), m_kind);
    form->addRow(tr("&Format"), m_format);
    form->addRow(m_private);
    form->addRow(m_hxl);
    form->addRow(tr("&Title"), m_title);
    form->addRow(tr("File"), outputRow);
    layout->addLayout(form);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setRange(0, 0);
    m_progress->setVisible(false);
    layout->addWidget(m_progress);
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_export = new QPushButton(this);
    m_export->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelExport"));
    m_cancel->setEnabled(false);
    m_close = new QPushButton(this);
    buttons->addWidget(m_export);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    for (const QString& kind : ExportJob::kinds()) {
        m_kind->addItem(QString(), kind);
    }
    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::finished);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ExportDialog::updateFormats);
    connect(m_format, &QComboBox::currentIndexChanged, this, [this] {
        const QString format = m_format->currentData().toString();
        m_hxl->setEnabled(format == QLatin1String("csv") || format == QLatin1String("xlsx"));
        m_title->setEnabled(format == QLatin1String("pdf") || format == QLatin1String("kml"));
        const QString path = m_output->text();
        if (!path.isEmpty()) {
            m_output->setText(
                QFileInfo(path).dir().filePath(QFileInfo(path).completeBaseName() + u'.' + format));
        }
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::exportNow);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    // Closing the dialog stops its export: nobody would be told how it ended.
    connect(this, &QDialog::rejected, this, &ExportDialog::cancelExport);
    retranslate();
    updateFormats();
}

ExportDialog::~ExportDialog()
{
    cancelExport();
    m_watcher->waitForFinished();
}

void ExportDialog::retranslate()
{
    setWindowTitle(tr("Export"));
    const QStringList labels = {tr("Organisations"), tr("Contacts"), tr("Funding opportunities"),
                                tr("Resources"), tr("Events")};
    for (int i = 0; i < m_kind->count() && i < labels.size(); ++i) {
        m_kind->setItemText(i, labels[i]);
    }
    m_private->setText(tr("&Include private contacts (they are left out unless you tick this)"));
    m_hxl->setText(tr("&Add a row of HXL hashtags under the headers"));
    m_title->setPlaceholderText(tr("Directory of organisations"));
    m_browse->setText(tr("&Choose…"));
    m_export->setText(tr("Export"));
    m_cancel->setText(tr("Cancel &export"));
    m_close->setText(tr("C&lose"));
    m_scope->setText(m_selection.isEmpty() ? (!m_search && m_countries.isEmpty() && m_sectors.isEmpty() &&
                                                      m_types.isEmpty() && m_query.isEmpty()
                                                  ? tr("The whole catalogue.")
                                                  : tr("The records of the current search."))
                                           : tr("The %n selected records.", "", int(m_selection.size())));
}

void ExportDialog::updateFormats()
{
    const QString kind = m_kind->currentData().toString();
    const QString previous = m_format->currentData().toString();
    const QSignalBlocker blocker(m_format);
    m_format->clear();
    const QList<QPair<QString, QString>> formats = {
        {QStringLiteral("xlsx"), tr("Excel workbook (.xlsx)")},
        {QStringLiteral("csv"), tr("CSV for Excel (.csv)")},
        {QStringLiteral("vcf"), tr("Address book (vCard .vcf)")},
        {QStringLiteral("pdf"), tr("Printable directory (.pdf)")},
        {QStringLiteral("geojson"), tr("Map points (GeoJSON)")},
        {QStringLiteral("kml"), tr("Map points (KML, Google Earth)")},
        {QStringLiteral("json"), tr("Dalil JSON")}};
    for (const auto& [format, label] : formats) {
        if (ExportJob::checkFormat(kind, format).isEmpty()) {
            m_format->addItem(label, format);
        }
    }
    const int index = m_format->findData(previous);
    m_format->setCurrentIndex(index >= 0 ? index : 0);
    const bool people = kind == QLatin1String("organisations") || kind == QLatin1String("contacts");
    m_private->setEnabled(people);
}

void ExportDialog::setSelection(const QSet<QString>& ids)
{
    m_selection = ids;
    retranslate();
}

void ExportDialog::setFilters(const QStringList& countries, const QStringList& sectors,
                              const QStringList& types, const QString& query)
{
    m_countries = countries;
    m_sectors = sectors;
    m_types = types;
    m_query = query;
    retranslate();
}

void ExportDialog::setSearch(const SearchQuery& query)
{
    m_search = query;
    m_search->offset = 0;
    retranslate();
}

void ExportDialog::setKind(const QString& kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void ExportDialog::setFormat(const QString& format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ExportDialog::setOutput(const QString& path)
{
    m_output->setText(path);
}

void ExportDialog::setIncludePrivate(bool include)
{
    m_private->setChecked(include);
}

bool ExportDialog::isRunning() const
{
    return m_watcher->isRunning();
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

void ExportDialog::cancelExport()
{
    if (m_job && m_watcher->isRunning()) {
        m_job->cancel();
        m_cancel->setEnabled(false);
        m_status->setText(tr("Cancelling…"));
    }
}

void ExportDialog::showProgress(qint64 done, qint64 total)
{
    if (!m_watcher->isRunning() || total <= 0) {
        return;
    }
    // A progress bar holds ints: a count beyond that is shown in thousandths.
    const bool scaled = total > INT_MAX;
    m_progress->setRange(0, scaled ? 1000 : int(total));
    m_progress->setValue(scaled ? int(done * 1000 / total) : int(std::min(done, total)));
    const QLocale locale;
    m_progress->setFormat(tr("%1 of %2").arg(locale.toString(std::min(done, total)), locale.toString(total)));
}

void ExportDialog::browse()
{
    const QString format = m_format->currentData().toString();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export"), m_output->text(),
                                                      tr("%1 files (*.%2)").arg(format.toUpper(), format));
    if (!path.isEmpty()) {
        m_output->setText(QFileInfo(path).suffix().isEmpty() ? path + u'.' + format : path);
    }
}

void ExportDialog::exportNow()
{
    if (m_watcher->isRunning()) {
        return;
    }
    if (m_output->text().trimmed().isEmpty()) {
        browse();
        if (m_output->text().trimmed().isEmpty()) {
            return;
        }
    }
    ExportJob::Options options;
    options.kind = m_kind->currentData().toString();
    options.format = m_format->currentData().toString();
    options.out = m_output->text().trimmed();
    options.includePrivate = m_private->isChecked() && m_private->isEnabled();
    options.hxl = m_hxl->isChecked() && m_hxl->isEnabled();
    options.title = m_title->text().trimmed();
    options.ids = m_selection;
    options.countries = m_countries;
    options.sectors = m_sectors;
    options.types = m_types;
    options.query = m_query;
    m_export->setEnabled(false);
    m_cancel->setEnabled(true);
    // Busy until the job knows its total.
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->resetFormat();
    m_progress->setVisible(true);
    m_status->setText(tr("Exporting…"));
    const QString path = m_cataloguePath;
    const std::optional<SearchQuery> search = m_search;
    // The job is made here so that Cancel can reach it; its progress signals come from the worker
    // and are queued to this dialog.
    auto job = std::make_shared<ExportJob>(options);
    m_job = job;
    connect(job.get(), &ExportJob::progress, this, &ExportDialog::showProgress, Qt::QueuedConnection);
    m_watcher->setFuture(QtConcurrent::run(WorkerPools::longJobs(), [job, options, path, search]() mutable {
        Outcome outcome;
        // Opened, used and closed on this worker thread alone.
        Catalogue::OpenResult opened =
            Catalogue::open(path, Database::Mode::OpenExisting, Database::Threading::OneThread);
        if (!opened.catalogue) {
            outcome.error = opened.error;
            return outcome;
        }
        if (search && options.ids.isEmpty()) {
            // The same engine as the list, so the file holds exactly what the search finds.
            SearchEngine engine(opened.catalogue->database());
            const QStringList ids = engine.allIds(*search);
            options.ids = QSet<QString>(ids.cbegin(), ids.cend());
            options.idsOnly = true;
            job->setSelection(options.ids);
        }
        const ExportJob::Result result = job->run(*opened.catalogue);
        outcome.records = result.records;
        outcome.features = result.features;
        outcome.error = result.error;
        outcome.cancelled = result.cancelled;
        return outcome;
    }));
}

void ExportDialog::finished()
{
    const Outcome outcome = m_watcher->result();
    if (m_job) {
        disconnect(m_job.get(), nullptr, this, nullptr);
    }
    m_job.reset();
    m_export->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->setVisible(false);
    if (outcome.cancelled) {
        m_status->setText(tr("Export cancelled: no file was written."));
        return;
    }
    if (!outcome.error.isEmpty()) {
        m_status->setText(outcome.error);
        return;
    }
    m_status->setText(tr("Wrote %n records to %1", "", outcome.records)
                          .arg(QChar(0x2068) + m_output->text() + QChar(0x2069)));
}

} // namespace dalil
