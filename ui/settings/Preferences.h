#pragma once

#include <QObject>
#include <QTimeZone>

namespace dalil {

// The reader's own settings that change how dates read: the time zone deadlines and sessions are
// shown in (the computer's by default) and whether Hijri dates are shown beside Gregorian ones.
class Preferences : public QObject
{
    Q_OBJECT
public:
    explicit Preferences(QObject* parent = nullptr);

    QTimeZone timeZone() const { return m_timeZone; }
    bool showHijri() const { return m_showHijri; }

public slots:
    void setTimeZone(const QTimeZone& zone);
    void setShowHijri(bool show);

signals:
    void changed();

private:
    QTimeZone m_timeZone;
    bool m_showHijri = false;
};

} // namespace dalil
