#include "exchange/XlsxReader.h"

#include "exchange/LibMinizip.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <unzip.h>

#include <memory>

namespace dalil {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dalil::XlsxReader", text);
}

constexpr int kMaxRows = 1048576; // Excel's own limits
constexpr int kMaxColumns = 16384;

struct ZipCloser
{
    void operator()(void* zip) const { unzClose(zip); }
};

// Its messages are under lupdate's context for this class, "dalil::Archive".
class Archive
{
public:
    explicit Archive(const QString& path, qint64 budget)
        : m_zip(unzOpen64(QFile::encodeName(path).constData()))
        , m_budget(budget)
    {
    }
    bool isOpen() const { return m_zip != nullptr; }

    // The whole entry, or an empty optional-like result with `error` set.
    bool read(const QString& name, QByteArray* out, QString* error, bool required)
    {
        out->clear();
        const QByteArray entry = name.toUtf8();
        if (unzLocateFile(m_zip.get(), entry.constData(), 0) != UNZ_OK) {
            if (required) {
                *error = QCoreApplication::translate(
                             "dalil::Archive",
                             "the workbook has no part %1; it is damaged or not an Excel workbook")
                             .arg(name);
            }
            return false;
        }
        unz_file_info64 info{};
        if (unzGetCurrentFileInfo64(m_zip.get(), &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK ||
            unzOpenCurrentFile(m_zip.get()) != UNZ_OK) {
            *error = QCoreApplication::translate("dalil::Archive",
                                                 "the workbook is damaged (part %1 cannot be opened)")
                         .arg(name);
            return false;
        }
        char buffer[65536];
        int got = 0;
        while ((got = unzReadCurrentFile(m_zip.get(), buffer, sizeof buffer)) > 0) {
            m_budget -= got;
            if (m_budget < 0) {
                unzCloseCurrentFile(m_zip.get());
                *error = QCoreApplication::translate(
                    "dalil::Archive",
                    "the workbook unpacks to more than Dalil reads at once; split it into smaller files");
                return false;
            }
            out->append(buffer, got);
        }
        // A cut-short file fails here or on the CRC check at close.
        if (got < 0 || unzCloseCurrentFile(m_zip.get()) != UNZ_OK) {
            *error = QCoreApplication::translate(
                         "dalil::Archive", "the workbook is damaged or cut short (part %1 cannot be read)")
                         .arg(name);
            return false;
        }
        return true;
    }

private:
    std::unique_ptr<void, ZipCloser> m_zip;
    qint64 m_budget;
};

QString resolveTarget(const QString& target)
{
    if (target.startsWith(u'/')) {
        return target.mid(1);
    }
    return QStringLiteral("xl/") + target;
}

// Text of an <si> or <is> element: plain <t>, or the <t> of each rich-text run <r> (phonetic
// readings <rPh> are left out).
QString readStringItem(QXmlStreamReader& xml)
{
    QString text;
    const QString end = xml.name().toString();
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t") && phonetic == 0) {
                text += xml.readElementText();
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            } else if (xml.name() == end) {
                break;
            }
        }
    }
    return text;
}

} // namespace

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'A' && u <= u'Z') {
            column = column * 26 + (u - u'A' + 1);
            if (++letters > 3) {
                return -1;
            }
        } else {
            break;
        }
    }
    return letters == 0 ? -1 : column - 1;
}

