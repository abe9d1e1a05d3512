#include "overview/overviewpage.h"

#include "common/clock.h"
#include "meeting/meetingstore.h"
#include "overview/estatesummarymodel.h"
#include "pages/navicons.h"
#include "session/appsession.h"
#include "widgets/statcard.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace cd {

namespace {
const OverviewPage::Figure allFigures[] = {OverviewPage::Figure::Estates, OverviewPage::Figure::Buildings,
                                           OverviewPage::Figure::Dwellings, OverviewPage::Figure::Households,
                                           OverviewPage::Figure::People};
} // namespace

OverviewPage::OverviewPage(AppSession &session, QWidget *parent)
    : Page(session, parent),
      m_heading(new QLabel(this)),
      m_subheading(new QLabel(this)),
      m_estatesHeading(new QLabel(this)),
      m_emptyHint(new QLabel(this)),
      m_meetingReminder(new QLabel(this)),
      m_model(new EstateSummaryModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("overviewPage"));
    m_heading->setObjectName(QStringLiteral("pageHeading"));
    m_subheading->setObjectName(QStringLiteral("pageSubheading"));
    m_estatesHeading->setObjectName(QStringLiteral("sectionHeading"));
    m_emptyHint->setObjectName(QStringLiteral("emptyHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_meetingReminder->setObjectName(QStringLiteral("meetingReminder"));
    m_meetingReminder->setWordWrap(true);
    setStyleSheet(QStringLiteral("#pageHeading { font-size: 20px; font-weight: 600; color: #202124; }"
                                 "#pageSubheading { color: #5f6368; }"
                                 "#sectionHeading { font-size: 15px; font-weight: 600; color: #202124; }"
                                 "#emptyHint { color: #5f6368; padding: 24px; }"
                                 "#meetingReminder { background: #fdecea; color: #a50e0e; border: 1px solid #f5c6c2;"
                                 " border-radius: 4px; padding: 8px 12px; }"
                                 "#estateTable { border: 1px solid #e3e3e6; border-radius: 4px;"
                                 " alternate-background-color: #fafafb; }"
                                 "#estateTable QHeaderView::section { padding: 6px 4px; border: none;"
                                 " border-bottom: 1px solid #e3e3e6; background: #f6f6f8; color: #3c4043; }"));

    auto *cards = new QHBoxLayout;
    cards->setSpacing(12);
    for (Figure figure : allFigures) {
        auto *card = new StatCard(this);
        m_cards.insert(figure, card);
        cards->addWidget(card);
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortLocaleAware(true);
    m_proxy->setSortRole(EstateSummaryModel::SortRole);
    m_table->setObjectName(QStringLiteral("estateTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // creation order until the user sorts
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(30);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(EstateSummaryModel::NameColumn, QHeaderView::Stretch);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 22);
    layout->setSpacing(8);
    layout->addWidget(m_heading);
    layout->addWidget(m_subheading);
    layout->addSpacing(12);
    layout->addWidget(m_meetingReminder);
    layout->addLayout(cards);
    layout->addSpacing(16);
    layout->addWidget(m_estatesHeading);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_emptyHint);
    layout->addStretch(0); // takes what the table, at its fitted height, leaves

    retranslateUi();
    showSummary();
}

QString OverviewPage::title() const
{
    return tr("Overview");
}

QIcon OverviewPage::icon() const
{
    return navigationIcon(QStringLiteral("overview"));
}

void OverviewPage::refresh()
{
    Result<RosterSummary> loaded = RosterSummary::load(session().database());
    // A read failure shows as an empty page with the reason; it is not worth a dialog.
    m_summary = loaded ? loaded.value() : RosterSummary();
    m_emptyHint->setProperty("error", loaded ? QString() : loaded.message());
    m_meetingDue = false;
    const QDate today = SystemClock().now().date();
    if (const auto months = MeetingStore::compliance(session().database(), today.year(), today); months) {
        for (const MonthCompliance &m : *months)
            m_meetingDue |= m.month == today.month() && m.state == MonthCompliance::Due;
    }
    showSummary();
}

void OverviewPage::databaseClosed()
{
    m_summary = RosterSummary();
    m_meetingDue = false;
    showSummary();
}

void OverviewPage::showSummary()
{
    const QLocale locale;
    const int values[] = {m_summary.estates, m_summary.buildings, m_summary.dwellings, m_summary.households,
                          m_summary.people};
    int i = 0;
    for (Figure figure : allFigures)
        m_cards.value(figure)->setValue(locale.toString(values[i++]));
    m_model->setRows(m_summary.estateRows);
    fitTableHeight();

    const bool empty = m_summary.estateRows.empty();
    // A community with no roster yet has nothing to meet about; the reminder waits for data.
    m_meetingReminder->setVisible(m_meetingDue && !empty);
    m_meetingReminder->setText(tr("No joint party-building meeting (党建联席会议) has been held this month yet: "
                                  "at least one is required every month (see Meetings)."));
    m_table->setVisible(!empty);
    m_emptyHint->setVisible(empty);
    const QString error = m_emptyHint->property("error").toString();
    if (!error.isEmpty())
        m_emptyHint->setText(error);
    else
        m_emptyHint->setText(tr("No estates yet. Add them on the roster page or import a roster from Excel."));

    const QString path = session().path();
    m_subheading->setText(path.isEmpty() ? tr("No database is open.")
                                         : tr("The community at a glance — %1")
                                               .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
}

void OverviewPage::fitTableHeight()
{
    // As tall as its lines, so a few estates do not sit in a large empty box; the
    // layout still shrinks it (with a scroll bar) when there are many.
    const int rows = m_model->rowCount();
    const int height = m_table->horizontalHeader()->sizeHint().height()
                       + rows * m_table->verticalHeader()->defaultSectionSize() + 2 * m_table->frameWidth() + 2;
    m_table->setMaximumHeight(height);
    m_table->setMinimumHeight(qMin(height, 160));
}

void OverviewPage::retranslateUi()
{
    m_heading->setText(tr("Overview"));
    m_estatesHeading->setText(tr("Estates"));
    m_cards.value(Figure::Estates)->setCaption(tr("Estates"));
    m_cards.value(Figure::Buildings)->setCaption(tr("Buildings"));
    m_cards.value(Figure::Dwellings)->setCaption(tr("Dwellings"));
    m_cards.value(Figure::Households)->setCaption(tr("Households (occupied dwellings)"));
    m_cards.value(Figure::People)->setCaption(tr("People"));
    m_model->retranslate();
    showSummary();
}

} // namespace cd
