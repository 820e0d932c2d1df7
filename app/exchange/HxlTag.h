#pragma once

#include "exchange/ImportField.h"

#include <QString>
#include <QStringList>

namespace dalil {

// One Humanitarian Exchange Language hashtag such as "#org+name+i_ar" or the legacy HXL 1.0
// "#lat_deg": the tag, its attributes, and what Dalil imports from a column that carries it.
class HxlTag
{
public:
    enum class Use
    {
        Imported, // the column maps to a Dalil field
        NotUsed,  // a real HXL tag (#indicator, #date, ...) that a directory does not keep
        Unknown,  // not an HXL tag this importer knows
    };

    static HxlTag parse(const QString& text);
    // True when most non-empty cells of a row are hashtags (and at least one is): the HXL row.
    static bool isHashtagRow(const QStringList& cells);

    bool isValid() const { return !m_tag.isEmpty(); }
    const QString& tag() const { return m_tag; }
    const QStringList& attributes() const { return m_attributes; }
    bool has(const char* attribute) const;
    // "ar" for +i_ar, and so on; empty when the tag carries no language attribute.
    QString language() const;
    QString toString() const;

    ImportField field(Use* use = nullptr) const;

private:
    QString m_tag;
    QStringList m_attributes;
};

} // namespace dalil
