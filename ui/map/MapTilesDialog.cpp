#include "map/MapTilesDialog.h"

#include "common/Colors.h"

#include "geo/MbtilesTileProvider.h"
#include "geo/OnlineTileSource.h"

#include <algorithm>

#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace dalil {

namespace {

const QString kMode = QStringLiteral("map/tiles/mode");
const QString kUrl = QStringLiteral("map/tiles/url");
const QString kAttribution = QStringLiteral("map/tiles/attribution");
const QString kCache = QStringLiteral("map/tiles/cache");
const QString kFile = QStringLiteral("map/tiles/file");
const QString kMinZoom = QStringLiteral("map/tiles/minZoom");
const QString kMaxZoom = QStringLiteral("map/tiles/maxZoom");

// A path or an address inside a sentence in any language: read left to right, as one piece.
QString isolatedLtr(const QString& text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

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
    settings.minZoom = online.minZoom;
    settings.maxZoom = online.maxZoom;
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
    settings.minZoom = std::clamp(store.value(kMinZoom, fallback.minZoom).toInt(), 0, kHighestZoom);
    settings.maxZoom = std::clamp(store.value(kMaxZoom, fallback.maxZoom).toInt(), 0, kHighestZoom);
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
    store.setValue(kMinZoom, minZoom);
    store.setValue(kMaxZoom, maxZoom);
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
    , m_zoomLabel(new QLabel(this))
    , m_minZoom(new QSpinBox(this))
    , m_maxZoom(new QSpinBox(this))
    , m_zoomTo(new QLabel(this))
    , m_cacheLabel(new QLabel(this))
    , m_cache(new QLineEdit(this))
    , m_fileLabel(new QLabel(this))
    , m_filePath(new QLineEdit(this))
    , m_policy(new QLabel(this))
    , m_urlError(new QLabel(this))
    , m_attributionError(new QLabel(this))
    , m_zoomError(new QLabel(this))
    , m_fileError(new QLabel(this))
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
    m_minZoom->setObjectName(QStringLiteral("minZoom"));
    m_maxZoom->setObjectName(QStringLiteral("maxZoom"));
    m_urlError->setObjectName(QStringLiteral("urlError"));
    m_attributionError->setObjectName(QStringLiteral("attributionError"));
    m_zoomError->setObjectName(QStringLiteral("zoomError"));
    m_fileError->setObjectName(QStringLiteral("fileError"));
    m_intro->setWordWrap(true);
    m_policy->setWordWrap(true);
    for (QLabel* error : {m_urlError, m_attributionError, m_zoomError, m_fileError}) {
        error->setWordWrap(true);
        error->setTextFormat(Qt::PlainText);
        error->hide();
    }
    recolourErrors();
    for (QSpinBox* zoom : {m_minZoom, m_maxZoom}) {
        zoom->setRange(0, kHighestZoom);
    }
    m_urlError->setBuddy(m_url);
    m_attributionError->setBuddy(m_attribution);
    m_zoomError->setBuddy(m_maxZoom);
    m_fileError->setBuddy(m_filePath);
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
    // Each message right under its field.
    auto underField = [](QWidget* field, QLabel* error) {
        auto* column = new QVBoxLayout;
        column->setSpacing(2);
        column->addWidget(field);
        column->addWidget(error);
        return column;
    };
    onlineForm->addRow(m_urlLabel, underField(m_url, m_urlError));
    m_urlLabel->setBuddy(m_url);
    onlineForm->addRow(m_attributionLabel, underField(m_attribution, m_attributionError));
    m_attributionLabel->setBuddy(m_attribution);
    auto* zoomRow = new QHBoxLayout;
    zoomRow->addWidget(m_minZoom);
    zoomRow->addWidget(m_zoomTo);
    zoomRow->addWidget(m_maxZoom);
    zoomRow->addStretch(1);
    auto* zoomColumn = new QVBoxLayout;
    zoomColumn->setSpacing(2);
    zoomColumn->addLayout(zoomRow);
    zoomColumn->addWidget(m_zoomError);
    onlineForm->addRow(m_zoomLabel, zoomColumn);
    m_zoomLabel->setBuddy(m_minZoom);
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
    auto* fileColumn = new QVBoxLayout;
    fileColumn->setSpacing(2);
    fileColumn->addLayout(fileRow);
    fileColumn->addWidget(m_fileError);
    fileForm->addRow(m_fileLabel, fileColumn);
    m_fileLabel->setBuddy(m_filePath);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &MapTilesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &MapTilesDialog::reject);
    m_ok = buttons->button(QDialogButtonBox::Ok);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_off);
    layout->addWidget(m_online);
    layout->addWidget(m_onlineBox);
    layout->addWidget(m_file);
    layout->addWidget(m_fileBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    for (QRadioButton* button : {m_off, m_online, m_file}) {
        connect(button, &QRadioButton::toggled, this, &MapTilesDialog::updateEnabled);
    }
    for (QLineEdit* edit : {m_url, m_attribution, m_filePath}) {
        connect(edit, &QLineEdit::textChanged, this, [this] { validate(); });
    }
    for (QSpinBox* zoom : {m_minZoom, m_maxZoom}) {
        connect(zoom, &QSpinBox::valueChanged, this, [this] { validate(); });
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
    } else if (event->type() == QEvent::PaletteChange) {
        recolourErrors();
    }
    QDialog::changeEvent(event);
}

