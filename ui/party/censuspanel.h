#pragma once

#include "common/status.h"
#include "party/censusdata.h"
#include "party/censuskpis.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <vector>

class QBarSet;
class QChartView;
class QComboBox;
class QGridLayout;
class QLabel;
class QPushButton;

namespace cd {

class AppSession;
class CensusDrillDialog;
class CensusExportJob;
class KpiTile;
class MaskHolder;

/// 排查统计: the census of a year (computed now, or a frozen round) as KPI tiles against the
/// seeds' targets, charts of age bands, coverage and the trend over rounds; a click on a tile
/// or a bar opens the list behind it. Starts the year's round, exports the workbook (off the
/// GUI thread, masked unless asked) and prints the summary.
class CensusPanel : public QWidget
{
    Q_OBJECT

public:
    CensusPanel(AppSession &session, MaskHolder &masks, QWidget *parent = nullptr);
    ~CensusPanel() override;

    void refresh();
    void clear();
    void retranslateUi();

    const CensusData &data() const { return m_data; }
    /// Shows the census of `year`: the frozen round when `round`, else computed now.
    void showYear(int year, bool round);
    KpiTile *tile(const QString &key) const;
    QList<KpiTile *> tiles() const { return m_tiles; }
    QChartView *ageChartView() const { return m_ageView; }
    QChartView *coverageChartView() const { return m_coverageView; }
    QChartView *trendChartView() const { return m_trendView; }
    QBarSet *ageBars() const { return m_ageBars; }
    QBarSet *coverageBars() const { return m_coverageBars; }
    /// The list dialog opened last (null once closed).
    CensusDrillDialog *lastDrill() const;
    QPushButton *startButton() const { return m_start; }

    /// Opens the list of `entity` rows the `key` selects in the shown census.
    void openDrill(const QString &entity, const QString &key, const QString &title);
    /// Starts the export to `path`; finished with exportFinished().
    void exportWorkbook(const QString &path, bool unmasked);
    Status exportSummaryPdf(const QString &path);

public slots:
    void startRound();
    void chooseExport();
    void printSummary();
    void chooseSummaryPdf();

signals:
    void exportFinished(bool ok, const QString &message);
    /// A round was started (the data changed).
    void roundStarted(int year);

private:
    void load();
    void showData();
    void buildCharts();
    void buildAgeChart();
    void buildCoverageChart();
    void buildTrendChart();
    std::vector<CensusData> earlierRounds() const;
    void showError(const QString &message);

    AppSession &m_session;
    MaskHolder &m_masks;
    CensusData m_data;
    QVector<CensusKpi> m_kpis;
    QVector<CensusKpi> m_rateKpis; ///< the bars of the coverage chart
    std::vector<CensusData> m_trend; ///< rounds (and the live census) of the trend chart
    int m_year = 0;
    bool m_round = false;

    QLabel *m_heading;
    QLabel *m_yearLabel;
    QComboBox *m_yearBox;
    QPushButton *m_start;
    QPushButton *m_export;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QLabel *m_asOf;
    QGridLayout *m_tileGrid;
    QList<KpiTile *> m_tiles;
    QLabel *m_comparison;
    QChartView *m_ageView;
    QChartView *m_coverageView;
    QChartView *m_trendView;
    QBarSet *m_ageBars = nullptr;
    QBarSet *m_coverageBars = nullptr;
    QPointer<CensusDrillDialog> m_drill;
    CensusExportJob *m_job;
};

} // namespace cd
