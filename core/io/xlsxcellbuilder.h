#pragma once

#include "common/status.h"
#include "io/sheetcell.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace cd {

/// Turns the parts of one <c> element into a SheetCell: the rules shared by both sheet
/// parsers (the QXmlStreamReader one and the fast byte scanner).
class XlsxCellBuilder
{
    Q_DECLARE_TR_FUNCTIONS(cd::XlsxCellBuilder)

public:
    /// Excel's limits; larger references are refused as damaged.
    static constexpr int maxRows = 1048576;
    static constexpr int maxColumns = 16384;

    /// What a <c> element holds, before interpretation.
    struct RawCell
    {
        int column = 0;
        char typeCode = 'n'; // see typeCode()
        int style = 0;
        bool hasValue = false;
        QString value;       // <v>
        bool hasInline = false;
        QString inlineText;  // <is>
    };

    XlsxCellBuilder(const QString &sheetName, const QStringList &sharedStrings, const QVector<bool> &dateStyles,
                    bool date1904);

    /// The t="..." attribute as one letter: n number, s shared string, f formula string
    /// (t="str"), i inline string, b boolean, e error, d ISO date, ? unknown (read as text).
    static char typeCode(QByteArrayView t);

    /// "C5" -> column 2, row 5; "C" -> column 2, row 0; a '$' before the row is allowed.
    /// False for anything else or beyond Excel's limits. Works on QStringView and QByteArrayView.
    template <typename View>
    static bool parseReference(const View &ref, int *column, int *row)
    {
        qsizetype i = 0;
        qint64 col = 0;
        while (i < ref.size() && i < 4) {
            const int c = code(ref.at(i));
            if (c >= 'A' && c <= 'Z')
                col = col * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z')
                col = col * 26 + (c - 'a' + 1);
            else
                break;
            ++i;
        }
        if (i == 0 || col > maxColumns)
            return false;
        if (i < ref.size() && code(ref.at(i)) == '$')
            ++i;
        qint64 r = 0;
        int digits = 0;
        for (; i < ref.size(); ++i, ++digits) {
            const int c = code(ref.at(i));
            if (c < '0' || c > '9' || digits >= 8)
                return false;
            r = r * 10 + (c - '0');
        }
        if (r > maxRows || (digits > 0 && r == 0))
            return false;
        *column = int(col - 1);
        *row = int(r);
        return true;
    }

    /// Interprets `raw` and stores it at cells[raw.column] (cells stays dense).
    Status add(RawCell raw, int rowNumber, QVector<SheetCell> &cells) const;

    /// Message for a cell reference that cannot be parsed.
    QString badReference(const QString &part, qint64 line, const QString &ref) const;
    /// Message for a row number that cannot be parsed.
    QString badRowNumber(const QString &part, qint64 line, const QString &number) const;

private:
    static int code(QChar c) { return c.unicode(); }
    static int code(char c) { return static_cast<unsigned char>(c); }

    QString m_sheetName;
    const QStringList &m_sharedStrings;
    const QVector<bool> &m_dateStyles;
    bool m_date1904;
};

} // namespace cd
