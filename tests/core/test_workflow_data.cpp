// 五单 data: places and households, categories, handlers, photos.
#include "test_workflow_fixture.h"

#include "workflow/requestphotos.h"

#include <QBuffer>
#include <QImage>

using namespace cd;
using cd::test::WorkflowFixture;

TEST_CASE("a request's place and household come from the roster links", "[workflow]")
{
    WorkflowFixture f;
    NewRequest in;
    in.title = QStringLiteral("卫生间渗水");
    in.categoryId = f.water;
    in.severity = Severity::Complex;
    in.channel = Channel::DoorKnock;
    in.personId = f.person;
    in.dwellingId = f.dwelling;
    const Request atHome = f.engine.request(f.engine.add(in).value()).value();
    CHECK(atHome.placeKind == PlaceKind::Dwelling);
    CHECK(atHome.buildingId == f.building);
    CHECK(atHome.estateId == f.estate);
    CHECK(atHome.householdId == f.dwelling); // the person's current residence
    CHECK(atHome.personName == QStringLiteral("贾秀英"));
    CHECK(atHome.placeText == QStringLiteral("月亮门小区 3-2-501"));
    CHECK(atHome.channel == Channel::DoorKnock);
    CHECK(atHome.state == RequestState::Listed);

    // 公共区域 raised by a resident belongs to the resident's estate.
    NewRequest outside = in;
    outside.dwellingId = 0;
    outside.placeNote = QStringLiteral("北门车棚");
    const Request publicArea = f.engine.request(f.engine.add(outside).value()).value();
    CHECK(publicArea.placeKind == PlaceKind::Public);
    CHECK(publicArea.estateId == f.estate);
    CHECK(publicArea.buildingId == 0);
    CHECK(publicArea.placeText.endsWith(QStringLiteral("北门车棚")));

    NewRequest building = in;
    building.dwellingId = 0;
    building.buildingId = f.building;
    CHECK(f.engine.request(f.engine.add(building).value())->placeKind == PlaceKind::Building);

    NewRequest wrong = in;
    wrong.buildingId = cd::test::insertRow(f.db, QStringLiteral("INSERT INTO building(estate_id, number) VALUES (?, '9')"),
                                           {f.estate});
    CHECK_THAT(f.engine.add(wrong).message().toStdString(), Catch::Contains("is not in building"));
    NewRequest nobody = in;
    nobody.personId = 424242;
    CHECK_FALSE(f.engine.add(nobody).ok());
    NewRequest noCategory = in;
    noCategory.categoryId = 0;
    CHECK_FALSE(f.engine.add(noCategory).ok());
}

TEST_CASE("categories: seed defaults, editable, archived instead of deleted when used", "[workflow]")
{
    WorkflowFixture f;
    CategoryStore store(f.db);
    const QList<RequestCategory> defaults = store.list().value();
    REQUIRE(defaults.size() == 12);
    CHECK(defaults.first().name == QStringLiteral("水电维修"));
    CHECK(defaults.at(4).name == QStringLiteral("电动车充电/飞线充电"));
    CHECK(defaults.last().name == QStringLiteral("其他"));

    const qint64 lift = store.add(QStringLiteral(" 加装电梯 ")).value();
    CHECK(store.list()->last().name == QStringLiteral("加装电梯"));
    CHECK_FALSE(store.add(QStringLiteral("加装电梯")).ok());
    CHECK_FALSE(store.add(QStringLiteral("  ")).ok());
    REQUIRE(store.rename(lift, QStringLiteral("电梯")).ok());
    CHECK(store.find(QString::number(lift))->name == QStringLiteral("电梯"));

    f.add(QStringLiteral("2025-04-10T08:00:00"), Severity::Ordinary, lift);
    CHECK_THAT(store.remove(lift).message().toStdString(), Catch::Contains("archive"));
    REQUIRE(store.setArchived(lift, true).ok());
    CHECK(store.list()->size() == 12);
    CHECK(store.list(true)->size() == 13);
    NewRequest in;
    in.title = QStringLiteral("电梯异响");
    in.categoryId = lift;
    CHECK_THAT(f.engine.add(in).message().toStdString(), Catch::Contains("archived"));
    const qint64 unused = store.add(QStringLiteral("临时")).value();
    CHECK(store.remove(unused).ok());
}

TEST_CASE("handlers: property companies join by themselves, other units are added", "[workflow]")
{
    WorkflowFixture f;
    HandlerStore store(f.db);
    const Handler property = store.get(f.property).value();
    CHECK(property.kind == HandlerKind::PropertyCompany);
    CHECK(property.propertyCompanyId == f.company);
    CHECK(property.phone == QStringLiteral("024-00000000"));

    QSqlQuery query(f.db.sql());
    REQUIRE(query.exec(QStringLiteral("UPDATE property_company SET name = '苏新物业服务有限公司' WHERE id = %1").arg(f.company)));
    CHECK(store.get(f.property)->name == QStringLiteral("苏新物业服务有限公司"));
    CHECK(store.find(QStringLiteral("苏新物业服务有限公司"))->id == f.property);
    CHECK(store.find(QString::number(f.utility))->kind == HandlerKind::Utility);

    CHECK_FALSE(store.add(QStringLiteral("自来水公司"), HandlerKind::Utility).ok());
    CHECK_FALSE(store.add(QStringLiteral("某物业"), HandlerKind::PropertyCompany).ok());
    const qint64 department = store.add(QStringLiteral("自来水公司"), HandlerKind::Department).value();
    CHECK_THAT(store.find(QStringLiteral("自来水公司")).message().toStdString(), Catch::Contains("give the id"));
    CHECK(store.list()->first().kind == HandlerKind::PropertyCompany);
    CHECK(store.list()->size() == 3);

    REQUIRE(store.setArchived(department, true).ok());
    CHECK(store.list()->size() == 2);
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    f.move(id, RequestState::Accepted);
    CHECK_THAT(f.tryMove(id, RequestState::Dispatched, {}, {}, department).message().toStdString(),
               Catch::Contains("archived"));
}

TEST_CASE("photos are kept in the database with a thumbnail", "[workflow]")
{
    WorkflowFixture f;
    const qint64 id = f.add(QStringLiteral("2025-04-10T08:00:00"));
    QImage image(800, 600, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    REQUIRE(image.save(&buffer, "PNG"));

    RequestPhotos photos(f.db, f.clock);
    const Result<qint64> added = photos.add(id, png, QStringLiteral("leak.png"));
    REQUIRE(added.ok());
    const QList<RequestPhoto> list = photos.list(id).value();
    REQUIRE(list.size() == 1);
    CHECK(list.first().width == 800);
    CHECK(list.first().height == 600);
    CHECK(list.first().mimeType == QLatin1String("image/png"));
    const QImage thumbnail = QImage::fromData(list.first().thumbnail);
    CHECK(thumbnail.width() == RequestPhotos::thumbnailSize);
    CHECK(thumbnail.height() == 120);
    CHECK(photos.data(added.value()).value() == png);

    CHECK_FALSE(photos.add(id, QByteArray("not an image"), QStringLiteral("x.jpg")).ok());
    CHECK_FALSE(photos.add(id, QByteArray(), QStringLiteral("x.jpg")).ok());
    CHECK_FALSE(photos.add(9999, png, QStringLiteral("leak.png")).ok());
    CHECK(photos.list(id)->size() == 1);
}
