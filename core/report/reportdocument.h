#pragma once

#include "report/pagesetup.h"

#include <QColor>
#include <QCoreApplication>
#include <QImage>
#include <QStringList>
#include <QTextDocument>
#include <QVector>

#include <memory>

class QTextCursor;

namespace cd {

/// A table for a report: header row repeated on every page it spans.
struct ReportTable
{
    QStringList headers;
    QVector<QStringList> rows;
    QVector<double> columnWidthsPercent; ///< empty: equal widths
    double fontPointSize = 10.5;         ///< 五号
    QVector<Qt::Alignment> alignments;   ///< per column; empty: left
    bool boldLastRow = false;            ///< a totals row
};

/// A printable document built from data: one QTextDocument laid out on a fixed page grid,
/// plus what the renderer prints around it (running header, "第 N 页 共 M 页" footer).
/// All printed output — PDF, ODT, the printer — goes through this one type.
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(cd::ReportDocument)

public:
    /// Layout resolution: lengths in the document are in dots at this density.
    static constexpr int layoutDpi = 300;

    explicit ReportDocument(const PageSetup &setup = PageSetup::portraitReport());
    ~ReportDocument();
    ReportDocument(const ReportDocument &) = delete;
    ReportDocument &operator=(const ReportDocument &) = delete;

    const PageSetup &pageSetup() const { return m_setup; }
    QTextDocument *document() { return m_document.get(); }

    /// Text printed small in the top margin of every page (left and right parts); empty: none.
    void setRunningHeader(const QString &left, const QString &right = QString());
    QString runningHeaderLeft() const { return m_headerLeft; }
    QString runningHeaderRight() const { return m_headerRight; }
    void setPageNumbers(bool on) { m_pageNumbers = on; }
    bool pageNumbers() const { return m_pageNumbers; }

    // Building blocks, appended in order.
    void addTitle(const QString &text, double pointSize = 22);
    void addSubtitle(const QString &text, double pointSize = 12);
    void addHeading(const QString &text, double pointSize = 16);
    /// A paragraph in the body font; `firstLineIndentChars` indents by that many characters.
    void addParagraph(const QString &text, double pointSize = 12, Qt::Alignment alignment = Qt::AlignLeft,
                      int firstLineIndentChars = 0);
    /// A "label: value" line with the label bold.
    void addLabelledLine(const QString &label, const QString &value, double pointSize = 12);
    /// A paragraph in any font role, size, colour and alignment (e.g. a red masthead).
    void addStyledParagraph(const QString &text, const QString &family, double pointSize, const QColor &color,
                            Qt::Alignment alignment = Qt::AlignHCenter, bool bold = false, double spaceAfterMm = 1.5);
    /// A horizontal rule across the text width (e.g. the red line under a masthead).
    void addRule(const QColor &color, double thicknessMm);
    void addTable(const ReportTable &table);
    void addImage(const QImage &image, double widthMm);
    void addSpacing(double mm);
    void addPageBreak();

    /// Millimetres to layout units.
    static double mm(double millimetres) { return millimetres * layoutDpi / 25.4; }
    /// Millimetres to the 96-dpi "pixels" that Qt's text layout scales itself for table
    /// borders, cell padding and image sizes.
    static double px(double millimetres) { return millimetres * 96 / 25.4; }
    /// Lays the document out on its pages and returns how many there are.
    int pageCount();
    /// Body area of one page in layout units.
    QSizeF bodySize() const;

private:
    QTextCursor cursor();
    void startBlock(Qt::Alignment alignment, double spaceAfterMm = 1.5, double indent = 0);

    PageSetup m_setup;
    QImage m_layoutDevice; // gives the layout its resolution
    std::unique_ptr<QTextDocument> m_document;
    QString m_headerLeft;
    QString m_headerRight;
    bool m_pageNumbers = true;
    bool m_empty = true;
    int m_imageCount = 0;
};

} // namespace cd
