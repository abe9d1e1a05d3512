#include "report/reportdocument.h"

#include "report/reportfonts.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextImageFormat>
#include <QTextTable>
#include <QUrl>

#include <cmath>

namespace cd {

namespace {

QTextCharFormat charFormat(const QString &family, double pointSize, bool bold = false)
{
    QTextCharFormat format;
    format.setFontFamilies({family});
    format.setFontPointSize(pointSize);
    format.setFontWeight(bold ? QFont::Bold : QFont::Normal);
    return format;
}

} // namespace

ReportDocument::ReportDocument(const PageSetup &setup)
    : m_setup(setup), m_layoutDevice(8, 8, QImage::Format_RGB32), m_document(std::make_unique<QTextDocument>())
{
    const int dotsPerMeter = qRound(layoutDpi / 0.0254);
    m_layoutDevice.setDotsPerMeterX(dotsPerMeter);
    m_layoutDevice.setDotsPerMeterY(dotsPerMeter);
    m_document->documentLayout()->setPaintDevice(&m_layoutDevice);
    m_document->setDocumentMargin(0);
    QFont font(reportfonts::bodyFamily());
    font.setPointSizeF(12);
    m_document->setDefaultFont(font);
    m_document->setPageSize(bodySize());
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::setRunningHeader(const QString &left, const QString &right)
{
    m_headerLeft = left;
    m_headerRight = right;
}

QSizeF ReportDocument::bodySize() const
{
    const QSizeF body = m_setup.bodySizeMm();
    return QSizeF(mm(body.width()), mm(body.height()));
}

int ReportDocument::pageCount()
{
    m_document->setPageSize(bodySize());
    // QTextDocument counts the bottom margin of the last block as content, which can add a blank
    // page; count the pages the last non-empty block reaches instead.
    QTextBlock last = m_document->lastBlock();
    while (last.isValid() && last.text().isEmpty() && last.previous().isValid() && !last.textList())
        last = last.previous();
    const QRectF rect = m_document->documentLayout()->blockBoundingRect(last);
    const int used = qMax(1, int(std::ceil((rect.bottom() - 0.5) / bodySize().height())));
    return qMin(used, m_document->pageCount());
}

QTextCursor ReportDocument::cursor()
{
    QTextCursor cursor(m_document.get());
    cursor.movePosition(QTextCursor::End);
    return cursor;
}

void ReportDocument::startBlock(Qt::Alignment alignment, double spaceAfterMm, double indent)
{
    QTextBlockFormat format;
    format.setAlignment(alignment);
    format.setBottomMargin(mm(spaceAfterMm));
    format.setTextIndent(indent);
    format.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
    QTextCursor c = cursor();
    if (m_empty) {
        c.setBlockFormat(format);
        m_empty = false;
    } else {
        // A new block must not inherit the previous block's (e.g. a title's) character format.
        QTextCharFormat plain;
        plain.setFontPointSize(10.5);
        c.insertBlock(format, plain);
    }
}

void ReportDocument::addTitle(const QString &text, double pointSize)
{
    startBlock(Qt::AlignHCenter, 6);
    cursor().insertText(text, charFormat(reportfonts::titleFamily(), pointSize, true));
}

void ReportDocument::addSubtitle(const QString &text, double pointSize)
{
    startBlock(Qt::AlignHCenter, 4);
    cursor().insertText(text, charFormat(reportfonts::bodyFamily(), pointSize));
}

void ReportDocument::addHeading(const QString &text, double pointSize)
{
    startBlock(Qt::AlignLeft, 2);
    cursor().insertText(text, charFormat(reportfonts::headingFamily(), pointSize));
}

void ReportDocument::addParagraph(const QString &text, double pointSize, Qt::Alignment alignment,
                                  int firstLineIndentChars)
{
    // One character is one em of the paragraph's font.
    const double indent = firstLineIndentChars * pointSize * layoutDpi / 72.0;
    startBlock(alignment, 1.5, indent);
    cursor().insertText(text, charFormat(reportfonts::bodyFamily(), pointSize));
}

void ReportDocument::addLabelledLine(const QString &label, const QString &value, double pointSize)
{
    startBlock(Qt::AlignLeft, 1.5);
    QTextCursor c = cursor();
    c.insertText(label, charFormat(reportfonts::headingFamily(), pointSize));
    c.insertText(value, charFormat(reportfonts::bodyFamily(), pointSize));
}

void ReportDocument::addStyledParagraph(const QString &text, const QString &family, double pointSize,
                                        const QColor &color, Qt::Alignment alignment, bool bold, double spaceAfterMm)
{
    startBlock(alignment, spaceAfterMm);
    QTextCharFormat format = charFormat(family, pointSize, bold);
    format.setForeground(color);
    cursor().insertText(text, format);
}

void ReportDocument::addRule(const QColor &color, double thicknessMm)
{
    const double widthMm = m_setup.bodySizeMm().width();
    QImage line(1000, qMax(1, int(1000 * thicknessMm / widthMm)), QImage::Format_RGB32);
    line.fill(color);
    addImage(line, widthMm);
}

void ReportDocument::addTable(const ReportTable &table)
{
    const int columns = table.headers.size();
    if (columns == 0)
        return;
    startBlock(Qt::AlignLeft, 0);

    QTextTableFormat format;
    format.setHeaderRowCount(1);
    format.setCellPadding(px(1.0));
    format.setCellSpacing(0);
    format.setBorder(px(0.15));
    format.setBorderBrush(Qt::black);
    format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
    format.setWidth(QTextLength(QTextLength::PercentageLength, 100));
    QVector<QTextLength> widths;
    for (int c = 0; c < columns; ++c) {
        const double percent = c < table.columnWidthsPercent.size() ? table.columnWidthsPercent.at(c) : 100.0 / columns;
        widths << QTextLength(QTextLength::PercentageLength, percent);
    }
    format.setColumnWidthConstraints(widths);

    QTextCursor c = cursor();
    // One edit block: the layout runs once for the whole table, not once per cell.
    c.beginEditBlock();
    QTextTable *textTable = c.insertTable(table.rows.size() + 1, columns, format);
    const QTextCharFormat headerFormat = charFormat(reportfonts::headingFamily(), table.fontPointSize);
    const QTextCharFormat cellFormat = charFormat(reportfonts::tableFamily(), table.fontPointSize);
    QTextCharFormat totalFormat = cellFormat;
    totalFormat.setFontWeight(QFont::Bold);

    auto fill = [&](int row, int column, const QString &text, const QTextCharFormat &format, Qt::Alignment align) {
        QTextTableCell cell = textTable->cellAt(row, column);
        QTextCursor cellCursor = cell.firstCursorPosition();
        QTextBlockFormat blockFormat;
        blockFormat.setAlignment(align);
        cellCursor.setBlockFormat(blockFormat);
        cellCursor.insertText(text, format);
    };
    for (int col = 0; col < columns; ++col) {
        QTextTableCell cell = textTable->cellAt(0, col);
        QTextCharFormat background = cell.format();
        background.setBackground(QColor(0xEE, 0xEE, 0xEE));
        cell.setFormat(background);
        fill(0, col, table.headers.at(col), headerFormat, Qt::AlignHCenter);
    }
    for (int row = 0; row < table.rows.size(); ++row) {
        const QStringList &values = table.rows.at(row);
        const bool total = table.boldLastRow && row == table.rows.size() - 1;
        for (int col = 0; col < columns && col < values.size(); ++col) {
            const Qt::Alignment align = col < table.alignments.size() ? table.alignments.at(col) : Qt::AlignLeft;
            fill(row + 1, col, values.at(col), total ? totalFormat : cellFormat, align);
        }
    }
    c.endEditBlock();
    // Continue after the table with an ordinary block.
    QTextCursor after = cursor();
    QTextBlockFormat spacing;
    spacing.setBottomMargin(mm(2));
    after.setBlockFormat(spacing);
}

void ReportDocument::addImage(const QImage &image, double widthMm)
{
    if (image.isNull())
        return;
    const QUrl name(QStringLiteral("report-image-%1.png").arg(++m_imageCount));
    m_document->addResource(QTextDocument::ImageResource, name, image);
    startBlock(Qt::AlignHCenter, 2);
    QTextImageFormat format;
    format.setName(name.toString());
    const double width = px(qMin(widthMm, m_setup.bodySizeMm().width()));
    format.setWidth(width);
    format.setHeight(width * image.height() / qMax(1, image.width()));
    cursor().insertImage(format);
}

void ReportDocument::addSpacing(double millimetres)
{
    startBlock(Qt::AlignLeft, 0);
    QTextBlockFormat format = cursor().blockFormat();
    format.setTopMargin(mm(millimetres));
    cursor().setBlockFormat(format);
}

void ReportDocument::addPageBreak()
{
    startBlock(Qt::AlignLeft, 0);
    QTextBlockFormat format = cursor().blockFormat();
    format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
    cursor().setBlockFormat(format);
}

} // namespace cd
