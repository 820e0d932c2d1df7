#pragma once

#include "exchange/ImportIssue.h"
#include "exchange/SourceTable.h"

#include <QByteArray>
#include <QString>

namespace dalil {

// Reads what Dalil itself writes as JSON (`export --format json`, `show --json`): organisations
// with their offices and contacts, or contacts with their organisation; and GeoJSON point features,
// whose properties become columns and whose coordinates become latitude and longitude. Each record
// (or feature) becomes one row per office or contact, which the import folds back together.
class JsonReader
{
public:
    static SourceTable readDalil(const QByteArray& bytes, const QString& file, ImportIssues& issues);
    static SourceTable readGeoJson(const QByteArray& bytes, const QString& file, ImportIssues& issues);
};

} // namespace dalil
