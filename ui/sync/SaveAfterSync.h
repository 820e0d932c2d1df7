#pragma once

#include <QLabel>
#include <QString>

#include <functional>

namespace dalil {

// For a form that saves into the catalogue. While a sync writes a first pull (LongSyncWrite), the
// catalogue is locked for longer than a save can wait, and the save would fail. Instead the form
// keeps everything typed, this notice says that the change waits for the download, and the save is
// made by itself as soon as the pull has ended (committed, failed or stopped alike).
// The form adds the notice (hidden until a save waits) above its buttons.
class SaveAfterSync : public QLabel
{
    Q_OBJECT

public:
    SaveAfterSync(QString cataloguePath, QWidget* parent = nullptr);

    // If a sync holds the catalogue: shows the notice, remembers `save` (the latest one wins) and
    // calls it once the catalogue is free, then returns true; the caller does not save now.
    // Otherwise returns false.
    bool waitIfSyncing(std::function<void()> save);
    bool isWaiting() const { return bool(m_save); }

protected:
    void changeEvent(QEvent* event) override;

private:
    void onReleased();
    void retranslate();

    QString m_path;
    std::function<void()> m_save;
};

} // namespace dalil
