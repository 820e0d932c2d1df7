#include "map/MapTilesDialog.h"

#include "geo/MbtilesTileProvider.h"
#include "geo/OnlineTileSource.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dalil {

namespace {

const QString kMode = QStringLiteral("map/tiles/mode");
const QString kUrl = QStringLiteral("map/tiles/url");
const QString kAttribution = QStringLiteral("map/tiles/attribution");
const QString kCache = QStringLiteral("map/tiles/cache");
const QString kFile = QStringLiteral("map/tiles/file");

QString modeName(MapTilesDialog::Mode mode)
{
    switch (mode) {
    case MapTilesDialog::Mode::Online:
        return QStringLiteral("online");
    case MapTilesDialog::Mode::File:
        return QStringLiteral("file");
    case MapTilesDialog::Mode::Off:
        break;
    }
    return QStringLiteral("off");
}

} // namespace

MapTilesDialog::Settings MapTilesDialog::Settings::defaults()
{
    const OnlineTileSource::Config online;
    Settings settings;
    settings.urlTemplate = online.urlTemplate;
    settings.attribution = online.attribution;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (dir.isEmpty()) {
        dir = QDir::tempPath();
    }
    settings.cachePath = QDir(dir).filePath(QStringLiteral("map-tiles.mbtiles"));
    return settings;
}

MapTilesDialog::Settings MapTilesDialog::Settings::load()
{
    const Settings fallback = defaults();
    QSettings store;
    Settings settings;
    const QString mode = store.value(kMode).toString();
    settings.mode = mode == QLatin1String("online") ? Mode::Online
                    : mode == QLatin1String("file") ? Mode::File
                                                    : Mode::Off;
    settings.urlTemplate = store.value(kUrl, fallback.urlTemplate).toString();
    settings.attribution = store.value(kAttribution, fallback.attribution).toString();
    settings.cachePath = store.value(kCache, fallback.cachePath).toString();
    settings.filePath = store.value(kFile).toString();
    return settings;
}

void MapTilesDialog::Settings::save() const
{
    QSettings store;
    store.setValue(kMode, modeName(mode));
    store.setValue(kUrl, urlTemplate);
    store.setValue(kAttribution, attribution);
    store.setValue(kCache, cachePath);
    store.setValue(kFile, filePath);
}

MapTilesDialog::MapTilesDialog(QWidget* parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_off(new QRadioButton(this))
    , m_online(new QRadioButton(this))
    , m_file(new QRadioButton(this))
    , m_urlLabel(new QLabel(this))
    , m_url(new QLineEdit(this))
    , m_attributionLabel(new QLabel(this))
    , m_attribution(new QLineEdit(this))
    , m_cacheLabel(new QLabel(this))
    , m_cache(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_filePath(new QLineEdit(this))
    , m_policy(new QLabel(this))
    , m_error(new QLabel(this))
    , m_onlineBox(new QWidget(this))
    , m_fileBox(new QWidget(this))
{
    setObjectName(QStringLiteral("mapTilesDialog"));
    m_off->setObjectName(QStringLiteral("tilesOff"));
    m_online->setObjectName(QStringLiteral("tilesOnline"));
    m_file->setObjectName(QStringLiteral("tilesFile"));
    m_url->setObjectName(QStringLiteral("urlTemplate"));
    m_attribution->setObjectName(QStringLiteral("attribution"));
    m_cache->setObjectName(QStringLiteral("cacheFile"));
    m_filePath->setObjectName(QStringLiteral("mbtilesFile"));
    m_error->setObjectName(QStringLiteral("error"));
    m_intro->setWordWrap(true);
    m_policy->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    m_error->hide();
    // URLs and file paths read left to right whatever the interface language.
    for (QLineEdit* edit : {m_url, m_cache, m_filePath}) {
        edit->setLayoutDirection(Qt::LeftToRight);
    }

    auto* browseCache = new QPushButton(this);
    browseCache->setObjectName(QStringLiteral("browseCache"));
    connect(browseCache, &QPushButton::clicked, this, &MapTilesDialog::browseCache);
    auto* browseFile = new QPushButton(this);
    browseFile->setObjectName(QStringLiteral("browseFile"));
    connect(browseFile, &QPushButton::clicked, this, &MapTilesDialog::browseFile);

    auto* onlineForm = new QFormLayout(m_onlineBox);
    onlineForm->setContentsMargins(24, 0, 0, 0);
    onlineForm->addRow(m_urlLabel, m_url);
    onlineForm->addRow(m_attributionLabel, m_attribution);
    auto* cacheRow = new QHBoxLayout;
    cacheRow->addWidget(m_cache, 1);
    cacheRow->addWidget(browseCache);
    onlineForm->addRow(m_cacheLabel, cacheRow);
    onlineForm->addRow(m_policy);

    auto* fileForm = new QFormLayout(m_fileBox);
    fileForm->setContentsMargins(24, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_filePath, 1);
    fileRow->addWidget(browseFile);
    fileForm->addRow(m_fileLabel, fileRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MapTilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MapTilesDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_off);
    layout->addWidget(m_online);
    layout->addWidget(m_onlineBox);
    layout->addWidget(m_file);
    layout->addWidget(m_fileBox);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QRadioButton* button : {m_off, m_online, m_file}) {
        connect(button, &QRadioButton::toggled, this, &MapTilesDialog::updateEnabled);
    }
    m_browseCache = browseCache;
    m_browseFile = browseFile;
    setSettings(Settings::defaults());
    retranslate();
    resize(560, sizeHint().height());
}

void MapTilesDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QDialog::changeEvent(event);
}

