#include "roster/peoplesearch.h"
#include "test_roster_fixture.h"

#include <set>

using namespace rosterfixture;
using cd::PeopleQuery;

namespace {

std::set<QString> namesFor(Community &c, const PeopleQuery &query)
{
    cd::PeopleSearch search(c.db);
    const auto count = search.count(query);
    INFO("query: " << query.text.toStdString());
    REQUIRE(count.ok());
    const auto rows = search.page(query, 0, 100);
    REQUIRE(rows.ok());
    CHECK(int(rows->size()) == count.value());
    std::set<QString> names;
    for (const cd::PersonRow &r : rows.value())
        names.insert(r.name);
    return names;
}

std::set<QString> namesFor(Community &c, const QString &text)
{
    PeopleQuery q;
    q.text = text;
    return namesFor(c, q);
}

std::set<QString> set(std::initializer_list<const char *> names)
{
    std::set<QString> out;
    for (const char *n : names)
        out.insert(QString::fromUtf8(n));
    return out;
}

} // namespace

TEST_CASE("search terms are classified by what they look like", "[roster][search]")
{
    using K = PeopleQuery::TermKind;
    CHECK(PeopleQuery::classify(QStringLiteral("3-2-501")) == K::Room);
    CHECK(PeopleQuery::classify(QStringLiteral("3栋2单元501室")) == K::Room);
    CHECK(PeopleQuery::classify(QStringLiteral("1380013")) == K::Digits);
    CHECK(PeopleQuery::classify(QStringLiteral("002X")) == K::Digits);
    CHECK(PeopleQuery::classify(QStringLiteral("138-0013-8000")) == K::Digits);
    CHECK(PeopleQuery::classify(QStringLiteral("13-2-1201")) == K::Room);
    CHECK(PeopleQuery::classify(QStringLiteral("024-12345678")) == K::Digits);
    CHECK(PeopleQuery::classify(QStringLiteral("zsf")) == K::Latin);
    CHECK(PeopleQuery::classify(QStringLiteral("王建")) == K::Name);
    CHECK(PeopleQuery::terms(u"  王  ＺＳＦ\u3000xi'an ") == QStringList{QStringLiteral("王"), QStringLiteral("zsf"),
                                                                       QStringLiteral("xian")});
    // User text never becomes SQL: it is bound.
    PeopleQuery q;
    q.text = QStringLiteral("'; DROP TABLE person; --");
    const auto where = q.where();
    CHECK_FALSE(where.sql.contains(QStringLiteral("DROP"), Qt::CaseInsensitive));
    CHECK_FALSE(where.sql.contains(QStringLiteral("';")));
    bool bound = false;
    for (const QVariant &v : where.values)
        bound = bound || v.toString().contains(QStringLiteral("drop"));
    CHECK(bound);
}

TEST_CASE("search by name, pinyin and initials", "[roster][search]")
{
    Community c;
    CHECK(namesFor(c, QStringLiteral("王")) == set({"王建国", "王建", "王芳"}));
    CHECK(namesFor(c, QStringLiteral("王建")) == set({"王建国", "王建"}));
    CHECK(namesFor(c, QStringLiteral("建国")) == set({"王建国"}));
    CHECK(namesFor(c, QStringLiteral("三丰")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("张三丰")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("zhangsanfeng")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("ZhangSan")) == set({"张三丰", "张三"}));
    CHECK(namesFor(c, QStringLiteral("sanfeng")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("zsf")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("zs")) == set({"张三丰", "张三"}));
    CHECK(namesFor(c, QStringLiteral("wj")) == set({"王建国", "王建"}));
    CHECK(namesFor(c, QStringLiteral("w")) == set({"王建国", "王建", "王芳"}));
    CHECK(namesFor(c, QStringLiteral("lv")) == set({"吕布"}));
    CHECK(namesFor(c, QStringLiteral("钱")).empty());
    CHECK(namesFor(c, QStringLiteral("赵六")).empty()); // archived
}

TEST_CASE("search by ID digits, phone digits and rooms", "[roster][search]")
{
    Community c;
    CHECK(namesFor(c, QStringLiteral("1380013")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("138 0013 8000")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("138-0013-8000")) == set({"张三丰"}));
    CHECK(namesFor(c, QStringLiteral("2222")) == set({"王建"}));
    // A run of 4 digits anywhere in the ID number: 李四's address code 310104.
    CHECK(namesFor(c, QStringLiteral("3101")) == set({"李四"}));
    CHECK(namesFor(c, QStringLiteral("19650315")) == set({"王建国"}));
    // A legacy 15-digit number finds the 18-digit form; a lower-case x is an X.
    CHECK(namesFor(c, QStringLiteral("110105491231001")) == set({"张三丰"}));
    c.addPerson(QStringLiteral("钱七"), QStringLiteral("11010519491231002X"), QString(), QString(), QString());
    CHECK(namesFor(c, QStringLiteral("002x")) == set({"钱七"}));
    const QString last4 = makeId("440524", "19700101", "007").right(4);
    CHECK(namesFor(c, last4).count(QStringLiteral("吕布")) == 1);

    CHECK(namesFor(c, QStringLiteral("3-2-501")) == set({"张三丰", "张三", "李四"}));
    CHECK(namesFor(c, QStringLiteral("3栋2单元501室")) == set({"张三丰", "张三", "李四"}));
    CHECK(namesFor(c, QStringLiteral("幸福小区3-2-501")) == set({"张三丰", "张三"}));
    CHECK(namesFor(c, QStringLiteral("3-2")) == set({"张三丰", "张三", "王建国", "李四"}));
    CHECK(namesFor(c, QStringLiteral("5栋")) == set({"王芳"}));
    CHECK(namesFor(c, QStringLiteral("501")) == set({"张三丰", "张三", "王芳", "李四"}));
    CHECK(namesFor(c, QStringLiteral("王 3-2")) == set({"王建国"}));
    CHECK(namesFor(c, QStringLiteral("zs 李")).empty());
}

