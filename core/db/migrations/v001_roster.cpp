// Schema version 1: the community roster — estates, grids, buildings, units, dwellings,
// people, who lives where, who owns what, building leaders and red stewards.
#include "db/migrations.h"

namespace cd {

QStringList schemaV1Roster()
{
    return {
        QStringLiteral(R"(CREATE TABLE estate (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            address TEXT NOT NULL DEFAULT '',
            developer TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT ''))"),

        QStringLiteral(R"(CREATE TABLE grid (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            worker_name TEXT NOT NULL DEFAULT '',
            worker_phone TEXT NOT NULL DEFAULT ''))"),

        // Property companies appear on buildings here; the party census adds its own columns.
        QStringLiteral(R"(CREATE TABLE property_company (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            credit_code TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT ''))"),

        QStringLiteral(R"(CREATE TABLE building (
            id INTEGER PRIMARY KEY,
            estate_id INTEGER NOT NULL REFERENCES estate(id) ON DELETE RESTRICT,
            number TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            floors INTEGER CHECK (floors IS NULL OR floors BETWEEN 1 AND 200),
            year_built INTEGER CHECK (year_built IS NULL OR year_built BETWEEN 1800 AND 2200),
            grid_id INTEGER REFERENCES grid(id) ON DELETE SET NULL,
            property_company_id INTEGER REFERENCES property_company(id) ON DELETE SET NULL,
            UNIQUE (estate_id, number)))"),

        QStringLiteral(R"(CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            building_id INTEGER NOT NULL REFERENCES building(id) ON DELETE RESTRICT,
            number TEXT NOT NULL,
            UNIQUE (building_id, number)))"),

        // Areas are kept in hundredths of m² so that sums and the election tally stay exact.
        // Occupancy codes: owner_occupied 自住, rented 出租, vacant 空置, unsold 未售.
        QStringLiteral(R"(CREATE TABLE dwelling (
            id INTEGER PRIMARY KEY,
            unit_id INTEGER NOT NULL REFERENCES unit(id) ON DELETE RESTRICT,
            room TEXT NOT NULL,
            floor INTEGER,
            area_centi INTEGER NOT NULL DEFAULT 0 CHECK (area_centi >= 0),
            occupancy TEXT NOT NULL DEFAULT 'owner_occupied'
                CHECK (occupancy IN ('owner_occupied', 'rented', 'vacant', 'unsold')),
            delivered INTEGER NOT NULL DEFAULT 1 CHECK (delivered IN (0, 1)),
            UNIQUE (unit_id, room)))"),

        // sex: M or F. political_status and hukou hold stable codes; the UI translates them.
        // name_pinyin / name_initials serve the search box (zhangsanfeng, zsf).
        QStringLiteral(R"(CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            sex TEXT NOT NULL DEFAULT '' CHECK (sex IN ('M', 'F', '')),
            id_number TEXT UNIQUE,
            birth_date TEXT,
            phone TEXT NOT NULL DEFAULT '',
            ethnicity TEXT NOT NULL DEFAULT '',
            political_status TEXT NOT NULL DEFAULT 'masses',
            hukou TEXT NOT NULL DEFAULT 'registered'
                CHECK (hukou IN ('registered', 'resident', 'floating')),
            education TEXT NOT NULL DEFAULT '',
            workplace TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            name_pinyin TEXT NOT NULL DEFAULT '',
            name_initials TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))))"),

        // Special groups: elderly_alone 独居老人, oldest_old 高龄, disabled 残疾, subsistence 低保,
        // veteran 退役军人, left_behind_child 留守儿童, key_attention 重点关注, and user-defined codes.
        QStringLiteral(R"(CREATE TABLE person_tag (
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            tag TEXT NOT NULL,
            PRIMARY KEY (person_id, tag)) WITHOUT ROWID)"),

        // A person lives in a dwelling from moved_in until moved_out (NULL while living there).
        QStringLiteral(R"(CREATE TABLE residence (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            dwelling_id INTEGER NOT NULL REFERENCES dwelling(id) ON DELETE RESTRICT,
            relation TEXT NOT NULL DEFAULT '',
            moved_in TEXT,
            moved_out TEXT,
            CHECK (moved_out IS NULL OR moved_in IS NULL OR moved_out >= moved_in)))"),

        // Owners: a person, or the developer (person_id NULL, is_developer 1). Co-owners are
        // several rows on one dwelling; is_voter names the one who votes for them.
        QStringLiteral(R"(CREATE TABLE ownership (
            id INTEGER PRIMARY KEY,
            dwelling_id INTEGER NOT NULL REFERENCES dwelling(id) ON DELETE RESTRICT,
            person_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            is_developer INTEGER NOT NULL DEFAULT 0 CHECK (is_developer IN (0, 1)),
            is_voter INTEGER NOT NULL DEFAULT 1 CHECK (is_voter IN (0, 1)),
            since TEXT,
            until TEXT,
            CHECK ((person_id IS NULL) = (is_developer = 1))))"),

        // 楼栋长 of the three kinds 老/青/少: senior, young, junior.
        QStringLiteral(R"(CREATE TABLE building_leader (
            id INTEGER PRIMARY KEY,
            building_id INTEGER NOT NULL REFERENCES building(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('senior', 'young', 'junior')),
            since TEXT,
            UNIQUE (building_id, person_id)))"),

        // 红色管家: a property-company steward paired with about ten households.
        QStringLiteral(R"(CREATE TABLE red_steward (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL UNIQUE REFERENCES person(id) ON DELETE RESTRICT,
            property_company_id INTEGER REFERENCES property_company(id) ON DELETE SET NULL,
            since TEXT))"),
        QStringLiteral(R"(CREATE TABLE red_steward_household (
            steward_id INTEGER NOT NULL REFERENCES red_steward(id) ON DELETE CASCADE,
            dwelling_id INTEGER NOT NULL REFERENCES dwelling(id) ON DELETE RESTRICT,
            PRIMARY KEY (steward_id, dwelling_id)) WITHOUT ROWID)"),

        // A person's history: creation, edits and moves, with what changed.
        QStringLiteral(R"(CREATE TABLE person_history (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE CASCADE,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
            kind TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT '',
            batch_id INTEGER))"),

        // Deliberate acts on personal data (unmasking, unmasked exports) and other notable events.
        QStringLiteral(R"(CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
            action TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''))"),

        // Settings that belong to the community's data rather than to one PC.
        QStringLiteral(R"(CREATE TABLE setting (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL) WITHOUT ROWID)"),

        QStringLiteral("CREATE INDEX building_estate ON building(estate_id)"),
        QStringLiteral("CREATE INDEX building_grid ON building(grid_id)"),
        QStringLiteral("CREATE INDEX dwelling_unit ON dwelling(unit_id)"),
        QStringLiteral("CREATE INDEX person_name ON person(name)"),
        QStringLiteral("CREATE INDEX person_phone ON person(phone)"),
        QStringLiteral("CREATE INDEX person_pinyin ON person(name_pinyin)"),
        QStringLiteral("CREATE INDEX person_initials ON person(name_initials)"),
        QStringLiteral("CREATE INDEX person_tag_tag ON person_tag(tag)"),
        QStringLiteral("CREATE INDEX residence_person ON residence(person_id)"),
        QStringLiteral("CREATE INDEX residence_dwelling ON residence(dwelling_id)"),
        QStringLiteral("CREATE INDEX ownership_dwelling ON ownership(dwelling_id)"),
        QStringLiteral("CREATE INDEX ownership_person ON ownership(person_id)"),
        QStringLiteral("CREATE INDEX person_history_person ON person_history(person_id)"),
        QStringLiteral("CREATE INDEX red_steward_household_dwelling ON red_steward_household(dwelling_id)"),
    };
}

} // namespace cd
