#include "catalogue/Hlc.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>

namespace dalil {

Hlc::Hlc(QString nodeId, WallClock wallClock)
    : m_nodeId(std::move(nodeId))
    , m_wallClock(wallClock ? std::move(wallClock) : [] { return QDateTime::currentMSecsSinceEpoch(); })
{
}

QString Hlc::next()
{
    const qint64 wall = m_wallClock();
    if (wall > m_physicalMs) {
        m_physicalMs = wall;
        m_counter = 0;
    } else {
        ++m_counter;
    }
    return format(m_physicalMs, m_counter, m_nodeId);
}

void Hlc::observe(const QString& revision)
{
    Parts remote;
    if (!parse(revision, &remote)) {
        return;
    }
    const qint64 wall = m_wallClock();
    const qint64 newPhysical = std::max({m_physicalMs, remote.physicalMs, wall});
    if (newPhysical == m_physicalMs && newPhysical == remote.physicalMs) {
        m_counter = std::max(m_counter, remote.counter) + 1;
    } else if (newPhysical == m_physicalMs) {
        ++m_counter;
    } else if (newPhysical == remote.physicalMs) {
        m_counter = remote.counter + 1;
    } else {
        m_counter = 0;
    }
    m_physicalMs = newPhysical;
}

QString Hlc::last() const
{
    return format(m_physicalMs, m_counter, m_nodeId);
}

bool Hlc::parse(const QString& revision, Parts* parts)
{
    // ms(13) '-' counter(6) '-' node id (the node id may itself contain dashes)
    if (revision.size() < 22 || revision.at(13) != QLatin1Char('-') || revision.at(20) != QLatin1Char('-')) {
        return false;
    }
    bool okMs = false;
    bool okCounter = false;
    parts->physicalMs = revision.left(13).toLongLong(&okMs);
    parts->counter = revision.mid(14, 6).toInt(&okCounter);
    parts->nodeId = revision.mid(21);
    return okMs && okCounter;
}

QString Hlc::format(qint64 physicalMs, int counter, const QString& nodeId)
{
    if (physicalMs < 0 || counter < 0) {
        return QStringLiteral("%1-%2-%3")
            .arg(physicalMs, 13, 10, QLatin1Char('0'))
            .arg(counter, 6, 10, QLatin1Char('0'))
            .arg(nodeId);
    }
    // Every record a bulk write makes gets one (an import of 100,000 rows: 300,000): the digits
    // are written here, as arg() above would write them, without its parsing of the pattern.
    char buffer[48];
    int size = 0;
    auto put = [&](quint64 value, int width) {
        char digits[24];
        int count = 0;
        do {
            digits[count++] = char('0' + value % 10);
            value /= 10;
        } while (value != 0);
        for (int i = count; i < width; ++i) {
            buffer[size++] = '0';
        }
        while (count > 0) {
            buffer[size++] = digits[--count];
        }
    };
    put(quint64(physicalMs), 13);
    buffer[size++] = '-';
    put(quint64(counter), 6);
    buffer[size++] = '-';
    QString text;
    text.reserve(size + nodeId.size());
    text.append(QLatin1String(buffer, size));
    text.append(nodeId);
    return text;
}

QString Hlc::newNodeId()
{
    const quint64 value = QRandomGenerator::system()->generate64();
    return QStringLiteral("%1").arg(value, 16, 16, QLatin1Char('0'));
}

} // namespace dalil
