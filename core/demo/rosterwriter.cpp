#include "demo/rosterwriter.h"

#include "db/database.h"
#include "demo/demoindexsuspension.h"
#include "demo/demoinserter.h"
#include "demo/demoplaces.h"
#include "demo/demoprogress.h"
#include "demo/demostagingtable.h"
#include "demo/personsearchbulkload.h"
#include "roster/pinyin.h"

namespace cd {

namespace {

QStringList columns(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

// A null QString binds as NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

QVariant idOrNull(int id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// Each enum's stored text, converted once instead of once per row.
template <typename Enum, int N>
struct CodeCache
{
    QString text[N];
    explicit CodeCache(QString (*code)(Enum))
    {
        for (int i = 0; i < N; ++i)
            text[i] = code(Enum(i));
    }
    const QString &operator[](Enum value) const { return text[int(value)]; }
};

} // namespace

RosterWriter::RosterWriter(Database &database, const RosterPlan &plan, const QString &timestamp,
                           DemoProgress &progress)
    : m_database(database), m_plan(plan), m_timestamp(timestamp), m_progress(progress)
{
}

qint64 RosterWriter::rowCount(const RosterPlan &plan)
{
    qint64 tags = 0;
    qint64 stewardHouseholds = 0;
    for (const DemoPerson &person : plan.people) {
        for (quint8 bits = person.tags; bits; bits &= quint8(bits - 1))
            ++tags;
    }
    for (const DemoSteward &steward : plan.stewards)
        stewardHouseholds += qint64(steward.dwellingIndexes.size());
    return qint64(plan.estates.size() + plan.grids.size() + plan.companies.size() + plan.buildings.size()
                  + plan.units.size() + plan.dwellings.size() + 5 * plan.people.size() + plan.residences.size()
                  + plan.ownerships.size() + plan.leaders.size() + plan.stewards.size())
           + tags + stewardHouseholds;
}

Status RosterWriter::write()
{
    m_total = rowCount(m_plan);
    m_done = 0;
    // Every roster table starts empty (RosterDemo::checkEmpty), so its indexes are built once at the end.
    DemoIndexSuspension indexes(m_database.sql());
    Status suspended = indexes.suspend(columns({"estate", "grid", "property_company", "building", "unit", "dwelling",
                                                "person", "person_tag", "residence", "ownership", "building_leader",
                                                "red_steward", "red_steward_household", "person_history"}));
    if (!suspended.ok())
        return suspended;
    for (Status (RosterWriter::*part)() : {&RosterWriter::writePlaces, &RosterWriter::writeDwellings,
                                           &RosterWriter::writePeople, &RosterWriter::writeLinks,
                                           &RosterWriter::writeRoles}) {
        const Status status = (this->*part)();
        if (!status.ok())
            return status;
    }
    const Status restored = indexes.restore();
    if (!restored.ok())
        return restored;
    m_done += qint64(m_plan.people.size()); // the index builds, weighed like a pass over the people
    return m_progress.update(m_done, m_total) ? Status::success() : Status::failure(tr("Cancelled."));
}

bool RosterWriter::advance()
{
    // The callback is cheap, but asking every 1,024 rows keeps the loop tight.
    if ((++m_done & 1023) != 0)
        return true;
    return m_progress.update(m_done, m_total);
}

// A step that ran into a cancel: the generator turns this into its own message.
#define CD_DEMO_ROW(statement)                                                                                 \
    do {                                                                                                       \
        const Status rowStatus = (statement);                                                                  \
        if (!rowStatus.ok())                                                                                   \
            return rowStatus;                                                                                  \
        if (!advance())                                                                                        \
            return Status::failure(tr("Cancelled."));                                                          \
    } while (false)

Status RosterWriter::writePlaces()
{
    const QSqlDatabase db = m_database.sql();
    DemoInserter estate(db, "estate", columns({"id", "name", "address", "developer", "notes"}));
    for (const DemoEstate &e : m_plan.estates)
        CD_DEMO_ROW(estate.insert({e.id, e.name, e.address, e.developer, e.notes}));

    DemoInserter grid(db, "grid", columns({"id", "name", "worker_name", "worker_phone"}));
    for (const DemoGrid &g : m_plan.grids)
        CD_DEMO_ROW(grid.insert({g.id, g.name, g.workerName, g.workerPhone}));

    DemoInserter company(db, "property_company", columns({"id", "name", "credit_code", "phone"}));
    for (const DemoCompany &c : m_plan.companies)
        CD_DEMO_ROW(company.insert({c.id, c.name, c.creditCode, c.phone}));

    DemoInserter building(db, "building", columns({"id", "estate_id", "number", "address", "floors", "year_built",
                                                   "grid_id", "property_company_id"}));
    for (const DemoBuilding &b : m_plan.buildings)
        CD_DEMO_ROW(building.insert({b.id, m_plan.estates[size_t(b.estateIndex)].id, QString::number(b.number),
                                     b.address, b.floors, b.yearBuilt, idOrNull(b.gridId), idOrNull(b.companyId)}));

    DemoInserter unit(db, "unit", columns({"id", "building_id", "number"}));
    for (const DemoUnit &u : m_plan.units)
        CD_DEMO_ROW(unit.insert({u.id, m_plan.buildings[size_t(u.buildingIndex)].id, QString::number(u.number)}));
    return Status::success();
}

Status RosterWriter::writeDwellings()
{
    static const CodeCache<DemoOccupancy, 4> occupancy(&democode::occupancy);
    DemoInserter dwelling(m_database.sql(), "dwelling",
                          columns({"id", "unit_id", "room", "floor", "area_centi", "occupancy", "delivered"}));
    for (const DemoDwelling &d : m_plan.dwellings)
        CD_DEMO_ROW(dwelling.insert({d.id, m_plan.units[size_t(d.unitIndex)].id, QString::number(d.room), d.floor,
                                     d.areaCenti, occupancy[d.occupancy], d.delivered ? 1 : 0}));
    return Status::success();
}

Status RosterWriter::writePeople()
{
    static const CodeCache<DemoPolitical, 6> political(&democode::political);
    static const CodeCache<DemoHukou, 3> hukou(&democode::hukou);
    static const CodeCache<DemoEducation, 9> education(&democode::education);
    const QStringList &ethnicities = DemoPlaces::ethnicities();
    const QString male = QStringLiteral("M");
    const QString female = QStringLiteral("F");
    const QSqlDatabase db = m_database.sql();

    // person has the search triggers: staged, then moved over in chunks (see DemoStagingTable).
    DemoStagingTable person(db, "person", columns({"id", "name", "sex", "id_number", "birth_date", "phone", "ethnicity",
                                                   "political_status", "hukou", "education", "workplace",
                                                   "name_pinyin", "name_initials", "created_at", "updated_at"}));
    if (!person.status().ok())
        return person.status();
    for (const DemoPerson &p : m_plan.people)
        CD_DEMO_ROW(person.insert({p.id, p.name, p.male ? male : female, p.idNumber, p.birth.toString(Qt::ISODate),
                                   text(p.phone), ethnicities.at(p.ethnicity), political[p.political], hukou[p.hukou],
                                   text(education[p.education]), text(p.workplace), pinyin::full(p.name),
                                   pinyin::initials(p.name), m_timestamp, m_timestamp}));

    // Into an empty table the search index is cheaper to build once at the end.
    PersonSearchBulkLoad search(db);
    Status status = search.begin();
    if (!status.ok())
        return status;
    const qint64 before = m_done;
    status = person.moveRows(5000, [this, before](qint64 done) {
        m_done = before + done;
        return m_progress.update(m_done, m_total);
    });
    if (status.ok())
        status = search.finish();
    if (!status.ok())
        return status;
    m_done += qint64(m_plan.people.size()); // the search index, weighed like a pass over the people
    if (!m_progress.update(m_done, m_total))
        return Status::failure(tr("Cancelled."));

    // The roster keeps a history per person; the demo's entry is its creation.
    DemoInserter history(db, "person_history", columns({"person_id", "at", "kind", "detail"}));
    const QString created = QStringLiteral("created");
    for (const DemoPerson &p : m_plan.people)
        CD_DEMO_ROW(history.insert({p.id, m_timestamp, created, text(QString())}));

    DemoInserter tag(db, "person_tag", columns({"person_id", "tag"}));
    QString tagCodes[DemoTagCount];
    for (int bit = 0; bit < DemoTagCount; ++bit)
        tagCodes[bit] = democode::tag(bit);
    for (const DemoPerson &p : m_plan.people) {
        for (int bit = 0; bit < DemoTagCount; ++bit) {
            if (p.tags & (1u << bit))
                CD_DEMO_ROW(tag.insert({p.id, tagCodes[bit]}));
        }
    }
    return Status::success();
}

Status RosterWriter::writeLinks()
{
    static const CodeCache<DemoRelation, 9> relation(&democode::relation);
    const QSqlDatabase db = m_database.sql();
    DemoInserter residence(db, "residence", columns({"id", "person_id", "dwelling_id", "relation", "moved_in"}));
    int id = 0;
    for (const DemoResidence &r : m_plan.residences)
        CD_DEMO_ROW(residence.insert({++id, m_plan.people[size_t(r.personIndex)].id,
                                      m_plan.dwellings[size_t(r.dwellingIndex)].id, relation[r.relation],
                                      dateOrNull(r.movedIn)}));

    DemoInserter ownership(db, "ownership",
                           columns({"id", "dwelling_id", "person_id", "is_developer", "is_voter", "since"}));
    id = 0;
    for (const DemoOwnership &o : m_plan.ownerships) {
        const bool developer = o.personIndex < 0;
        CD_DEMO_ROW(ownership.insert({++id, m_plan.dwellings[size_t(o.dwellingIndex)].id,
                                      developer ? QVariant() : QVariant(m_plan.people[size_t(o.personIndex)].id),
                                      developer ? 1 : 0, o.voter ? 1 : 0, dateOrNull(o.since)}));
    }
    return Status::success();
}

Status RosterWriter::writeRoles()
{
    static const CodeCache<DemoLeaderKind, 3> kind(&democode::leaderKind);
    const QSqlDatabase db = m_database.sql();
    DemoInserter leader(db, "building_leader", columns({"id", "building_id", "person_id", "kind", "since"}));
    int id = 0;
    for (const DemoLeader &l : m_plan.leaders)
        CD_DEMO_ROW(leader.insert({++id, m_plan.buildings[size_t(l.buildingIndex)].id,
                                   m_plan.people[size_t(l.personIndex)].id, kind[l.kind], dateOrNull(l.since)}));

    DemoInserter steward(db, "red_steward", columns({"id", "person_id", "property_company_id", "since"}));
    for (const DemoSteward &s : m_plan.stewards)
        CD_DEMO_ROW(steward.insert({s.id, m_plan.people[size_t(s.personIndex)].id, idOrNull(s.companyId),
                                    dateOrNull(s.since)}));

    DemoInserter household(db, "red_steward_household", columns({"steward_id", "dwelling_id"}));
    for (const DemoSteward &s : m_plan.stewards) {
        for (int d : s.dwellingIndexes)
            CD_DEMO_ROW(household.insert({s.id, m_plan.dwellings[size_t(d)].id}));
    }
    return Status::success();
}

#undef CD_DEMO_ROW

} // namespace cd
