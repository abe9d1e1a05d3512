#include "roster/importrowparser.h"

#include "io/sheetvalue.h"
#include "roster/idnumber.h"
#include "roster/personvalidator.h"
#include "roster/roomreference.h"
#include "roster/rostercodes.h"

#include <QRegularExpression>
#include <cmath>

namespace cd {

namespace {

bool isEmptyCell(const SheetCell *c)
{
    return !c || c->isEmpty() || (c->type == SheetCell::Type::Text && c->text.trimmed().isEmpty());
}

ImportField fieldOf(const QString &personField)
{
    static const struct { const char *name; ImportField field; } map[] = {
        {"name", ImportField::Name},           {"sex", ImportField::Sex},
        {"id_number", ImportField::IdNumber},  {"birth_date", ImportField::BirthDate},
        {"phone", ImportField::Phone},         {"ethnicity", ImportField::Ethnicity},
        {"political_status", ImportField::PoliticalStatus}, {"hukou", ImportField::Hukou},
        {"tags", ImportField::Tags},           {"notes", ImportField::Notes},
    };
    for (const auto &m : map) {
        if (personField == QLatin1String(m.name))
            return m.field;
    }
    return ImportField::Ignore;
}

} // namespace

ImportRowParser::ImportRowParser(ColumnMapping mapping, QDate today)
    : m_mapping(std::move(mapping)), m_today(today.isValid() ? today : QDate::currentDate())
{
    const QVector<ImportField> fields = ImportFields::all();
    m_columns.fill(-1, int(ImportField::Notes) + 1);
    for (ImportField f : fields)
        m_columns[int(f)] = m_mapping.column(f);
}

const SheetCell *ImportRowParser::cell(const QVector<SheetCell> &cells, ImportField field) const
{
    const int c = m_columns.at(int(field));
    return c >= 0 && c < cells.size() ? &cells.at(c) : nullptr;
}

QString ImportRowParser::text(const QVector<SheetCell> &cells, ImportField field) const
{
    const SheetCell *c = cell(cells, field);
    if (isEmptyCell(c))
        return QString();
    // Our own exports and error workbooks neutralise text against formula injection.
    if (c->type == SheetCell::Type::Text)
        return sheetvalue::unneutralise(c->text).trimmed();
    return sheetvalue::displayText(*c).trimmed();
}

void ImportRowParser::problem(QVector<ImportProblem> &problems, int row, ImportField field,
                              const QString &reason) const
{
    const int column = m_columns.at(int(field));
    problems.push_back({row, column, column >= 0 ? m_mapping.columnLabel(column) : ImportFields::label(field), reason});
}

namespace {

// Plain ASCII letters, digits and '-' (most building, unit and room numbers): nothing to
// normalise or strip but the case.
bool isPlainAscii(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || u == u'-'))
            return false;
    }
    return true;
}

} // namespace

QString ImportRowParser::placeNumber(const QString &text)
{
    if (isPlainAscii(text))
        return text.toUpper();
    QString s = text.normalized(QString::NormalizationForm_KC).simplified().toUpper();
    s.remove(QLatin1Char(' '));
    static const QRegularExpression suffix(QStringLiteral("(号楼|号院|栋|幢|座|楼|单元|号室|室|号|户)$"));
    static const QRegularExpression prefix(QStringLiteral("^(第)"));
    s.remove(suffix);
    s.remove(prefix);
    return s.isEmpty() ? text.trimmed() : s;
}

qint64 ImportRowParser::areaCenti(const QString &text)
{
    // The common case, a plain decimal number, needs no normalisation.
    bool plain = false;
    const double number = text.toDouble(&plain);
    if (plain && text.front().isDigit())
        return number < 0 || number > 1.0e6 ? -1 : std::llround(number * 100.0);
    QString s = text.normalized(QString::NormalizationForm_KC).trimmed();
    static const QRegularExpression unit(QStringLiteral("\\s*(㎡|m2|m²|M2|平方米|平米|平方)$"));
    s.remove(unit);
    bool ok = false;
    const double value = s.toDouble(&ok);
    if (!ok || value < 0 || value > 1.0e6)
        return -1;
    return std::llround(value * 100.0);
}

std::optional<bool> ImportRowParser::yesNo(const QString &text)
{
    const QString s = text.trimmed().toLower();
    static const QStringList yes = {QStringLiteral("是"), QStringLiteral("业主"), QStringLiteral("产权人"),
                                    QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                    QStringLiteral("1"), QStringLiteral("√"), QStringLiteral("✓"),
                                    QStringLiteral("有")};
    static const QStringList no = {QStringLiteral("否"), QStringLiteral("不是"), QStringLiteral("非业主"),
                                   QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                   QStringLiteral("0"), QStringLiteral("×"), QStringLiteral("无")};
    if (yes.contains(s) || s == tr("yes").toLower())
        return true;
    if (no.contains(s) || s == tr("no").toLower())
        return false;
    return std::nullopt;
}

