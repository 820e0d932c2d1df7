#pragma once

#include "cli/Command.h"

namespace dalil {

class ExportCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override;
    QString usage() const override;
    int execute(CliContext& context, const QStringList& arguments) override;

private:
    // "Wrote 127 organisations to FILE", one sentence per kind, each with the language's plural
    // forms: the kind is a noun the count agrees with, which a word dropped into one sentence
    // cannot do in Arabic or French.
    static QString wroteRecords(const QString& kind, int count, const QString& file);
};

} // namespace dalil
