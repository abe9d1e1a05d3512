#include "roster/importfield.h"

#include "roster/rosterexport.h"

#include <QHash>

namespace cd {

namespace {

struct FieldEntry
{
    ImportField field;
    const char *code;
    const char *label;
    const char *headers; // '|'-separated, UTF-8: common Chinese headers, then English ones
};

const FieldEntry entries[] = {
    {ImportField::Name, "name", QT_TRANSLATE_NOOP("cd::ImportFields", "Name"),
     "姓名|名字|居民姓名|户主姓名|业主姓名|人员姓名|name"},
    {ImportField::Sex, "sex", QT_TRANSLATE_NOOP("cd::ImportFields", "Sex"), "性别|sex|gender"},
    {ImportField::IdNumber, "id_number", QT_TRANSLATE_NOOP("cd::ImportFields", "ID number"),
     "身份证号|身份证号码|公民身份号码|证件号码|身份证|证件号|身份号码|idnumber|idno"},
    {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("cd::ImportFields", "Phone"),
     "联系电话|手机|手机号|手机号码|电话|电话号码|联系方式|phone|mobile"},
    {ImportField::Estate, "estate", QT_TRANSLATE_NOOP("cd::ImportFields", "Estate"),
     "小区|小区名称|所属小区|小区名|estate"},
    {ImportField::Building, "building", QT_TRANSLATE_NOOP("cd::ImportFields", "Building"),
     "楼栋|楼号|楼栋号|栋|幢|楼|楼栋名称|building"},
    {ImportField::Unit, "unit", QT_TRANSLATE_NOOP("cd::ImportFields", "Unit"), "单元|单元号|unit"},
    {ImportField::Room, "room", QT_TRANSLATE_NOOP("cd::ImportFields", "Room"),
     "门牌号|房号|室号|房间号|户号|门牌|房间|room"},
    {ImportField::Address, "address", QT_TRANSLATE_NOOP("cd::ImportFields", "Address (building-unit-room)"),
     "住址|地址|家庭住址|居住地址|现住址|房屋地址|address"},
    {ImportField::Area, "area", QT_TRANSLATE_NOOP("cd::ImportFields", "Exclusive area (m²)"),
     "面积|建筑面积|专有面积|房屋面积|专有部分面积|住房面积|area|exclusivearea(m²)"},
    {ImportField::Relation, "relation", QT_TRANSLATE_NOOP("cd::ImportFields", "Relation to household head"),
     "与户主关系|与户主的关系|家庭关系|关系|relationtohouseholdhead|relation"},
    {ImportField::PoliticalStatus, "political_status", QT_TRANSLATE_NOOP("cd::ImportFields", "Political status"),
     "政治面貌|politicalstatus"},
    {ImportField::Ethnicity, "ethnicity", QT_TRANSLATE_NOOP("cd::ImportFields", "Ethnicity"),
     "民族|ethnicity"},
    {ImportField::Owner, "owner", QT_TRANSLATE_NOOP("cd::ImportFields", "Owner (yes/no)"),
     "是否业主|业主|是否产权人|产权人|owner"},
    {ImportField::BirthDate, "birth_date", QT_TRANSLATE_NOOP("cd::ImportFields", "Date of birth"),
     "出生日期|出生年月|出生年月日|生日|dateofbirth|birthdate"},
    {ImportField::Hukou, "hukou", QT_TRANSLATE_NOOP("cd::ImportFields", "Household registration"),
     "人口类别|户籍类别|户籍性质|户口性质|户籍状态|人口类型|householdregistration|hukou"},
    {ImportField::Occupancy, "occupancy", QT_TRANSLATE_NOOP("cd::ImportFields", "Occupancy"),
     "房屋状态|居住状态|房屋使用状态|使用状态|occupancy"},
    {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("cd::ImportFields", "Special groups"),
     "特殊人群|特殊群体|人群类别|人员类别|重点人群|specialgroups"},
    {ImportField::Notes, "notes", QT_TRANSLATE_NOOP("cd::ImportFields", "Notes"), "备注|说明|notes|remarks"},
};

const FieldEntry *entry(ImportField field)
{
    for (const FieldEntry &e : entries) {
        if (e.field == field)
            return &e;
    }
    return nullptr;
}

bool isDropped(QChar c)
{
    return c.isSpace() || c == QLatin1Char('*') || c == QChar(0xFF0A) || c == QLatin1Char(':')
           || c == QChar(0xFF1A) || c == QLatin1Char('_');
}

// Header text -> field, built once: the fixed lists plus the export's headers in the
// language of the running program (the export writes translated headers).
QHash<QString, ImportField> buildTable()
{
    QHash<QString, ImportField> table;
    for (const FieldEntry &e : entries) {
        for (const QString &h : QString::fromUtf8(e.headers).split(QLatin1Char('|')))
            table.insert(ImportFields::normalizeHeader(h), e.field);
    }
    static const ImportField exportOrder[] = {
        ImportField::Estate, ImportField::Building, ImportField::Unit, ImportField::Room, ImportField::Area,
        ImportField::Occupancy, ImportField::Name, ImportField::Sex, ImportField::IdNumber,
        ImportField::BirthDate, ImportField::Phone, ImportField::Ethnicity, ImportField::PoliticalStatus,
        ImportField::Hukou, ImportField::Relation, ImportField::Owner, ImportField::Tags, ImportField::Notes};
    const QStringList headers = RosterExport::headers();
    for (int i = 0; i < headers.size() && i < int(std::size(exportOrder)); ++i)
        table.insert(ImportFields::normalizeHeader(headers.at(i)), exportOrder[i]);
    return table;
}

} // namespace

QVector<ImportField> ImportFields::all()
{
    QVector<ImportField> out;
    for (const FieldEntry &e : entries)
        out << e.field;
    return out;
}

QString ImportFields::code(ImportField field)
{
    const FieldEntry *e = entry(field);
    return e ? QString::fromLatin1(e->code) : QString();
}

ImportField ImportFields::fromCode(QStringView code)
{
    for (const FieldEntry &e : entries) {
        if (code == QLatin1String(e.code))
            return e.field;
    }
    return ImportField::Ignore;
}

QString ImportFields::label(ImportField field)
{
    const FieldEntry *e = entry(field);
    return e ? tr(e->label) : tr("(not imported)");
}

QString ImportFields::normalizeHeader(QStringView header)
{
    QString out;
    out.reserve(header.size());
    for (QChar c : header) {
        if (isDropped(c))
            continue;
        if (c == QChar(0xFF08))
            c = QLatin1Char('(');
        else if (c == QChar(0xFF09))
            c = QLatin1Char(')');
        out += c.toLower();
    }
    return out;
}

ImportField ImportFields::matchHeader(QStringView header)
{
    static const QHash<QString, ImportField> table = buildTable();
    QString text = normalizeHeader(header);
    if (text.isEmpty())
        return ImportField::Ignore;
    auto it = table.constFind(text);
    if (it != table.constEnd())
        return it.value();
    // A unit or hint in brackets: 面积(㎡), 身份证号(18位).
    const int open = text.indexOf(QLatin1Char('('));
    if (open > 0) {
        it = table.constFind(text.left(open));
        if (it != table.constEnd())
            return it.value();
    }
    return ImportField::Ignore;
}

} // namespace cd
