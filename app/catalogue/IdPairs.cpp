#include "catalogue/IdPairs.h"

namespace dalil {

IdPairs::IdPairs(std::initializer_list<QPair<QString, QString>> pairs)
{
    for (const auto& [a, b] : pairs) {
        append(a, b);
    }
}

void IdPairs::append(QByteArrayView a, QByteArrayView b)
{
    m_text.append(a);
    m_end.push_back(static_cast<uint32_t>(m_text.size()));
    m_text.append(b);
    m_end.push_back(static_cast<uint32_t>(m_text.size()));
}

void IdPairs::append(const QString& a, const QString& b)
{
    append(QByteArrayView(a.toUtf8()), QByteArrayView(b.toUtf8()));
}

void IdPairs::reserve(qsizetype pairs)
{
    m_end.reserve(static_cast<size_t>(pairs) * 2);
}

void IdPairs::squeeze()
{
    m_text.squeeze();
    m_end.shrink_to_fit();
}

QByteArrayView IdPairs::id(size_t k) const
{
    const uint32_t begin = k == 0 ? 0 : m_end[k - 1];
    return QByteArrayView(m_text.constData() + begin, m_end[k] - begin);
}

QPair<QString, QString> IdPairs::operator[](qsizetype pair) const
{
    return {QString::fromUtf8(first(pair)), QString::fromUtf8(second(pair))};
}

} // namespace dalil
