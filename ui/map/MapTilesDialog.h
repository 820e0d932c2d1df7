#pragma once

#include <QDialog>
#include <QString>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QWidget;

namespace dalil {

class TileProvider;

// Where the map's raster tiles come from (issue 5): nothing (the offline basemap alone, the
// default: Dalil never goes online unless asked), an XYZ tile server (OpenStreetMap unless the
// user names another, with its attribution) cached in an MBTiles file, or an MBTiles file of the
// user's as an offline basemap. Kept in QSettings under map/tiles/.
class MapTilesDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Off,
        Online,
        File
    };

    struct Settings
    {
        Mode mode = Mode::Off;
        QString urlTemplate;
        QString attribution;
        QString cachePath;
        QString filePath;
        // The zooms the tile server is asked for (online tiles).
        int minZoom = 0;
        int maxZoom = 19;

        static Settings defaults();
        static Settings load();
        void save() const;
    };

    explicit MapTilesDialog(QWidget* parent = nullptr);

    void setSettings(const Settings& settings);
    Settings settings() const;
    // What is wrong with the choice, in words for the user; empty when it can be used.
    QString check() const;
    // Refuses to close (and says why, at the field) while check() finds a problem.
    void accept() override;
    // Zoom levels a tile server may be asked for.
    static constexpr int kHighestZoom = 22;

    // The provider the settings ask for; null when tiles are off, or when they cannot be used
    // (then `error` says why: a damaged MBTiles file is never used).
    static std::unique_ptr<TileProvider> createProvider(const Settings& settings, QString* error);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void recolourErrors();
    void updateEnabled();
    // Checks every field of the chosen kind of tiles as the user types: the message goes under
    // the field, in the interface language, and OK stays off until nothing is wrong. Opening the
    // MBTiles file waits for OK (`openFile`).
    bool validate(bool openFile = false);
    void showAt(QLabel* label, const QString& message);
    void browseCache();
    void browseFile();

    QLabel* m_intro;
    QRadioButton* m_off;
    QRadioButton* m_online;
    QRadioButton* m_file;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_attributionLabel;
    QLineEdit* m_attribution;
    QLabel* m_zoomLabel;
    QSpinBox* m_minZoom;
    QSpinBox* m_maxZoom;
    QLabel* m_zoomTo;
    QLabel* m_cacheLabel;
    QLineEdit* m_cache;
    QLabel* m_fileLabel;
    QLineEdit* m_filePath;
    QLabel* m_policy;
    // One message under each field that can be wrong.
    QLabel* m_urlError;
    QLabel* m_attributionError;
    QLabel* m_zoomError;
    QLabel* m_fileError;
    QPushButton* m_ok = nullptr;
    QWidget* m_onlineBox;
    QWidget* m_fileBox;
    QPushButton* m_browseCache = nullptr;
    QPushButton* m_browseFile = nullptr;
};

} // namespace dalil
