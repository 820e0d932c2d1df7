#pragma once

#include "cli/Command.h"
#include "exchange/ImportJob.h"

namespace dalil {

class ImportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;

    // The summary's sentences, each count with the plural form its noun takes in the language
    // (Arabic: 1, 2, 3–10, 11–99, 100+; French: 1 or more).
    static QString rowsRead(const ImportReport& report);
    static QString recordsImported(const ImportReport& report);
    static QString nothingImported(const ImportReport& report);
};

} // namespace dalil
