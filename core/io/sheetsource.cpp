#include "io/sheetsource.h"

#include <QFile>
#include <QFileInfo>

namespace cd {

SheetSource::SheetSource() = default;
SheetSource::~SheetSource() = default;

Status SheetSource::open(const QString &path)
{
    m_xlsx.reset();
    m_csv.reset();
    const QFileInfo info(path);
    if (!info.exists())
        return Status::failure(tr("The file %1 does not exist.").arg(info.fileName()));
    const QString suffix = info.suffix().toLower();
    if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        m_format = Format::Csv;
        m_csv = std::make_unique<CsvReader>();
        return m_csv->open(path);
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The file %1 could not be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();
    // The OLE2 signature of Excel 97-2003 files.
    if (magic.startsWith(QByteArray::fromHex("d0cf11e0a1b11ae1")))
        return Status::failure(tr("%1 is an old Excel 97-2003 workbook (.xls). Open it in Excel or WPS and save it "
                                  "as .xlsx, then import that file.").arg(info.fileName()));
    if (!magic.startsWith("PK"))
        return Status::failure(tr("%1 is not an .xlsx workbook (it is not a zip package). Save it from Excel or WPS "
                                  "as .xlsx or .csv and import again.").arg(info.fileName()));
    m_format = Format::Xlsx;
    m_xlsx = std::make_unique<XlsxReader>();
    if (Status s = m_xlsx->open(path); !s) {
        m_xlsx.reset();
        return s;
    }
    m_sheet = -1;
    for (int i = 0; i < m_xlsx->sheets().size(); ++i) {
        if (!m_xlsx->sheets().at(i).hidden) {
            m_sheet = i;
            break;
        }
    }
    if (m_sheet < 0) {
        m_xlsx.reset();
        return Status::failure(tr("%1 has no visible worksheet.").arg(info.fileName()));
    }
    return Status::success();
}

QString SheetSource::description() const
{
    if (m_csv)
        return CsvReader::encodingName(m_csv->encoding());
    if (m_xlsx && m_sheet >= 0)
        return m_xlsx->sheets().at(m_sheet).name;
    return QString();
}

Status SheetSource::readRows(const SheetRowCallback &onRow, const SheetProgressCallback &progress)
{
    if (m_csv)
        return m_csv->readRows(onRow, progress);
    if (m_xlsx)
        return m_xlsx->readSheet(m_sheet, onRow, progress);
    return Status::failure(tr("No file is open."));
}

Result<QVector<SheetRow>> SheetSource::firstRows(int count)
{
    QVector<SheetRow> rows;
    if (count <= 0)
        return rows;
    const Status s = readRows([&](int number, const QVector<SheetCell> &cells) {
        rows << SheetRow{number, cells};
        return rows.size() < count;
    });
    if (!s)
        return s;
    return rows;
}

} // namespace cd
