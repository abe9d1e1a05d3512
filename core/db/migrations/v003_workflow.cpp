// Schema version 3: the 五单 workflow — request categories, handlers (property
// companies and other units), requests with their 5341 deadlines, the append-only
// timeline of every step, and photos.
#include "db/migrations.h"

namespace cd {

QStringList schemaV3Workflow()
{
    return {
        // Editable list; the defaults come from the seed articles. Archived categories stay
        // on old requests but are no longer offered.
        QStringLiteral(R"(CREATE TABLE request_category (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
            sort_order INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))))"),
        QStringLiteral(R"(INSERT INTO request_category(name, sort_order) VALUES
            ('水电维修', 10), ('管网', 20), ('环境卫生', 30), ('楼道杂物', 40),
            ('电动车充电/飞线充电', 50), ('停车', 60), ('供暖', 70), ('绿化', 80),
            ('安全隐患', 90), ('邻里纠纷', 100), ('物业服务', 110), ('其他', 120))"),

        // Who carries out a dispatched request. Every property company is a handler
        // (kept in step by the triggers below); utilities and departments are added by hand.
        QStringLiteral(R"(CREATE TABLE handler (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            kind TEXT NOT NULL CHECK (kind IN ('property_company', 'utility', 'department', 'other')),
            property_company_id INTEGER UNIQUE REFERENCES property_company(id) ON DELETE SET NULL,
            contact TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
            UNIQUE (kind, name)))"),
        QStringLiteral(R"(INSERT OR IGNORE INTO handler(name, kind, property_company_id, phone)
            SELECT name, 'property_company', id, phone FROM property_company)"),
        QStringLiteral(R"(CREATE TRIGGER property_company_handler_insert AFTER INSERT ON property_company
            BEGIN
                INSERT OR IGNORE INTO handler(name, kind, property_company_id, phone)
                VALUES (NEW.name, 'property_company', NEW.id, NEW.phone);
            END)"),
        QStringLiteral(R"(CREATE TRIGGER property_company_handler_update AFTER UPDATE OF name, phone ON property_company
            BEGIN
                UPDATE OR IGNORE handler SET name = NEW.name, phone = NEW.phone
                WHERE property_company_id = NEW.id;
            END)"),

        // States, severities, channels and ratings are stable codes (see WorkflowRules).
        // deadline_at / arrive_deadline_at come from the 5341 policy at listing and judge
        // on-time figures; round_* belong to the current round (a reopening starts a new one)
        // and drive the board's colours. met_at: first resolution, or a major problem's plan.
        QStringLiteral(R"(CREATE TABLE request (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL CHECK (length(trim(title)) > 0),
            description TEXT NOT NULL DEFAULT '',
            channel TEXT NOT NULL CHECK (channel IN ('walk_in', 'phone', 'grid_worker', 'door_knock',
                'residents_forum', 'online', 'hotline_12345')),
            category_id INTEGER NOT NULL REFERENCES request_category(id) ON DELETE RESTRICT,
            severity TEXT NOT NULL CHECK (severity IN ('ordinary', 'complex', 'major')),
            person_id INTEGER REFERENCES person(id) ON DELETE RESTRICT,
            household_id INTEGER REFERENCES dwelling(id) ON DELETE RESTRICT,
            place_kind TEXT NOT NULL CHECK (place_kind IN ('dwelling', 'building', 'public')),
            dwelling_id INTEGER REFERENCES dwelling(id) ON DELETE RESTRICT,
            building_id INTEGER REFERENCES building(id) ON DELETE RESTRICT,
            estate_id INTEGER REFERENCES estate(id) ON DELETE RESTRICT,
            place_note TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL CHECK (state IN ('listed', 'accepted', 'returned', 'dispatched', 'taken',
                'resolved', 'rated', 'closed')),
            handler_id INTEGER REFERENCES handler(id) ON DELETE RESTRICT,
            listed_at TEXT NOT NULL,
            deadline_at TEXT NOT NULL,
            arrive_deadline_at TEXT NOT NULL,
            round_started_at TEXT NOT NULL,
            round_due_at TEXT NOT NULL,
            round_met_at TEXT,
            first_arrived_at TEXT,
            first_resolved_at TEXT,
            met_at TEXT,
            changed_at TEXT NOT NULL,
            closed_at TEXT,
            plan TEXT NOT NULL DEFAULT '',
            result TEXT NOT NULL DEFAULT '',
            rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', 'basic', 'unsatisfied')),
            rating_comment TEXT NOT NULL DEFAULT '',
            reopen_count INTEGER NOT NULL DEFAULT 0 CHECK (reopen_count >= 0),
            CHECK ((place_kind = 'dwelling') = (dwelling_id IS NOT NULL)),
            CHECK (place_kind <> 'building' OR building_id IS NOT NULL)))"),

        // The timeline. action: a state code, 'reopened' (不满意 sent the request back) or
        // 'plan'. Rows are never changed or removed: corrections are new rows.
        QStringLiteral(R"(CREATE TABLE request_event (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE RESTRICT,
            at TEXT NOT NULL,
            actor TEXT NOT NULL DEFAULT '',
            action TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            handler_id INTEGER REFERENCES handler(id) ON DELETE RESTRICT,
            rating TEXT CHECK (rating IS NULL OR rating IN ('satisfied', 'basic', 'unsatisfied'))))"),
        QStringLiteral(R"(CREATE TRIGGER request_event_no_update BEFORE UPDATE ON request_event
            BEGIN SELECT RAISE(ABORT, 'request timeline entries cannot be changed'); END)"),
        QStringLiteral(R"(CREATE TRIGGER request_event_no_delete BEFORE DELETE ON request_event
            BEGIN SELECT RAISE(ABORT, 'request timeline entries cannot be removed'); END)"),

        // Photos live in the database so that a backup holds everything; the thumbnail is
        // made once when the photo is added.
        QStringLiteral(R"(CREATE TABLE request_photo (
            id INTEGER PRIMARY KEY,
            request_id INTEGER NOT NULL REFERENCES request(id) ON DELETE RESTRICT,
            added_at TEXT NOT NULL,
            file_name TEXT NOT NULL DEFAULT '',
            mime_type TEXT NOT NULL,
            width INTEGER NOT NULL,
            height INTEGER NOT NULL,
            data BLOB NOT NULL,
            thumbnail BLOB NOT NULL))"),

        QStringLiteral(R"(INSERT OR IGNORE INTO setting(key, value) VALUES
            ('workflow.arrive_minutes', '5'), ('workflow.ordinary_minutes', '30'),
            ('workflow.complex_minutes', '240'), ('workflow.major_minutes', '1440'))"),

        // The board reads queues by state in deadline order or by latest change.
        QStringLiteral("CREATE INDEX request_state_due ON request(state, round_due_at)"),
        QStringLiteral("CREATE INDEX request_state_changed ON request(state, changed_at)"),
        QStringLiteral("CREATE INDEX request_listed ON request(listed_at)"),
        QStringLiteral("CREATE INDEX request_unmet ON request(deadline_at) WHERE met_at IS NULL"),
        QStringLiteral("CREATE INDEX request_category_ref ON request(category_id)"),
        QStringLiteral("CREATE INDEX request_handler ON request(handler_id)"),
        QStringLiteral("CREATE INDEX request_estate ON request(estate_id)"),
        QStringLiteral("CREATE INDEX request_building ON request(building_id)"),
        QStringLiteral("CREATE INDEX request_dwelling ON request(dwelling_id)"),
        QStringLiteral("CREATE INDEX request_household ON request(household_id)"),
        QStringLiteral("CREATE INDEX request_person ON request(person_id)"),
        QStringLiteral("CREATE INDEX request_event_request ON request_event(request_id, at)"),
        QStringLiteral("CREATE INDEX request_event_handler ON request_event(handler_id)"),
        QStringLiteral("CREATE INDEX request_photo_request ON request_photo(request_id)"),
    };
}

} // namespace cd
