#pragma once

#include "catalogue/CatalogueGenerator.h"
#include "cli/Command.h"

namespace dalil {

// dalil-cli generate --orgs N [--seed S]: a synthetic catalogue for tests and benchmarks
// (see CatalogueGenerator; docs/CLI.md says what is atomic).
class GenerateCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("generate"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;

    // What was generated, in whole sentences whose nouns agree with their counts (Arabic has six
    // forms, French two): one line each.
    static QStringList report(const CatalogueGenerator::Counts& counts, quint64 seed, const QString& seconds,
                              const QString& path);
};

} // namespace dalil
