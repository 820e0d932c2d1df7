#pragma once

#include <QElapsedTimer>
#include <QLabel>
#include <QString>
#include <QTimer>

#include <functional>

namespace dalil {

// For a form that saves into the catalogue, when the catalogue cannot take the save now:
// - a sync writes a first pull (LongSyncWrite): the catalogue is locked for longer than a save can
//   wait. The form keeps everything typed, this notice says that the change waits for the download,
//   and the save is made by itself as soon as the pull has ended (committed, failed or stopped alike);
// - another program (an import, `dalil-cli`, a second window) holds the write lock: the save is tried
//   again every second from the event loop, the window staying responsive, for up to patience().
// While a save waits, closing the form or quitting asks first (confirmDiscard(), confirmQuit()): an
// edit is never dropped without the user saying so.
// The form adds the notice (hidden until a save waits) above its buttons.
class SaveAfterSync : public QLabel
{
    Q_OBJECT

public:
    enum class Reason
    {
        None,
        FirstPull,   // a sync's first pull holds the catalogue
        OtherProgram // another connection holds the write lock
    };

    SaveAfterSync(QString cataloguePath, QWidget* parent = nullptr);
    ~SaveAfterSync() override;

    // If a sync holds the catalogue: shows the notice, remembers `save` (the latest one wins) and
    // calls it once the catalogue is free, then returns true; the caller does not save now.
    // Otherwise returns false.
    bool waitIfSyncing(std::function<void()> save);
    // After a save refused because another program is writing: shows the notice and calls `save`
    // again in a second, and so on, returning true. Returns false (and stops waiting) once the first
    // refusal is older than patience(): the caller then tells the user.
    bool waitForOtherProgram(std::function<void()> save);
    bool isWaiting() const { return bool(m_save); }
    Reason reason() const { return m_reason; }
    // Forgets the waiting save: the user chose to discard the edit.
    void discard();

    // How long a save refused by another program's write lock is tried again (2 minutes).
    int patience() const { return m_patienceMs; }
    void setPatience(int milliseconds) { m_patienceMs = milliseconds; }
    // The catalogue's busy timeout for one try of a save from the window: short, so that the window
    // never freezes for long; the waiting happens between tries.
    static constexpr int kTryMs = 150;

    // Before the form closes without saving: when a save waits, asks whether to discard it. True to
    // go on closing (nothing waited, or the user discards the edit).
    bool confirmDiscard();
    // Before `window` (the main window) closes: when forms of it hold saves that wait, asks whether to
    // wait for them (the window then closes by itself once they are saved), keep editing, or discard
    // them. True to go on closing now.
    static bool confirmQuit(QWidget* window);
    // What to tell the user when waitForOtherProgram() gave up.
    QString gaveUpMessage() const;

signals:
    // A save began to wait (the notice is shown).
    void waitStarted();
    // A waiting save was made (it may have failed again: see isWaiting()).
    void waitEnded();

protected:
    void changeEvent(QEvent* event) override;

private:
    void onReleased();
    void retry();
    void stopWaiting();
    void retranslate();

    QString m_path;
    std::function<void()> m_save;
    Reason m_reason = Reason::None;
    QTimer m_retry;
    QElapsedTimer m_refusedSince; // the first refusal of this save by another program
    int m_patienceMs = 120000;
};

} // namespace dalil