TEST_CASE("filters: special group, political status, grid, occupancy, scope, archived", "[roster][search]")
{
    Community c;
    PeopleQuery q;
    q.tag = QStringLiteral("elderly_alone");
    CHECK(namesFor(c, q) == set({"张三丰"}));

    q = {};
    q.politicalStatus = QStringLiteral("cpc_member");
    CHECK(namesFor(c, q) == set({"张三丰"}));

    q = {};
    q.gridId = c.gridB;
    CHECK(namesFor(c, q) == set({"王芳"}));
    q.gridId = c.gridA;
    CHECK(namesFor(c, q) == set({"张三丰", "张三", "王建国", "王建"}));
    q.text = QStringLiteral("王");
    CHECK(namesFor(c, q) == set({"王建国", "王建"}));

    q = {};
    cd::Dwelling d = c.repo->dwelling(c.dwelling.at(QStringLiteral("幸福小区 3-1-101"))).value();
    d.occupancy = QStringLiteral("出租");
    saved(c.repo->saveDwelling(d));
    q.occupancy = QStringLiteral("rented");
    CHECK(namesFor(c, q) == set({"王建"}));
    q.includeArchived = true; // 赵六 lived there too
    CHECK(namesFor(c, q) == set({"王建", "赵六"}));

    q = {};
    q.estateId = c.hexie;
    CHECK(namesFor(c, q) == set({"李四"}));
    q = {};
    q.dwellingId = c.dwelling.at(QStringLiteral("幸福小区 3-2-501"));
    CHECK(namesFor(c, q) == set({"张三丰", "张三"}));

    q = {};
    CHECK(namesFor(c, q).size() == 7);
    q.includeArchived = true;
    CHECK(namesFor(c, q).size() == 8);
}

TEST_CASE("result rows carry address, relation, age and tags; pages and orders", "[roster][search]")
{
    Community c;
    cd::PeopleSearch search(c.db);
    search.setToday(QDate(2024, 12, 31));
    PeopleQuery q;
    q.text = QStringLiteral("张三丰");
    auto rows = search.page(q, 0, 10).value();
    REQUIRE(rows.size() == 1);
    const cd::PersonRow &r = rows[0];
    CHECK(r.sex == QStringLiteral("M"));
    CHECK(r.birthDate == QDate(1949, 12, 31));
    CHECK(r.age == 75);
    CHECK(r.phone == QStringLiteral("13800138000"));
    CHECK(r.idNumber == makeId("110105", "19491231", "001"));
    CHECK(r.politicalStatus == QStringLiteral("cpc_member"));
    CHECK(r.tags == QStringList{QStringLiteral("elderly_alone")});
    CHECK(r.address == QStringLiteral("幸福小区 3-2-501"));
    CHECK(r.relation == QStringLiteral("户主"));
    CHECK(cd::PeopleSearch::ageOn(QDate(1949, 12, 31), QDate(2024, 12, 30)) == 74);

    q = {};
    q.order = PeopleQuery::Order::Name;
    rows = search.page(q, 0, 100).value();
    REQUIRE(rows.size() == 7);
    CHECK(rows.front().name == QStringLiteral("李四"));   // lisi
    CHECK(rows.back().name == QStringLiteral("张三丰"));  // zhangsanfeng

    q.order = PeopleQuery::Order::Address;
    rows = search.page(q, 0, 100).value();
    CHECK(rows.front().address == QStringLiteral("和谐家园 3-2-501"));
    CHECK(rows.back().name == QStringLiteral("吕布")); // lives nowhere: last
    const auto second = search.page(q, 1, 2).value();
    REQUIRE(second.size() == 2);
    CHECK(second[0].id == rows[1].id);
    CHECK(second[1].id == rows[2].id);
}

TEST_CASE("the search index follows edits made by any writer", "[roster][search]")
{
    Community c;
    const qint64 id = c.person.at(QStringLiteral("王芳"));
    cd::Person p = c.repo->person(id).value();
    p.name = QStringLiteral("王芳芳");
    p.phone = QStringLiteral("18612345678");
    saved(c.repo->updatePerson(p));
    CHECK(namesFor(c, QStringLiteral("芳芳")) == set({"王芳芳"}));
    CHECK(namesFor(c, QStringLiteral("wangfangfang")) == set({"王芳芳"}));
    CHECK(namesFor(c, QStringLiteral("18600003333")).empty());
    CHECK(namesFor(c, QStringLiteral("8612345678")) == set({"王芳芳"}));

    // A row written directly in SQL (as a bulk generator would) is found too.
    QSqlQuery q(c.db.sql());
    REQUIRE(q.exec(QStringLiteral("INSERT INTO person(name, phone, name_pinyin, name_initials) "
                                  "VALUES ('欧阳修', '13344445555', 'ouyangxiu', 'oyx')")));
    CHECK(namesFor(c, QStringLiteral("欧阳")) == set({"欧阳修"}));
    CHECK(namesFor(c, QStringLiteral("oyx")) == set({"欧阳修"}));
    CHECK(namesFor(c, QStringLiteral("4444555")) == set({"欧阳修"}));
    REQUIRE(q.exec(QStringLiteral("DELETE FROM person WHERE name = '欧阳修'")));
    CHECK(namesFor(c, QStringLiteral("欧阳")).empty());
    CHECK(scalarInt(c.db, QStringLiteral("SELECT count(*) FROM person_name_gram g LEFT JOIN person p ON p.id = g.person_id "
                                         "WHERE p.id IS NULL")) == 0);
}
