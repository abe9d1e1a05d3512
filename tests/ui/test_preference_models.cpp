// Typed preferences and the overview's item model.
#include "uitestsupport.h"

#include "overview/estatesummarymodel.h"
#include "settings/languagemanager.h"
#include "settings/preference.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QSettings>

using namespace cd;

TEST_CASE("Preference<T> reads its default until set", "[ui][settings]")
{
    test::useTemporarySettings();
    const Preference<int> count{QStringLiteral("test/count"), 7};
    const Preference<QString> name{QStringLiteral("test/name"), QStringLiteral("none")};
    count.reset();
    name.reset();

    CHECK_FALSE(count.isSet());
    CHECK(count.value() == 7);
    count.setValue(42);
    CHECK(count.isSet());
    CHECK(count.value() == 42);
    CHECK(QSettings().value(QStringLiteral("test/count")).toInt() == 42);

    name.setValue(QStringLiteral("社区"));
    CHECK(name.value() == QStringLiteral("社区"));
    name.reset();
    CHECK(name.value() == QStringLiteral("none"));

    // Something unreadable as T counts as unset.
    QSettings().setValue(QStringLiteral("test/count"), QVariantList{1, 2});
    CHECK(count.value() == 7);
    count.reset();
}

TEST_CASE("The system language decides the default language", "[ui][settings][language]")
{
    const QString system = LanguageManager::systemLanguage();
    CHECK((system == LanguageManager::chinese() || system == LanguageManager::english()));
    CHECK(system == (QLocale::system().name().startsWith(QLatin1String("zh")) ? LanguageManager::chinese()
                                                                               : LanguageManager::english()));
}

TEST_CASE("EstateSummaryModel passes the model tester", "[ui][overview]")
{
    EstateSummaryModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    CHECK(model.columnCount() == EstateSummaryModel::ColumnCount);

    std::vector<EstateSummary> rows(2);
    rows[0].id = 1;
    rows[0].name = QStringLiteral("阳光花园");
    rows[0].buildings = 12;
    rows[0].dwellings = 480;
    rows[1].id = 2;
    rows[1].name = QStringLiteral("翠湖苑");
    rows[1].residents = 9;
    model.setRows(rows);

    REQUIRE(model.rowCount() == 2);
    CHECK(model.index(0, EstateSummaryModel::NameColumn).data().toString() == QStringLiteral("阳光花园"));
    CHECK(model.index(0, EstateSummaryModel::DwellingsColumn).data(EstateSummaryModel::SortRole).toInt() == 480);
    CHECK(model.index(1, EstateSummaryModel::ResidentsColumn).data(EstateSummaryModel::SortRole).toInt() == 9);
    CHECK(model.index(1, 0).data(EstateSummaryModel::EstateIdRole).toLongLong() == 2);

    rows[0].dwellings = 12345;
    model.setRows(rows);
    // Shown with the locale's digit grouping, sorted by the number.
    CHECK(model.index(0, EstateSummaryModel::DwellingsColumn).data().toString() == QLocale().toString(12345));
    CHECK(model.headerData(EstateSummaryModel::BuildingsColumn, Qt::Horizontal).toString()
          == QStringLiteral("Buildings"));
    model.setRows({});
    CHECK(model.rowCount() == 0);
}
