#pragma once

#include "cli/Command.h"
#include "search/SearchQuery.h"

namespace dalil {

// dalil-cli search QUERY [filters] [--limit N] [--json]; saved searches by name.
class SearchCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;

    // The filter options shared with the commands that take "filters as in search" (export,
    // render-map, clusters). Consumes the option (and its value from `rest`) when it is one;
    // returns false when it is not a filter option. On a bad value, sets *error (a usage error).
    static bool takeFilterOption(const QString& option, QStringList& rest, SearchQuery& query,
                                 QString* error);
    static QString filterUsage();
};

} // namespace dalil
