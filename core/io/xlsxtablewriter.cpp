#include "io/xlsxtablewriter.h"

#include "io/atomicfiletarget.h"
#include "io/sheetvalue.h"

#include <QDate>
#include <QDateTime>
#include <QDir>

#include <xlsxwriter.h>

namespace cd {

namespace {

constexpr int progressEveryRows = 1000;
constexpr int maxColumns = 16384;
constexpr lxw_color_t headerFill = 0xDDEBF7; // light blue, prints well in grey too

// Width of text in Excel's character units: CJK and other wide characters count twice.
double displayWidth(const QString &text)
{
    double width = 0;
    for (QChar c : text)
        width += c.unicode() >= 0x1100 ? 2.0 : 1.0;
    return width;
}

/// The formats one workbook needs, created once.
struct Formats
{
    lxw_format *title = nullptr;
    lxw_format *subtitle = nullptr;
    lxw_format *header = nullptr;
    lxw_format *cell[5] = {};  // by TableColumn::Type
    lxw_format *total[5] = {}; // bold variants for the totals row

    explicit Formats(lxw_workbook *wb)
    {
        title = workbook_add_format(wb);
        format_set_bold(title);
        format_set_font_size(title, 16);
        format_set_align(title, LXW_ALIGN_CENTER);
        format_set_align(title, LXW_ALIGN_VERTICAL_CENTER);

        subtitle = workbook_add_format(wb);
        format_set_align(subtitle, LXW_ALIGN_LEFT);
        format_set_align(subtitle, LXW_ALIGN_VERTICAL_CENTER);

        header = workbook_add_format(wb);
        format_set_bold(header);
        format_set_bg_color(header, headerFill);
        format_set_border(header, LXW_BORDER_THIN);
        format_set_align(header, LXW_ALIGN_CENTER);
        format_set_align(header, LXW_ALIGN_VERTICAL_CENTER);
        format_set_text_wrap(header);

        const char *numberFormats[5] = {"@", "0", "0.00", "yyyy-mm-dd", "0.00%"};
        for (int i = 0; i < 5; ++i) {
            cell[i] = workbook_add_format(wb);
            format_set_num_format(cell[i], numberFormats[i]);
            total[i] = workbook_add_format(wb);
            format_set_num_format(total[i], numberFormats[i]);
            format_set_bold(total[i]);
            format_set_top(total[i], LXW_BORDER_THIN);
        }
    }
};

int typeIndex(TableColumn::Type type) { return static_cast<int>(type); }

// Writes one value; errors other than "nothing to write" are returned.
lxw_error writeValue(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, TableColumn::Type type,
                     const QVariant &value, lxw_format *format)
{
    if (value.isNull() || !value.isValid())
        return LXW_NO_ERROR;
    bool ok = false;
    switch (type) {
    case TableColumn::Type::Integer: {
        const qlonglong n = value.toLongLong(&ok);
        if (ok)
            return worksheet_write_number(ws, row, col, double(n), format);
        break;
    }
    case TableColumn::Type::Decimal2:
    case TableColumn::Type::Percent: {
        const double d = value.toDouble(&ok);
        if (ok)
            return worksheet_write_number(ws, row, col, d, format);
        break;
    }
    case TableColumn::Type::Date: {
        const QDate date = value.userType() == QMetaType::QDateTime ? value.toDateTime().date() : value.toDate();
        // Excel has no dates before 1900: those stay text, as they arrive in imports.
        if (date.isValid() && sheetvalue::serialFromDate(date)) {
            lxw_datetime when = {date.year(), date.month(), date.day(), 0, 0, 0.0};
            return worksheet_write_datetime(ws, row, col, &when, format);
        }
        break;
    }
    case TableColumn::Type::Text:
        break;
    }
    QString text = sheetvalue::neutralise(value.toString());
    if (text.isEmpty())
        return LXW_NO_ERROR;
    if (text.size() > XlsxTableWriter::maxCellText)
        text.truncate(XlsxTableWriter::maxCellText);
    return worksheet_write_string(ws, row, col, text.toUtf8().constData(), format);
}

QString errorText(lxw_error error)
{
    return QString::fromUtf8(lxw_strerror(error));
}

} // namespace

QString XlsxTableWriter::sheetName(const QString &wanted, const QStringList &taken)
{
    QString name = wanted.trimmed();
    for (QChar &c : name)
        if (QStringLiteral("[]:*?/\\").contains(c))
            c = QLatin1Char('_');
    while (name.startsWith(QLatin1Char('\'')))
        name.remove(0, 1);
    while (name.endsWith(QLatin1Char('\'')))
        name.chop(1);
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    name.truncate(31);
    auto isTaken = [&taken](const QString &candidate) {
        for (const QString &t : taken)
            if (t.compare(candidate, Qt::CaseInsensitive) == 0)
                return true;
        return false;
    };
    QString candidate = name;
    for (int n = 2; isTaken(candidate); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        candidate = name.left(31 - suffix.size()) + suffix;
    }
    return candidate;
}

Status XlsxTableWriter::write(const QString &path, const QVector<TableSheet> &sheets) const
{
    const QString shownPath = QDir::toNativeSeparators(path);
    if (sheets.isEmpty())
        return Status::failure(tr("There is nothing to export to %1.").arg(shownPath));
    for (const TableSheet &sheet : sheets)
        if (sheet.columns.size() > maxColumns)
            return Status::failure(tr("A sheet cannot have more than %1 columns.").arg(maxColumns));

    AtomicFileTarget target(path);
    if (Status s = target.prepare(); !s)
        return s;
    const QByteArray fileName = target.temporaryPath().toUtf8();
    QByteArray tmpdir = QDir::tempPath().toUtf8();
    lxw_workbook_options options = {};
    options.constant_memory = m_constantMemory ? LXW_TRUE : LXW_FALSE;
    options.tmpdir = tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    lxw_workbook *wb = workbook_new_opt(fileName.constData(), &options);
    if (!wb)
        return Status::failure(tr("Cannot create the workbook %1.").arg(shownPath));

    Formats formats(wb);
    QStringList names;
    QString failure;
    qint64 written = 0;
    bool cancelled = false;

    for (const TableSheet &sheet : sheets) {
        const QString name = sheetName(sheet.name, names);
        names.append(name);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name.toUtf8().constData());
        if (!ws) {
            failure = tr("Cannot add the sheet %1.").arg(name);
            break;
        }
        const int columnCount = int(sheet.columns.size());
        const lxw_col_t lastColumn = lxw_col_t(qMax(0, columnCount - 1));
        for (int c = 0; c < columnCount; ++c) {
            const TableColumn &column = sheet.columns.at(c);
            double width = column.width;
            if (width <= 0) {
                width = qBound(8.0, displayWidth(column.header) + 2.0, 60.0);
                if (column.type == TableColumn::Type::Date)
                    width = qMax(width, 12.0);
            }
            worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), width, formats.cell[typeIndex(column.type)]);
        }

        lxw_row_t row = 0;
        lxw_error error = LXW_NO_ERROR;
        auto writeBanner = [&](const QString &text, lxw_format *format, double height) {
            worksheet_set_row(ws, row, height, nullptr);
            const QByteArray utf8 = sheetvalue::neutralise(text).left(maxCellText).toUtf8();
            if (lastColumn > 0)
                error = worksheet_merge_range(ws, row, 0, row, lastColumn, utf8.constData(), format);
            else
                error = worksheet_write_string(ws, row, 0, utf8.constData(), format);
            ++row;
        };
        if (!sheet.title.isEmpty())
            writeBanner(sheet.title, formats.title, 30);
        if (!sheet.subtitle.isEmpty() && error == LXW_NO_ERROR)
            writeBanner(sheet.subtitle, formats.subtitle, 20);

        const lxw_row_t headerRow = row;
        for (int c = 0; c < columnCount && error == LXW_NO_ERROR; ++c)
            error = worksheet_write_string(ws, headerRow, lxw_col_t(c),
                                           sheetvalue::neutralise(sheet.columns.at(c).header).toUtf8().constData(),
                                           formats.header);
        ++row;

        const bool completed = sheet.forEachRow([&](const TableRow &values) {
            if (row >= lxw_row_t(maxRows)) {
                failure = tr("The sheet %1 has more rows than Excel allows (%2).").arg(name).arg(maxRows);
                return false;
            }
            for (int c = 0; c < columnCount && c < values.size(); ++c) {
                const TableColumn::Type type = sheet.columns.at(c).type;
                const lxw_error e = writeValue(ws, row, lxw_col_t(c), type, values.at(c), formats.cell[typeIndex(type)]);
                if (e != LXW_NO_ERROR && error == LXW_NO_ERROR)
                    error = e;
            }
            ++row;
            ++written;
            if (error != LXW_NO_ERROR)
                return false;
            if (m_progress && written % progressEveryRows == 0 && !m_progress(written)) {
                cancelled = true;
                return false;
            }
            return true;
        });
        const lxw_row_t lastDataRow = row - 1;
        // In constant-memory mode rows below the current one are already on disk and
        // libxlsxwriter refuses ranges reaching them: set the filter before the totals.
        if (completed && error == LXW_NO_ERROR && columnCount > 0) {
            worksheet_freeze_panes(ws, headerRow + 1, 0);
            error = worksheet_autofilter(ws, headerRow, 0, lastDataRow, lastColumn);
        }
        if (completed && error == LXW_NO_ERROR && !sheet.totals.isEmpty()) {
            for (int c = 0; c < columnCount && c < sheet.totals.size(); ++c) {
                const TableColumn::Type type = sheet.columns.at(c).type;
                const lxw_error e = writeValue(ws, row, lxw_col_t(c), type, sheet.totals.at(c), formats.total[typeIndex(type)]);
                if (e != LXW_NO_ERROR && error == LXW_NO_ERROR)
                    error = e;
            }
            ++row;
        }
        if (error != LXW_NO_ERROR && failure.isEmpty())
            failure = tr("Cannot write the sheet %1: %2").arg(name, errorText(error));
        if (!completed || !failure.isEmpty())
            break;
    }

    const lxw_error closed = workbook_close(wb); // also frees the workbook
    if (cancelled)
        return Status::failure(tr("The export was cancelled."));
    if (!failure.isEmpty())
        return Status::failure(failure);
    if (closed != LXW_NO_ERROR)
        return Status::failure(tr("Cannot write %1: %2").arg(shownPath, errorText(closed)));
    if (m_progress)
        m_progress(written);
    return target.commit();
}

} // namespace cd
