#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QPair>
#include <QString>

#include <cstdint>
#include <initializer_list>
#include <vector>

namespace dalil {

// A list of pairs of record ids (partnerships: organisation a, organisation b), the ids' UTF-8
// end to end in one buffer. A generated catalogue holds hundreds of thousands of partnerships; as
// pairs of QString they took over a hundred megabytes, here their text plus eight bytes a pair.
class IdPairs
{
public:
    IdPairs() = default;
    IdPairs(std::initializer_list<QPair<QString, QString>> pairs);

    void append(QByteArrayView a, QByteArrayView b);
    void append(const QString& a, const QString& b);
    void reserve(qsizetype pairs);
    // Gives back what growing left unused.
    void squeeze();

    qsizetype size() const { return static_cast<qsizetype>(m_end.size() / 2); }
    bool isEmpty() const { return m_end.empty(); }
    // Bytes held (for the memory benchmark).
    size_t memoryBytes() const { return size_t(m_text.capacity()) + m_end.capacity() * sizeof(uint32_t); }
    QByteArrayView first(qsizetype pair) const { return id(2 * static_cast<size_t>(pair)); }
    QByteArrayView second(qsizetype pair) const { return id(2 * static_cast<size_t>(pair) + 1); }
    QPair<QString, QString> operator[](qsizetype pair) const;

private:
    QByteArrayView id(size_t k) const;

    QByteArray m_text;
    std::vector<uint32_t> m_end; // where each id ends in m_text, two per pair
};

} // namespace dalil