XlsxReader::Result XlsxReader::read(const QString& path, const QString& only, qint64 maxUnpacked)
{
    Result result;
    if (!LibMinizip::load(&result.error)) {
        return result;
    }
    Archive zip(path, maxUnpacked);
    if (!zip.isOpen()) {
        result.error = tr("not an Excel workbook (.xlsx), or the file is damaged or cut short");
        return result;
    }
    QByteArray workbook, relations, shared;
    if (!zip.read(QStringLiteral("xl/workbook.xml"), &workbook, &result.error, true) ||
        !zip.read(QStringLiteral("xl/_rels/workbook.xml.rels"), &relations, &result.error, true)) {
        return result;
    }
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(relations);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship")) {
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
            }
        }
    }
    QList<QPair<QString, QString>> sheets; // name, part
    {
        QXmlStreamReader xml(workbook);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute& attribute : xml.attributes()) {
                    if (attribute.name() == QLatin1String("id")) {
                        id = attribute.value().toString();
                    }
                }
                const QString name = xml.attributes().value(QLatin1String("name")).toString();
                if (targets.contains(id)) {
                    sheets.append({name, resolveTarget(targets.value(id))});
                }
            }
        }
        if (xml.hasError()) {
            result.error = tr("the workbook is damaged (its list of sheets cannot be read)");
            return result;
        }
    }
    if (!only.isEmpty()) {
        QStringList names;
        for (const auto& sheet : sheets) {
            names.append(sheet.first);
        }
        if (!names.contains(only)) {
            result.error =
                tr("the workbook has no sheet “%1” (it has: %2)").arg(only, names.join(QStringLiteral(", ")));
            return result;
        }
    }
    QStringList strings;
    if (zip.read(QStringLiteral("xl/sharedStrings.xml"), &shared, &result.error, false)) {
        QXmlStreamReader xml(shared);
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                strings.append(readStringItem(xml));
            }
        }
        if (xml.hasError()) {
            result.error = tr("the workbook is damaged (its shared texts cannot be read)");
            return result;
        }
    } else if (!result.error.isEmpty()) {
        return result;
    }

    for (const auto& [name, part] : sheets) {
        if (!only.isEmpty() && name != only) {
            continue;
        }
        QByteArray data;
        if (!zip.read(part, &data, &result.error, true)) {
            return result;
        }
        Sheet sheet;
        sheet.name = name;
        QXmlStreamReader xml(data);
        int rowNumber = 0;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("row")) {
                const QStringView r = xml.attributes().value(QLatin1String("r"));
                rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
                if (rowNumber < 1 || rowNumber > kMaxRows) {
                    result.error =
                        tr("sheet “%1” has a row number out of range; the workbook is damaged").arg(name);
                    return result;
                }
                while (sheet.grid.size() < rowNumber) {
                    sheet.grid.append(QStringList());
                }
                continue;
            }
            if (xml.name() != QLatin1String("c") || rowNumber == 0) {
                continue;
            }
            QStringList& row = sheet.grid[rowNumber - 1];
            // A copy: the attributes of the reader are gone once it reads on.
            const QString reference = xml.attributes().value(QLatin1String("r")).toString();
            int column = reference.isEmpty() ? int(row.size()) : columnOf(reference);
            if (column < 0 || column >= kMaxColumns) {
                result.error =
                    tr("sheet “%1” has a cell reference out of range; the workbook is damaged").arg(name);
                return result;
            }
            const QString type = xml.attributes().value(QLatin1String("t")).toString();
            QString value;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == QLatin1String("c")) {
                    break;
                }
                if (!xml.isStartElement()) {
                    continue;
                }
                if (xml.name() == QLatin1String("v")) {
                    value = xml.readElementText();
                } else if (xml.name() == QLatin1String("is")) {
                    value = readStringItem(xml);
                }
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= strings.size()) {
                    result.error =
                        tr("sheet “%1”, cell %2 points at a text the workbook does not have; it is damaged")
                            .arg(name, reference);
                    return result;
                }
                value = strings[index];
            } else if (type == QLatin1String("b")) {
                value = value == QLatin1String("1") ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            }
            while (row.size() <= column) {
                row.append(QString());
            }
            row[column] = value;
        }
        if (xml.hasError()) {
            result.error = tr("sheet “%1” is damaged (%2)").arg(name, xml.errorString());
            return result;
        }
        result.sheets.append(sheet);
    }
    return result;
}

} // namespace dalil