bool ImportRowParser::parse(int rowNumber, const QVector<SheetCell> &cells, ImportRecord &record,
                            QVector<ImportProblem> &problems) const
{
    bool any = false;
    for (int c = 0; c < cells.size() && !any; ++c) {
        if (m_mapping.field(c) != ImportField::Ignore && !isEmptyCell(&cells.at(c)))
            any = true;
    }
    if (!any)
        return false;

    record = ImportRecord();
    record.row = rowNumber;
    Person &p = record.person;
    p.name = text(cells, ImportField::Name);
    p.ethnicity = text(cells, ImportField::Ethnicity);
    p.notes = text(cells, ImportField::Notes);
    record.relation = text(cells, ImportField::Relation);

    const QString sex = text(cells, ImportField::Sex);
    if (!sex.isEmpty()) {
        p.sex = RosterCodes::parse(RosterCodes::List::Sex, sex);
        if (p.sex.isEmpty())
            problem(problems, rowNumber, ImportField::Sex, tr("\"%1\" is not a sex: write 男 or 女.").arg(sex));
    }

    // The ID number: a numeric cell has lost digits unless it still holds 18 exact ones.
    if (const SheetCell *id = cell(cells, ImportField::IdNumber); !isEmptyCell(id)) {
        const bool numeric = id->type == SheetCell::Type::Number;
        const QString raw = numeric ? id->text : sheetvalue::unneutralise(id->text);
        const idnumber::Parsed parsed = idnumber::parse(raw, m_today, numeric);
        if (parsed.ok) {
            p.idNumber = parsed.normalized;
        } else if (parsed.problem == idnumber::Problem::LostDigits) {
            const QString shown = numeric ? QString::number(id->number, 'G', 6) : raw.trimmed();
            problem(problems, rowNumber, ImportField::IdNumber,
                    tr("The ID number lost its digits because Excel stored it as a number (%1). Format the column "
                       "as text and type the number again.").arg(shown));
        } else {
            problem(problems, rowNumber, ImportField::IdNumber, idnumber::problemMessage(parsed.problem));
        }
    }

    if (const SheetCell *birth = cell(cells, ImportField::BirthDate); !isEmptyCell(birth)) {
        p.birthDate = sheetvalue::cellDate(*birth);
        if (!p.birthDate.isValid())
            problem(problems, rowNumber, ImportField::BirthDate,
                    tr("\"%1\" is not a date: write it as 1990-01-02.").arg(text(cells, ImportField::BirthDate)));
    }

    p.phone = text(cells, ImportField::Phone);
    const QString political = text(cells, ImportField::PoliticalStatus);
    if (!political.isEmpty())
        p.politicalStatus = political;
    const QString hukou = text(cells, ImportField::Hukou);
    if (!hukou.isEmpty())
        p.hukou = hukou;
    const QString tags = text(cells, ImportField::Tags);
    if (!tags.isEmpty()) {
        static const QRegularExpression separators(QStringLiteral("\\s*[、,，;；/]\\s*"));
        p.tags = tags.split(separators, Qt::SkipEmptyParts);
    }

    const bool idFailed = std::any_of(problems.cbegin(), problems.cend(), [&](const ImportProblem &x) {
        return x.row == rowNumber && x.column == m_columns.at(int(ImportField::IdNumber)) && x.column >= 0;
    });
    for (const PersonProblem &pp : PersonValidator::check(p, m_today)) {
        ImportField f = fieldOf(pp.field);
        if (idFailed && f == ImportField::IdNumber)
            continue;
        // A disagreement with the ID number is reported on the column that was entered.
        if (m_columns.at(int(f)) < 0)
            f = ImportField::IdNumber;
        problem(problems, rowNumber, f, pp.message);
    }

    // The address.
    record.estate = text(cells, ImportField::Estate);
    record.building = placeNumber(text(cells, ImportField::Building));
    record.unit = placeNumber(text(cells, ImportField::Unit));
    record.room = placeNumber(text(cells, ImportField::Room));
    if (const QString address = text(cells, ImportField::Address); !address.isEmpty()) {
        const std::optional<RoomReference> ref = RoomReference::parse(address);
        if (!ref || ref->building.isEmpty() || ref->room.isEmpty()) {
            if (record.building.isEmpty() || record.room.isEmpty())
                problem(problems, rowNumber, ImportField::Address,
                        tr("The address is not building-unit-room (such as 3-2-501)."));
        } else {
            if (record.estate.isEmpty())
                record.estate = ref->estate;
            if (record.building.isEmpty())
                record.building = ref->building;
            if (record.unit.isEmpty())
                record.unit = ref->unit;
            if (record.room.isEmpty())
                record.room = ref->room;
        }
    }
    if (record.building.isEmpty() && (!record.room.isEmpty() || !record.unit.isEmpty()))
        problem(problems, rowNumber, m_mapping.has(ImportField::Building) ? ImportField::Building : ImportField::Room,
                tr("The building is missing: a room needs the building it is in."));
    else if (!record.building.isEmpty() && record.room.isEmpty())
        problem(problems, rowNumber, m_mapping.has(ImportField::Room) ? ImportField::Room : ImportField::Building,
                tr("The room number is missing."));
    if (!record.building.isEmpty() && record.unit.isEmpty())
        record.unit = QStringLiteral("1");

    if (const QString area = text(cells, ImportField::Area); !area.isEmpty()) {
        record.areaCenti = areaCenti(area);
        if (record.areaCenti < 0)
            problem(problems, rowNumber, ImportField::Area, tr("\"%1\" is not an area in m².").arg(area));
    }
    if (const QString occupancy = text(cells, ImportField::Occupancy); !occupancy.isEmpty()) {
        record.occupancy = RosterCodes::parse(RosterCodes::List::Occupancy, occupancy);
        if (record.occupancy.isEmpty())
            problem(problems, rowNumber, ImportField::Occupancy,
                    tr("\"%1\" is not an occupancy: write 自住, 出租, 空置 or 未售.").arg(occupancy));
    }
    if (const QString owner = text(cells, ImportField::Owner); !owner.isEmpty()) {
        record.owner = yesNo(owner);
        // An owner without an address (living elsewhere) is imported as a person only.
        if (!record.owner)
            problem(problems, rowNumber, ImportField::Owner, tr("\"%1\" is neither yes (是) nor no (否).").arg(owner));
    }
    return true;
}

} // namespace cd
