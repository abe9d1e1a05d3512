#include "roster/rosterexport.h"

#include "db/database.h"
#include "db/settingstore.h"
#include "io/csvtablewriter.h"
#include "io/tablesheet.h"
#include "io/xlsxtablewriter.h"
#include "report/chinesedate.h"
#include "report/reportdocument.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"
#include "roster/rostercodes.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>

namespace cd {

namespace {

QString tagLabels(const QStringList &codes)
{
    QStringList labels;
    for (const QString &code : codes)
        labels << RosterCodes::tagLabel(code);
    return labels.join(QStringLiteral("、"));
}

QString address(const RosterLine &line)
{
    if (line.building.isEmpty())
        return QString();
    return QStringLiteral("%1-%2-%3").arg(line.building, line.unit, line.room);
}

void logUnmasked(Database &database, const QString &path, int rows)
{
    QSqlQuery query(database.sql());
    query.prepare(QStringLiteral("INSERT INTO audit_log(action, detail) VALUES ('export_unmasked', ?)"));
    query.addBindValue(QStringLiteral("%1 rows to %2").arg(rows).arg(QFileInfo(path).fileName()));
    query.exec();
}

} // namespace

QStringList RosterExport::headers()
{
    return {tr("Estate"), tr("Building"), tr("Unit"), tr("Room"), tr("Exclusive area (m²)"), tr("Occupancy"),
            tr("Name"), tr("Sex"), tr("ID number"), tr("Date of birth"), tr("Phone"), tr("Ethnicity"),
            tr("Political status"), tr("Household registration"), tr("Relation to household head"), tr("Owner"),
            tr("Special groups"), tr("Notes")};
}

Result<int> RosterExport::writeFile(Database &database, const QString &path, const Options &options)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return Status::failure(tr("Unknown file type \"%1\": use a .xlsx or .csv file name.").arg(suffix));

    TableSheet sheet;
    sheet.name = tr("Roster");
    const QStringList names = headers();
    const QVector<TableColumn::Type> types = {
        TableColumn::Type::Text, TableColumn::Type::Text, TableColumn::Type::Text, TableColumn::Type::Text,
        TableColumn::Type::Decimal2, TableColumn::Type::Text, TableColumn::Type::Text, TableColumn::Type::Text,
        TableColumn::Type::Text, TableColumn::Type::Date, TableColumn::Type::Text, TableColumn::Type::Text,
        TableColumn::Type::Text, TableColumn::Type::Text, TableColumn::Type::Text, TableColumn::Type::Text,
        TableColumn::Type::Text, TableColumn::Type::Text};
    const double widths[] = {14, 8, 6, 8, 12, 8, 10, 6, 22, 12, 15, 8, 12, 10, 12, 6, 18, 20};
    for (int i = 0; i < names.size(); ++i)
        sheet.columns << TableColumn{names.at(i), types.at(i), widths[i]};

    // Read every line first: the listing's query must not stay open while the writer runs
    // its own statements (the audit line), and 250,000 lines are a few dozen megabytes.
    QVector<TableRow> rows;
    bool cancelled = false;
    const Status listed = RosterListing::forEach(database, options.scope, [&](const RosterLine &line) {
        if (options.progress && rows.size() % 5000 == 4999 && !options.progress(0)) {
            cancelled = true;
            return false;
        }
        rows << TableRow{
            line.estate, line.building, line.unit, line.room,
            line.areaCenti >= 0 ? QVariant(line.areaCenti / 100.0) : QVariant(),
            line.occupancy.isEmpty() ? QString() : RosterCodes::occupancyLabel(line.occupancy),
            line.name, line.sex.isEmpty() ? QString() : RosterCodes::sexLabel(line.sex),
            options.unmasked ? line.idNumber : idnumber::mask(line.idNumber),
            line.birthDate.isValid() ? QVariant(line.birthDate) : QVariant(),
            options.unmasked ? line.phone : mobile::mask(line.phone),
            line.ethnicity, RosterCodes::politicalStatusLabel(line.politicalStatus),
            RosterCodes::hukouLabel(line.hukou), line.relation, line.owner ? tr("yes") : tr("no"),
            tagLabels(line.tags), line.notes};
        return true;
    });
    if (!listed)
        return listed;
    const Status cancel = Status::failure(tr("The export was cancelled; no file was written."));
    if (cancelled)
        return cancel;
    sheet.rows = std::move(rows);

    const qint64 total = qMax<qint64>(1, sheet.rows.size());
    TableProgressCallback progress;
    if (options.progress)
        progress = [&](qint64 done) {
            cancelled = !options.progress(int(done * 100 / total));
            return !cancelled;
        };
    Status written = Status::success();
    if (suffix == QLatin1String("xlsx")) {
        XlsxTableWriter writer;
        writer.setProgressCallback(progress);
        written = writer.write(path, {sheet});
    } else {
        CsvTableWriter writer;
        writer.setEncoding(options.gb18030 ? CsvTableWriter::Encoding::Gb18030 : CsvTableWriter::Encoding::Utf8Bom);
        writer.setProgressCallback(progress);
        written = writer.write(path, sheet);
    }
    if (!written)
        return cancelled ? cancel : written; // a cancelled writer leaves no file behind
    if (options.unmasked)
        logUnmasked(database, path, sheet.rows.size());
    return int(sheet.rows.size());
}

Result<std::unique_ptr<ReportDocument>> RosterExport::printable(Database &database, const RosterScope &scope,
                                                                const QDate &printedOn)
{
    auto report = std::make_unique<ReportDocument>(PageSetup::landscapeTable());
    const QString community = settingstore::communityName(database);
    QString place = scope.estateName.isEmpty() ? community : scope.estateName;
    if (!scope.building.isEmpty())
        place += tr(" building %1").arg(scope.building);
    report->setRunningHeader(tr("%1 roster").arg(place), tr("Printed on %1").arg(chineseDate(printedOn)));
    report->addTitle(tr("%1 roster").arg(place), 18);

    ReportTable table;
    table.headers = {tr("No."), tr("Address"), tr("Name"), tr("Sex"), tr("ID number"), tr("Date of birth"),
                     tr("Phone"), tr("Relation to household head"), tr("Political status"), tr("Special groups")};
    table.columnWidthsPercent = {5, 10, 9, 5, 17, 10, 11, 9, 10, 14};
    table.fontPointSize = 9;
    int n = 0;
    const Status listed = RosterListing::forEach(database, scope, [&](const RosterLine &line) {
        const QString where = scope.estateName.isEmpty() && !line.estate.isEmpty()
                                  ? line.estate + QLatin1Char(' ') + address(line)
                                  : address(line);
        table.rows << QStringList{QString::number(++n), where, line.name,
                                  line.sex.isEmpty() ? QString() : RosterCodes::sexLabel(line.sex),
                                  idnumber::mask(line.idNumber),
                                  line.birthDate.isValid() ? line.birthDate.toString(Qt::ISODate) : QString(),
                                  mobile::mask(line.phone), line.relation,
                                  RosterCodes::politicalStatusLabel(line.politicalStatus), tagLabels(line.tags)};
        return true;
    });
    if (!listed)
        return listed;
    report->addTable(table);
    report->addParagraph(tr("%1 people. ID numbers and phone numbers are masked.").arg(n), 10.5, Qt::AlignLeft);
    return report;
}

} // namespace cd
