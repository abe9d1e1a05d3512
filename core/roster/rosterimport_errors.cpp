// RosterImport::writeErrorWorkbook: the rejected rows, to be fixed and imported again.
#include "roster/rosterimport.h"

#include "io/tablesheet.h"
#include "io/xlsxtablewriter.h"

namespace cd {

Status RosterImport::writeErrorWorkbook(const QString &path, const ImportSummary &summary)
{
    TableSheet sheet;
    sheet.name = tr("Rejected rows");
    int width = summary.headers.size();
    for (const ImportRowVerdict &row : summary.rows)
        width = qMax(width, int(row.cells.size()));
    for (int i = 0; i < width; ++i) {
        const QString header = i < summary.headers.size() ? summary.headers.at(i) : QString();
        sheet.columns << TableColumn{header, TableColumn::Type::Text, qBound(8.0, header.size() * 2.5 + 2, 24.0)};
    }
    // The two columns the importer adds: the data's own Chinese headers (not translated UI text).
    sheet.columns << TableColumn{QStringLiteral("行号"), TableColumn::Type::Integer, 8}
                  << TableColumn{QStringLiteral("错误原因"), TableColumn::Type::Text, 60};
    for (const ImportRowVerdict &row : summary.rows) {
        if (row.outcome != ImportWriter::Outcome::Rejected)
            continue;
        TableRow out;
        for (int i = 0; i < width; ++i)
            out << (i < row.cells.size() && !row.cells.at(i).isEmpty() ? QVariant(row.cells.at(i)) : QVariant());
        out << QVariant(qint64(row.row)) << QVariant(row.reasons.join(QStringLiteral("；")));
        sheet.appendRow(out);
    }
    return XlsxTableWriter().write(path, {sheet});
}

} // namespace cd