void MapTilesDialog::retranslate()
{
    setWindowTitle(tr("Map tiles"));
    m_intro->setText(tr("The map always works without a connection. Tiles add streets and terrain "
                        "under the markers."));
    m_off->setText(tr("&No tiles: the offline map only"));
    m_online->setText(tr("&Online tiles from a tile server"));
    m_file->setText(tr("A map &file (MBTiles) on this computer"));
    m_urlLabel->setText(tr("Address template:"));
    m_url->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    m_attributionLabel->setText(tr("Attribution:"));
    m_cacheLabel->setText(tr("Cache file:"));
    m_fileLabel->setText(tr("MBTiles file:"));
    m_policy->setText(tr("Only the tiles the map shows are downloaded, and each is kept in the cache "
                         "for as long as the server allows. Respect the tile server's usage policy."));
    m_browseCache->setText(tr("Choose…"));
    m_browseFile->setText(tr("Choose…"));
}

void MapTilesDialog::updateEnabled()
{
    m_onlineBox->setEnabled(m_online->isChecked());
    m_fileBox->setEnabled(m_file->isChecked());
    m_error->hide();
}

void MapTilesDialog::setSettings(const Settings& settings)
{
    m_off->setChecked(settings.mode == Mode::Off);
    m_online->setChecked(settings.mode == Mode::Online);
    m_file->setChecked(settings.mode == Mode::File);
    m_url->setText(settings.urlTemplate);
    m_attribution->setText(settings.attribution);
    m_cache->setText(settings.cachePath);
    m_filePath->setText(settings.filePath);
    updateEnabled();
}

MapTilesDialog::Settings MapTilesDialog::settings() const
{
    Settings settings;
    settings.mode = m_online->isChecked() ? Mode::Online : m_file->isChecked() ? Mode::File : Mode::Off;
    settings.urlTemplate = m_url->text().trimmed();
    settings.attribution = m_attribution->text().trimmed();
    settings.cachePath = m_cache->text().trimmed();
    settings.filePath = m_filePath->text().trimmed();
    return settings;
}

QString MapTilesDialog::check() const
{
    const Settings chosen = settings();
    if (chosen.mode == Mode::Off) {
        return {};
    }
    QString error;
    createProvider(chosen, &error);
    return error;
}

void MapTilesDialog::accept()
{
    const QString error = check();
    if (!error.isEmpty()) {
        m_error->setText(error);
        m_error->show();
        return;
    }
    QDialog::accept();
}

std::unique_ptr<TileProvider> MapTilesDialog::createProvider(const Settings& settings, QString* error)
{
    error->clear();
    switch (settings.mode) {
    case Mode::Off:
        return nullptr;
    case Mode::Online: {
        if (QString problem = OnlineTileSource::checkTemplate(settings.urlTemplate); !problem.isEmpty()) {
            *error = problem;
            return nullptr;
        }
        if (settings.attribution.isEmpty()) {
            *error = tr("Tile servers require their attribution on the map: please fill it in.");
            return nullptr;
        }
        OnlineTileSource::Config config;
        config.urlTemplate = settings.urlTemplate;
        config.attribution = settings.attribution;
        return std::make_unique<OnlineTileSource>(config, settings.cachePath);
    }
    case Mode::File: {
        if (settings.filePath.isEmpty()) {
            *error = tr("Choose the MBTiles file to use as the basemap.");
            return nullptr;
        }
        MbtilesTileProvider::OpenResult opened = MbtilesTileProvider::open(settings.filePath);
        if (!opened.provider) {
            *error = opened.error;
            return nullptr;
        }
        return std::move(opened.provider);
    }
    }
    return nullptr;
}

void MapTilesDialog::browseCache()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Cache file for map tiles"), m_cache->text(),
                                                      tr("MBTiles files (*.mbtiles)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty()) {
        m_cache->setText(QDir::toNativeSeparators(path));
    }
}

void MapTilesDialog::browseFile()
{
    const QString start =
        m_filePath->text().isEmpty() ? QDir::homePath() : QFileInfo(m_filePath->text()).path();
    const QString path = QFileDialog::getOpenFileName(this, tr("Map file"), start,
                                                      tr("MBTiles files (*.mbtiles);;All files (*)"));
    if (!path.isEmpty()) {
        m_filePath->setText(QDir::toNativeSeparators(path));
        m_file->setChecked(true);
    }
}

} // namespace dalil
