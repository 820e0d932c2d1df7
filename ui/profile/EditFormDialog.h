#pragma once

#include <QDialog>

class QAction;
class QEventLoop;

namespace dalil {

class SaveAfterSync;

// The dialog of a form that saves into the catalogue (RecordEditDialog, EventEditDialog), with its
// SaveAfterSync notice for the save that has to wait (a first pull, another program writing).
// - exec() blocks the window as QDialog::exec() does while the person edits; once the save waits,
//   the form stops blocking it: Qt drops the window system's close of a window a modal dialog
//   blocks, so quitting (the window's close button, Ctrl+Q) did nothing while an edit waited.
//   Now it asks (SaveAfterSync::confirmQuit) and nothing is lost. The modality of a shown window
//   cannot change, and hiding a dialog ends QDialog::exec(): so exec() runs its own event loop,
//   which goes on while the form is shown again without modality.
// - Cancel, Esc and the form's close button ask before an edit that waits is discarded.
// - Ctrl+Q while the form blocks the window quits as it does in the window: it asks about the
//   form's unsaved change (save and quit, keep editing, discard and quit), then closes the window.
class EditFormDialog : public QDialog
{
    Q_OBJECT
public:
    EditFormDialog(const QString& cataloguePath, QWidget* parent = nullptr);
    ~EditFormDialog() override;

    SaveAfterSync* saveAfterSync() const { return m_saveAfterSync; }
    // The form blocks the rest of the application (exec() and nothing waits yet).
    bool blocksWindows() const { return isVisible() && windowModality() != Qt::NonModal; }

    int exec() override;
    void done(int result) override;
    void setVisible(bool visible) override;
    // Asks first when a save waits (SaveAfterSync): the edit is discarded only if the user says so.
    void reject() override;

protected:
    // Whether the form holds a change not saved yet (asked before Ctrl+Q quits); unknown: true.
    virtual bool hasUnsavedChanges() const { return true; }

private:
    void stopBlocking();
    void quitFromForm();

    SaveAfterSync* m_saveAfterSync = nullptr;
    QEventLoop* m_loop = nullptr;
    QAction* m_quit = nullptr;
    bool m_reshowing = false;
};

} // namespace dalil