void MapTilesDialog::recolourErrors()
{
    // A dark red is unreadable on a dark window: the colour follows the palette in use.
    const QString style = Colors::textStyle(Colors::error(palette()));
    for (QLabel* error : {m_urlError, m_attributionError, m_zoomError, m_fileError}) {
        error->setStyleSheet(style);
    }
}

void MapTilesDialog::retranslate()
{
    setWindowTitle(tr("Map tiles"));
    m_intro->setText(tr("The map always works without a connection. Tiles add streets and terrain "
                        "under the markers."));
    m_off->setText(tr("&No tiles: the offline map only"));
    m_online->setText(tr("&Online tiles from a tile server"));
    m_file->setText(tr("A map &file (MBTiles) on this computer"));
    m_urlLabel->setText(tr("&Address template:"));
    m_url->setPlaceholderText(QStringLiteral("https://tile.openstreetmap.org/{z}/{x}/{y}.png"));
    m_attributionLabel->setText(tr("A&ttribution:"));
    m_zoomLabel->setText(tr("&Zoom levels:"));
    //: Between the lowest and the highest zoom level: "from 0 to 19".
    m_zoomTo->setText(tr("to"));
    m_minZoom->setAccessibleName(tr("Lowest zoom level"));
    m_maxZoom->setAccessibleName(tr("Highest zoom level"));
    m_cacheLabel->setText(tr("Cache file:"));
    m_fileLabel->setText(tr("&MBTiles file:"));
    m_policy->setText(tr("Only the tiles the map shows are downloaded, and each is kept in the cache "
                         "for as long as the server allows. Respect the tile server's usage policy."));
    m_browseCache->setText(tr("Choose…"));
    m_browseFile->setText(tr("Choose…"));
    validate(); // the messages shown follow the language
}

void MapTilesDialog::updateEnabled()
{
    m_onlineBox->setEnabled(m_online->isChecked());
    m_fileBox->setEnabled(m_file->isChecked());
    validate();
}

void MapTilesDialog::showAt(QLabel* label, const QString& message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    // A screen reader says what is wrong when the field gets the focus.
    if (QWidget* field = label->buddy()) {
        field->setAccessibleDescription(message);
    }
}

bool MapTilesDialog::validate(bool openFile)
{
    const Settings chosen = settings();
    QString url, attribution, zoom, file;
    if (chosen.mode == Mode::Online) {
        if (chosen.urlTemplate.isEmpty()) {
            url = tr("Enter the address of the tile server, for example "
                     "https://tile.example.org/{z}/{x}/{y}.png");
        } else {
            QStringList missing;
            for (const char* part : {"{z}", "{x}", "{y}"}) {
                if (!chosen.urlTemplate.contains(QLatin1String(part))) {
                    missing.append(isolatedLtr(QLatin1String(part)));
                }
            }
            if (!missing.isEmpty()) {
                url = tr("The address must contain %1, for example https://tile.example.org/{z}/{x}/{y}.png")
                          .arg(locale().createSeparatedList(missing));
            } else if (!OnlineTileSource::checkTemplate(chosen.urlTemplate).isEmpty()) {
                url = tr("The address must start with https:// or http://");
            }
        }
        if (chosen.attribution.isEmpty()) {
            attribution = tr("Tile servers require their attribution on the map: please fill it in.");
        }
        if (chosen.minZoom > chosen.maxZoom) {
            zoom = tr("The lowest zoom level (%1) must not be above the highest (%2).")
                       .arg(locale().toString(chosen.minZoom), locale().toString(chosen.maxZoom));
        }
    } else if (chosen.mode == Mode::File) {
        if (chosen.filePath.isEmpty()) {
            file = tr("Choose the MBTiles file to use as the basemap.");
        } else if (!QFileInfo(chosen.filePath).isFile()) {
            file = tr("There is no file at %1.").arg(isolatedLtr(chosen.filePath));
        } else if (openFile) {
            QString error;
            createProvider(chosen, &error);
            file = error;
        }
    }
    showAt(m_urlError, url);
    showAt(m_attributionError, attribution);
    showAt(m_zoomError, zoom);
    showAt(m_fileError, file);
    const bool valid = url.isEmpty() && attribution.isEmpty() && zoom.isEmpty() && file.isEmpty();
    if (m_ok) {
        m_ok->setEnabled(valid);
    }
    return valid;
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
    m_minZoom->setValue(settings.minZoom);
    m_maxZoom->setValue(settings.maxZoom);
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
    settings.minZoom = m_minZoom->value();
    settings.maxZoom = m_maxZoom->value();
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
    // The MBTiles file is opened now: a damaged one is refused with its message at the field.
    if (!validate(true)) {
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
        if (settings.minZoom > settings.maxZoom) {
            *error = tr("The lowest zoom level (%1) must not be above the highest (%2).")
                         .arg(QLocale().toString(settings.minZoom), QLocale().toString(settings.maxZoom));
            return nullptr;
        }
        OnlineTileSource::Config config;
        config.urlTemplate = settings.urlTemplate;
        config.attribution = settings.attribution;
        config.minZoom = settings.minZoom;
        config.maxZoom = settings.maxZoom;
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
