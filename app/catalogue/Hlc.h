#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace dalil {

// Hybrid logical clock (Kulkarni et al.): a revision that follows wall time when clocks are sane,
// never goes backwards, and orders concurrent edits on different machines deterministically.
// Text form, which sorts as a string: 13-digit physical ms, '-', 6-digit counter, '-', node id.
class Hlc
{
public:
    using WallClock = std::function<qint64()>; // ms since the epoch

    explicit Hlc(QString nodeId, WallClock wallClock = {});

    // A new revision for a local write.
    QString next();
    // Moves the clock past a revision seen from another node (sync), so later local writes win.
    void observe(const QString& revision);

    const QString& nodeId() const { return m_nodeId; }
    QString last() const;

    struct Parts
    {
        qint64 physicalMs = 0;
        int counter = 0;
        QString nodeId;
    };
    static bool parse(const QString& revision, Parts* parts);
    static QString format(qint64 physicalMs, int counter, const QString& nodeId);
    static QString newNodeId();

private:
    QString m_nodeId;
    WallClock m_wallClock;
    qint64 m_physicalMs = 0;
    int m_counter = 0;
};

} // namespace dalil
