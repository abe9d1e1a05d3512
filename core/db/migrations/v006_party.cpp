// Schema step: the party census — party organisations (a tree), party members linked to
// people, posts, property-company party work and projects, owners' committees, cross-
// appointments (双向进入、交叉任职) and the yearly census rounds, which are frozen once taken.
// Codes are those of cd::PartyCodes; dates are ISO text.
#include "db/migrations.h"

namespace cd {

QStringList schemaV6Party()
{
    return {
        // Property companies (from the roster) get their party-work columns. A credit code that
        // fails its check may be kept; credit_code_note says why. 党建指导员: instructor_person_id.
        QStringLiteral("ALTER TABLE property_company ADD COLUMN credit_code_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE property_company ADD COLUMN red_property TEXT NOT NULL DEFAULT 'none' "
                       "CHECK (red_property IN ('none', 'building', 'achieved', 'benchmark'))"),
        QStringLiteral("ALTER TABLE property_company ADD COLUMN rating TEXT NOT NULL DEFAULT '' "
                       "CHECK (rating IN ('', 'excellent', 'good', 'pass', 'fail'))"),
        QStringLiteral("ALTER TABLE property_company ADD COLUMN rated_on TEXT"),
        QStringLiteral("ALTER TABLE property_company ADD COLUMN rating_note TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE property_company ADD COLUMN instructor_person_id INTEGER "
                       "REFERENCES person(id) ON DELETE RESTRICT"),

        // 物业服务项目: a company's project at one estate; ended projects keep `until`.
        QStringLiteral(R"(CREATE TABLE property_project (
            id INTEGER PRIMARY KEY,
            company_id INTEGER NOT NULL REFERENCES property_company(id) ON DELETE RESTRICT,
            estate_id INTEGER NOT NULL REFERENCES estate(id) ON DELETE RESTRICT,
            staff_count INTEGER NOT NULL DEFAULT 0 CHECK (staff_count >= 0),
            manager_person_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            since TEXT,
            until TEXT,
            notes TEXT NOT NULL DEFAULT '',
            UNIQUE (company_id, estate_id),
            CHECK (until IS NULL OR since IS NULL OR until >= since)))"),

        // 业委会: one row per term of an estate's committee.
        QStringLiteral(R"(CREATE TABLE owners_committee (
            id INTEGER PRIMARY KEY,
            estate_id INTEGER NOT NULL REFERENCES estate(id) ON DELETE RESTRICT,
            name TEXT NOT NULL DEFAULT '',
            term_start TEXT NOT NULL,
            term_end TEXT,
            filed_on TEXT,
            notes TEXT NOT NULL DEFAULT '',
            CHECK (term_end IS NULL OR term_end >= term_start)))"),
        QStringLiteral(R"(CREATE TABLE owners_committee_member (
            id INTEGER PRIMARY KEY,
            committee_id INTEGER NOT NULL REFERENCES owners_committee(id) ON DELETE CASCADE,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            role TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('director', 'deputy_director', 'member')),
            since TEXT,
            until TEXT,
            UNIQUE (committee_id, person_id)))"),

        // The organisation tree. host says whose organisation it is: property_company needs
        // company_id (estate_id set: the organisation of that project); owners_committee needs
        // the estate whose committee hosts it; joint organisations list the companies they
        // cover in party_org_company (联合建). dissolved: kept for history, no longer counted.
        QStringLiteral(R"(CREATE TABLE party_org (
            id INTEGER PRIMARY KEY,
            parent_id INTEGER REFERENCES party_org(id) ON DELETE RESTRICT,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('committee', 'general_branch', 'branch', 'group')),
            host TEXT NOT NULL DEFAULT 'community'
                CHECK (host IN ('community', 'property_company', 'owners_committee', 'joint')),
            company_id INTEGER REFERENCES property_company(id) ON DELETE RESTRICT,
            estate_id INTEGER REFERENCES estate(id) ON DELETE RESTRICT,
            grid_id INTEGER REFERENCES grid(id) ON DELETE SET NULL,
            founded TEXT,
            dissolved TEXT,
            sort_order INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            CHECK ((host = 'property_company') = (company_id IS NOT NULL)),
            CHECK (host <> 'owners_committee' OR estate_id IS NOT NULL),
            CHECK (parent_id IS NULL OR parent_id <> id)))"),
        QStringLiteral(R"(CREATE TABLE party_org_company (
            org_id INTEGER NOT NULL REFERENCES party_org(id) ON DELETE CASCADE,
            company_id INTEGER NOT NULL REFERENCES property_company(id) ON DELETE RESTRICT,
            PRIMARY KEY (org_id, company_id)) WITHOUT ROWID)"),

        // A party member is a person of the roster (a resident, or a non-resident such as
        // property staff). org_id NULL: the membership is held outside the community
        // (outside_org names where). joined 入党日期, full_date 转正日期; probation is one year,
        // two when extended. registered_on: 在职党员到社区报到. left_on/left_reason: no longer a
        // member here; kept for history, not counted.
        QStringLiteral(R"(CREATE TABLE party_member (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL UNIQUE REFERENCES person(id) ON DELETE RESTRICT,
            org_id INTEGER REFERENCES party_org(id) ON DELETE RESTRICT,
            outside_org TEXT NOT NULL DEFAULT '',
            joined TEXT NOT NULL,
            full_date TEXT,
            probation_extended INTEGER NOT NULL DEFAULT 0 CHECK (probation_extended IN (0, 1)),
            company_id INTEGER REFERENCES property_company(id) ON DELETE SET NULL,
            project_id INTEGER REFERENCES property_project(id) ON DELETE SET NULL,
            registered_on TEXT,
            mobile INTEGER NOT NULL DEFAULT 0 CHECK (mobile IN (0, 1)),
            mobile_to TEXT NOT NULL DEFAULT '',
            last_contact TEXT,
            left_on TEXT,
            left_reason TEXT NOT NULL DEFAULT ''
                CHECK (left_reason IN ('', 'transferred_out', 'deceased', 'expelled', 'withdrew')),
            notes TEXT NOT NULL DEFAULT '',
            CHECK (full_date IS NULL OR full_date > joined),
            CHECK ((left_on IS NULL) = (left_reason = ''))))"),

        // Posts in the community's party organisations (书记, 委员, 党小组长 ...).
        QStringLiteral(R"(CREATE TABLE party_post (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES party_org(id) ON DELETE RESTRICT,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            title TEXT NOT NULL CHECK (title IN ('secretary', 'deputy_secretary', 'committee_member',
                'organisation', 'propaganda', 'discipline', 'group_leader')),
            since TEXT,
            until TEXT,
            CHECK (until IS NULL OR since IS NULL OR until >= since)))"),

        // 双向进入、交叉任职: a person of one body holds a post in another, from `since` until
        // `until`. Bodies: community_party (to_org_id may name the organisation),
        // residents_committee, property_company (*_company_id), owners_committee (*_estate_id).
        QStringLiteral(R"(CREATE TABLE cross_appointment (
            id INTEGER PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES person(id) ON DELETE RESTRICT,
            from_body TEXT NOT NULL CHECK (from_body IN ('community_party', 'residents_committee',
                'property_company', 'owners_committee')),
            from_company_id INTEGER REFERENCES property_company(id) ON DELETE RESTRICT,
            from_estate_id INTEGER REFERENCES estate(id) ON DELETE RESTRICT,
            to_body TEXT NOT NULL CHECK (to_body IN ('community_party', 'residents_committee',
                'property_company', 'owners_committee')),
            to_company_id INTEGER REFERENCES property_company(id) ON DELETE RESTRICT,
            to_estate_id INTEGER REFERENCES estate(id) ON DELETE RESTRICT,
            to_org_id INTEGER REFERENCES party_org(id) ON DELETE RESTRICT,
            post TEXT NOT NULL CHECK (length(trim(post)) > 0),
            since TEXT NOT NULL,
            until TEXT,
            notes TEXT NOT NULL DEFAULT '',
            CHECK (from_body <> to_body),
            CHECK ((from_body = 'property_company') = (from_company_id IS NOT NULL)),
            CHECK ((to_body = 'property_company') = (to_company_id IS NOT NULL)),
            CHECK ((from_body = 'owners_committee') = (from_estate_id IS NOT NULL)),
            CHECK ((to_body = 'owners_committee') = (to_estate_id IS NOT NULL)),
            CHECK (until IS NULL OR until >= since)))"),

        // A census round: the figures of one year frozen when it was taken (data: JSON of the
        // counts and the per-organisation, per-company and per-committee lines) and the member
        // roster of that day (census_member). Rows are written while `sealed` is 0 — inside the
        // transaction that takes the round — and never change after it is sealed.
        QStringLiteral(R"(CREATE TABLE census_round (
            id INTEGER PRIMARY KEY,
            year INTEGER NOT NULL UNIQUE CHECK (year BETWEEN 1921 AND 2200),
            as_of TEXT NOT NULL,
            taken_at TEXT NOT NULL,
            taken_by TEXT NOT NULL DEFAULT '',
            data TEXT NOT NULL,
            sealed INTEGER NOT NULL DEFAULT 0 CHECK (sealed IN (0, 1))))"),
        QStringLiteral(R"(CREATE TABLE census_member (
            round_id INTEGER NOT NULL REFERENCES census_round(id),
            line INTEGER NOT NULL,
            person_id INTEGER,
            data TEXT NOT NULL,
            PRIMARY KEY (round_id, line)) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TRIGGER census_round_frozen BEFORE UPDATE ON census_round
            WHEN OLD.sealed = 1 OR NEW.year IS NOT OLD.year OR NEW.as_of IS NOT OLD.as_of
                OR NEW.taken_at IS NOT OLD.taken_at OR NEW.taken_by IS NOT OLD.taken_by
                OR NEW.data IS NOT OLD.data
            BEGIN SELECT RAISE(ABORT, 'a census round cannot be changed once taken'); END)"),
        QStringLiteral(R"(CREATE TRIGGER census_round_kept BEFORE DELETE ON census_round
            WHEN OLD.sealed = 1
            BEGIN SELECT RAISE(ABORT, 'a census round cannot be deleted'); END)"),
        QStringLiteral(R"(CREATE TRIGGER census_member_insert BEFORE INSERT ON census_member
            WHEN (SELECT sealed FROM census_round WHERE id = NEW.round_id) IS NOT 0
            BEGIN SELECT RAISE(ABORT, 'a census round cannot be changed once taken'); END)"),
        QStringLiteral(R"(CREATE TRIGGER census_member_update BEFORE UPDATE ON census_member
            BEGIN SELECT RAISE(ABORT, 'a census round cannot be changed once taken'); END)"),
        QStringLiteral(R"(CREATE TRIGGER census_member_delete BEFORE DELETE ON census_member
            WHEN (SELECT sealed FROM census_round WHERE id = OLD.round_id) IS NOT 0
            BEGIN SELECT RAISE(ABORT, 'a census round cannot be changed once taken'); END)"),

        QStringLiteral("CREATE INDEX property_project_estate ON property_project(estate_id)"),
        QStringLiteral("CREATE INDEX owners_committee_estate ON owners_committee(estate_id)"),
        QStringLiteral("CREATE INDEX owners_committee_member_person ON owners_committee_member(person_id)"),
        QStringLiteral("CREATE INDEX owners_committee_member_committee ON owners_committee_member(committee_id)"),
        QStringLiteral("CREATE INDEX party_org_parent ON party_org(parent_id)"),
        QStringLiteral("CREATE INDEX party_org_company_company ON party_org_company(company_id)"),
        QStringLiteral("CREATE INDEX party_member_org ON party_member(org_id)"),
        QStringLiteral("CREATE INDEX party_member_company ON party_member(company_id)"),
        QStringLiteral("CREATE INDEX party_post_org ON party_post(org_id)"),
        QStringLiteral("CREATE INDEX party_post_person ON party_post(person_id)"),
        QStringLiteral("CREATE INDEX cross_appointment_person ON cross_appointment(person_id)"),
    };
}

} // namespace cd
