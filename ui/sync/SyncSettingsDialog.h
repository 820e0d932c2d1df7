#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;

namespace dalil {

// Connection settings for the hub. TLS with a checked certificate is the default; the user may
// choose otherwise for a hub on a local network. The password is kept in the desktop keyring when
// there is one (PasswordStore), else asked once per session; it never goes into the settings file.
class SyncSettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SyncSettingsDialog(QWidget* parent = nullptr);

    // The hub address without password, as SyncEngine takes it; empty when no host is given.
    QString url() const;
    QString password() const;
    bool rememberPassword() const;
    int intervalMinutes() const; // 0: only when asked
    QString sslMode() const;

    // What load() would show, without a dialog: the stored address (empty when none) and interval.
    static QString storedUrl();
    static int storedInterval();
    // The address for these fields; empty when `host` is.
    static QString hubUrl(const QString& host, int port, const QString& database, const QString& user,
                          const QString& sslMode);

    void load(); // from QSettings group "sync"
    void save() const;

private:
    QLineEdit* m_host;
    QSpinBox* m_port;
    QLineEdit* m_database;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QCheckBox* m_remember;
    QComboBox* m_security;
    QCheckBox* m_automatic;
    QSpinBox* m_interval;
};

} // namespace dalil
