#include "sync/SyncSettingsDialog.h"

#include "sync/PasswordStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QUrl>
#include <QUrlQuery>
#include <QVBoxLayout>

#include <algorithm>

namespace dalil {

SyncSettingsDialog::SyncSettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the keyring of this computer"), this))
    , m_security(new QComboBox(this))
    , m_automatic(new QCheckBox(tr("&Sync automatically"), this))
    , m_interval(new QSpinBox(this))
{
    setWindowTitle(tr("Hub connection"));
    m_host->setObjectName(QStringLiteral("host"));
    m_host->setPlaceholderText(tr("hub.example.org"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database->setText(QStringLiteral("dalil"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setObjectName(QStringLiteral("password"));
    m_remember->setEnabled(PasswordStore::keyringAvailable());
    if (!PasswordStore::keyringAvailable()) {
        m_remember->setToolTip(tr("No keyring on this computer: the password is asked once per session"));
    }
    m_security->setObjectName(QStringLiteral("security"));
    m_security->addItem(tr("Encrypted, server certificate checked (recommended)"),
                        QStringLiteral("verify-full"));
    m_security->addItem(tr("Encrypted, certificate not checked (local network)"), QStringLiteral("require"));
    m_security->addItem(tr("Not encrypted (local network only)"), QStringLiteral("disable"));
    m_interval->setRange(1, 24 * 60);
    m_interval->setValue(15);
    m_interval->setSuffix(tr(" min"));
    connect(m_automatic, &QCheckBox::toggled, m_interval, &QWidget::setEnabled);
    m_automatic->setChecked(true);

    auto* form = new QFormLayout;
    form->addRow(tr("S&erver"), m_host);
    form->addRow(tr("&Port"), m_port);
    form->addRow(tr("&Database"), m_database);
    form->addRow(tr("&User"), m_user);
    form->addRow(tr("P&assword"), m_password);
    form->addRow(QString(), m_remember);
    form->addRow(tr("Se&curity"), m_security);
    form->addRow(m_automatic, m_interval);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString SyncSettingsDialog::sslMode() const
{
    return m_security->currentData().toString();
}

QString SyncSettingsDialog::url() const
{
    return hubUrl(m_host->text(), m_port->value(), m_database->text(), m_user->text(), sslMode());
}

QString SyncSettingsDialog::hubUrl(const QString& host, int port, const QString& database,
                                   const QString& user, const QString& sslMode)
{
    if (host.trimmed().isEmpty()) {
        return {};
    }
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host.trimmed());
    url.setPort(port);
    url.setUserName(user.trimmed());
    url.setPath(QLatin1Char('/') + database.trimmed());
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    url.setQuery(query);
    return url.toString();
}

QString SyncSettingsDialog::password() const
{
    return m_password->text();
}

bool SyncSettingsDialog::rememberPassword() const
{
    return m_remember->isEnabled() && m_remember->isChecked();
}

int SyncSettingsDialog::intervalMinutes() const
{
    return m_automatic->isChecked() ? m_interval->value() : 0;
}

// Read from the settings, not through a dialog: the window asks at start-up, and building the
// dialog would ask the desktop's keyring whether it answers (a D-Bus round trip) before it paints.
QString SyncSettingsDialog::storedUrl()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    const QString sslMode =
        settings.value(QStringLiteral("sslmode"), QStringLiteral("verify-full")).toString();
    const QStringList known = {QStringLiteral("verify-full"), QStringLiteral("require"),
                               QStringLiteral("disable")};
    return hubUrl(settings.value(QStringLiteral("host")).toString(),
                  std::clamp(settings.value(QStringLiteral("port"), 5432).toInt(), 1, 65535),
                  settings.value(QStringLiteral("database"), QStringLiteral("dalil")).toString(),
                  settings.value(QStringLiteral("user")).toString(),
                  known.contains(sslMode) ? sslMode : known.first());
}

int SyncSettingsDialog::storedInterval()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    const int interval = settings.value(QStringLiteral("interval"), 15).toInt();
    return interval > 0 ? std::min(interval, 24 * 60) : 0;
}

void SyncSettingsDialog::load()
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    m_host->setText(settings.value(QStringLiteral("host")).toString());
    m_port->setValue(settings.value(QStringLiteral("port"), 5432).toInt());
    m_database->setText(settings.value(QStringLiteral("database"), QStringLiteral("dalil")).toString());
    m_user->setText(settings.value(QStringLiteral("user")).toString());
    const int security =
        m_security->findData(settings.value(QStringLiteral("sslmode"), QStringLiteral("verify-full")));
    m_security->setCurrentIndex(security < 0 ? 0 : security);
    const int interval = settings.value(QStringLiteral("interval"), 15).toInt();
    m_automatic->setChecked(interval > 0);
    m_interval->setValue(interval > 0 ? interval : 15);
    m_remember->setChecked(settings.value(QStringLiteral("remember"), true).toBool());
}

void SyncSettingsDialog::save() const
{
    QSettings settings;
    settings.beginGroup(QStringLiteral("sync"));
    settings.setValue(QStringLiteral("host"), m_host->text().trimmed());
    settings.setValue(QStringLiteral("port"), m_port->value());
    settings.setValue(QStringLiteral("database"), m_database->text().trimmed());
    settings.setValue(QStringLiteral("user"), m_user->text().trimmed());
    settings.setValue(QStringLiteral("sslmode"), sslMode());
    settings.setValue(QStringLiteral("interval"), intervalMinutes());
    settings.setValue(QStringLiteral("remember"), m_remember->isChecked());
}

} // namespace dalil
