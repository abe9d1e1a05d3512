// Identifier rules: resident ID numbers (GB 11643), mobile/landline numbers, unified social
// credit codes (GB 32100). Every vector's check character was recomputed independently.
#include "roster/creditcode.h"
#include "roster/idnumber.h"
#include "roster/mobile.h"

#include <catch2/catch.hpp>

#include <QDate>
#include <QSet>
#include <QString>

namespace {

QString s(const char16_t *text)
{
    return QString::fromUtf16(text);
}

std::string str(const QString &q)
{
    return q.toStdString();
}

const QDate today(2024, 6, 1); // fixed, so "future" does not move

using IdProblem = cd::idnumber::Problem;

struct ValidId
{
    const char16_t *input;
    const char *normalized;
    QDate birth;
    char sex;
    bool upgraded;
};

struct InvalidId
{
    const char16_t *input;
    bool fromNumericCell;
    IdProblem problem;
};

} // namespace

TEST_CASE("ID numbers that are valid", "[idnumber]")
{
    const auto row = GENERATE(values<ValidId>({
        {u"11010519491231002X", "11010519491231002X", QDate(1949, 12, 31), 'F', false},
        {u"440524188001010014", "440524188001010014", QDate(1880, 1, 1), 'M', false},
        {u"11010519491231002x", "11010519491231002X", QDate(1949, 12, 31), 'F', false},
        {u" １１０１０５１９４９１２３１００２ｘ ", "11010519491231002X", QDate(1949, 12, 31), 'F', false},
        {u"110105 19491231 002X", "11010519491231002X", QDate(1949, 12, 31), 'F', false},
        {u"110105491231002", "11010519491231002X", QDate(1949, 12, 31), 'F', true},
        {u"110105200002290013", "110105200002290013", QDate(2000, 2, 29), 'M', false},
        {u"110105202402290038", "110105202402290038", QDate(2024, 2, 29), 'M', false},
        {u"110105180001010010", "110105180001010010", QDate(1800, 1, 1), 'M', false},
        {u"110105202406010021", "110105202406010021", QDate(2024, 6, 1), 'F', false}, // born today
        {u"110105194912310046", "110105194912310046", QDate(1949, 12, 31), 'F', false},
    }));
    const QString input = s(row.input);
    CAPTURE(str(input));
    const cd::idnumber::Parsed p = cd::idnumber::parse(input, today);
    REQUIRE(p.ok);
    CHECK(p.problem == IdProblem::None);
    CHECK(str(p.normalized) == row.normalized);
    CHECK(p.birthDate == row.birth);
    CHECK(p.sex == QLatin1Char(row.sex));
    CHECK(p.upgraded == row.upgraded);
}

TEST_CASE("ID numbers that are refused, with the reason", "[idnumber]")
{
    const auto row = GENERATE(values<InvalidId>({
        {u"", false, IdProblem::Empty},
        {u"   ", false, IdProblem::Empty},
        {u"11010519491231002", false, IdProblem::BadLength},
        {u"1101051949123100", false, IdProblem::BadLength},
        {u"11010519491231002XX", false, IdProblem::BadCharacters},
        {u"11010519491231002Y", false, IdProblem::BadCharacters},
        {u"1101051949X231002X", false, IdProblem::BadCharacters},
        {u"11010549123100X", false, IdProblem::BadCharacters}, // legacy numbers have no X
        {u"110105-19491231-002X", false, IdProblem::BadCharacters},
        {u"110105190002290017", false, IdProblem::BadDate},    // 1900 is not a leap year
        {u"110105202302290014", false, IdProblem::BadDate},
        {u"110105194913010020", false, IdProblem::BadDate},    // month 13
        {u"110105194900000000", false, IdProblem::BadDate},
        {u"110105179912310016", false, IdProblem::BadDate},    // before 1800
        {u"110105202406020027", false, IdProblem::FutureDate}, // tomorrow
        {u"110105202501010011", false, IdProblem::FutureDate},
        {u"110105194912310021", false, IdProblem::BadCheckCharacter},
        {u"440524188001010015", false, IdProblem::BadCheckCharacter},
        {u"110105194912310046 ", true, IdProblem::None},       // 18 digits from a numeric cell, intact
        {u"440524188001010000", true, IdProblem::LostDigits},
        {u"440524188001010000", false, IdProblem::LostDigits}, // text export of a numeric cell
        {u"440524188001010000.0", true, IdProblem::LostDigits},
        {u"4.40524E+17", false, IdProblem::LostDigits},
        {u"4.4052418800101E+17", true, IdProblem::LostDigits},
    }));
    const QString input = s(row.input);
    CAPTURE(str(input), row.fromNumericCell);
    const cd::idnumber::Parsed p = cd::idnumber::parse(input, today, row.fromNumericCell);
    CHECK(p.problem == row.problem);
    CHECK(p.ok == (row.problem == IdProblem::None));
    if (!p.ok && !input.trimmed().isEmpty()) {
        const QString message = cd::idnumber::problemMessage(p.problem);
        CHECK_FALSE(message.isEmpty());
        CHECK_FALSE(message.contains(cd::idnumber::normalize(input).left(6)));
    }
}

TEST_CASE("ID number helpers", "[idnumber]")
{
    SECTION("check character and 15-digit upgrade")
    {
        CHECK(cd::idnumber::checkCharacter(u"11010519491231002") == QLatin1Char('X'));
        CHECK(cd::idnumber::checkCharacter(u"44052418800101001") == QLatin1Char('4'));
        CHECK(cd::idnumber::checkCharacter(u"4405241880010100").isNull());
        CHECK(str(cd::idnumber::upgrade15(u"110105491231002")) == "11010519491231002X");
        CHECK(cd::idnumber::upgrade15(u"11010549123100").isEmpty());
        CHECK(cd::idnumber::upgrade15(u"11010549123100A").isEmpty());
    }
    SECTION("problem messages are distinct sentences")
    {
        QSet<QString> seen;
        for (IdProblem p : {IdProblem::Empty, IdProblem::BadLength, IdProblem::BadCharacters, IdProblem::BadDate,
                            IdProblem::FutureDate, IdProblem::BadCheckCharacter, IdProblem::LostDigits}) {
            const QString m = cd::idnumber::problemMessage(p);
            CHECK(m.endsWith(QLatin1Char('.')));
            seen.insert(m);
        }
        CHECK(seen.size() == 7);
        CHECK(cd::idnumber::problemMessage(IdProblem::None).isEmpty());
    }
    SECTION("mask")
    {
        CHECK(str(cd::idnumber::mask(u"11010519491231002X")) == "110105********002X");
        CHECK(str(cd::idnumber::mask(u"11010519491231002x")) == "110105********002X");
        CHECK(str(cd::idnumber::mask(u"110105491231002")) == "110105******002");
        CHECK(str(cd::idnumber::mask(u"12345")) == "1***5");
        CHECK(cd::idnumber::mask(u"").isEmpty());
    }
}

TEST_CASE("entered birth date and sex against the ID number", "[idnumber]")
{
    using M = cd::idnumber::Mismatch;
    const auto [birth, sex, expected] = GENERATE(table<QDate, QChar, M>({
        {QDate(1949, 12, 31), QLatin1Char('F'), M::None},
        {QDate(1949, 12, 31), QLatin1Char('f'), M::None},
        {QDate(), QChar(), M::None},
        {QDate(1949, 12, 30), QLatin1Char('F'), M::BirthDate},
        {QDate(1949, 12, 31), QLatin1Char('M'), M::Sex},
        {QDate(), QLatin1Char('M'), M::Sex},
        {QDate(1950, 1, 1), QLatin1Char('M'), M::BirthDateAndSex},
    }));
    CAPTURE(str(birth.toString(Qt::ISODate)));
    CHECK(cd::idnumber::compare(u"11010519491231002X", birth, sex) == expected);
    CHECK(cd::idnumber::mismatchMessage(expected).isEmpty() == (expected == M::None));
    // An invalid number is reported by parse(), not as a mismatch.
    CHECK(cd::idnumber::compare(u"110105194912310021", QDate(2000, 1, 1), QLatin1Char('M')) == M::None);
}

TEST_CASE("numbers destroyed by a spreadsheet", "[idnumber]")
{
    const auto [text, numeric, expected] = GENERATE(table<const char16_t *, bool, bool>({
        {u"4.40524E+17", false, true},
        {u"4.40524e+17", false, true},
        {u"4,40524E+17", false, true},
        {u"4.40524E17", true, true},
        {u"440524188001010000", true, true},
        {u"440524188001010000.0", true, true},
        {u"4405241880010000", true, true}, // 16 digits
        {u"440524188001010000", false, false},
        {u"440524188001010014", true, false},
        {u"11010519491231002X", true, false},
        {u"110105491231000", true, false}, // 15 digits survive a numeric cell
        {u"E+17", false, false},
        {u"4.4E", false, false},
        {u"", true, false},
    }));
    CAPTURE(str(s(text)), numeric);
    CHECK(cd::idnumber::looksLikeSpreadsheetNumber(s(text), numeric) == expected);
}

TEST_CASE("mobile and landline numbers", "[mobile]")
{
    using K = cd::mobile::Kind;
    const auto [input, kind, normalized, masked] =
        GENERATE(table<const char16_t *, K, const char *, const char *>({
            {u"13800138000", K::Mobile, "13800138000", "138****8000"},
            {u"+86 138 0013 8000", K::Mobile, "13800138000", "138****8000"},
            {u"0086-13800138000", K::Mobile, "13800138000", "138****8000"},
            {u"(+86)138-0013-8000", K::Mobile, "13800138000", "138****8000"},
            {u"１３８００１３８０００", K::Mobile, "13800138000", "138****8000"},
            {u" 199 1234 5678 ", K::Mobile, "19912345678", "199****5678"},
            {u"024-12345678", K::Landline, "024-12345678", "024-****5678"},
            {u"(024) 1234 5678", K::Landline, "024-12345678", "024-****5678"},
            {u"（０２４）１２３４５６７８", K::Landline, "024-12345678", "024-****5678"},
            {u"02412345678", K::Landline, "024-12345678", "024-****5678"},
            {u"010-87654321", K::Landline, "010-87654321", "010-****4321"},
            {u"0411-8765432", K::Landline, "0411-8765432", "0411-***5432"},
            {u"+86 24 1234 5678", K::Landline, "024-12345678", "024-****5678"},
            {u"024-12345678-801", K::Landline, "024-12345678-801", "024-****5678"},
            {u"024-12345678转801", K::Landline, "024-12345678-801", "024-****5678"},
            {u"88886666", K::Landline, "88886666", "****6666"},
            {u"8765432", K::Landline, "8765432", "***5432"},
            {u"+86 (024) 8765-4321", K::Landline, "024-87654321", "024-****4321"},
            {u"12345678901", K::Invalid, "", "*********01"},
            {u"1380013800", K::Invalid, "", "********00"},
            {u"138001380001", K::Invalid, "", "**********01"},
            {u"024-0123456", K::Invalid, "", "********56"},
            {u"12345678", K::Invalid, "", "******78"},
            {u"phone", K::Invalid, "", "***ne"},
            {u"", K::Invalid, "", ""},
        }));
    const QString in = s(input);
    CAPTURE(str(in));
    const cd::mobile::Classified c = cd::mobile::classify(in);
    CHECK(c.kind == kind);
    CHECK(str(c.normalized) == normalized);
    CHECK(cd::mobile::isMobile(in) == (kind == K::Mobile));
    CHECK(str(cd::mobile::normalize(in)) == (kind == K::Mobile ? normalized : ""));
    CHECK(str(cd::mobile::mask(in)) == masked);
}

TEST_CASE("unified social credit codes", "[creditcode]")
{
    using P = cd::creditcode::Problem;
    const auto [input, problem, normalized, expectedCheck] =
        GENERATE(table<const char16_t *, P, const char *, char>({
            {u"91350100M000100Y43", P::None, "91350100M000100Y43", '3'},
            {u" 91350100m000100y43 ", P::None, "91350100M000100Y43", '3'},
            {u"９１３５０１００Ｍ０００１００Ｙ４３", P::None, "91350100M000100Y43", '3'},
            {u"91110108MA01000010", P::None, "91110108MA01000010", '0'}, // 31 -> 0
            {u"91110108MA010000BY", P::None, "91110108MA010000BY", 'Y'}, // check value 30
            {u"91350100M000100Y44", P::BadCheckCharacter, "91350100M000100Y44", '3'},
            {u"91350100M000100Y34", P::BadCheckCharacter, "91350100M000100Y34", '0'}, // swapped
            {u"91350100O000100Y43", P::BadCharacters, "91350100O000100Y43", 0},
            {u"91350100M000100Y4I", P::BadCharacters, "91350100M000100Y4I", '3'},
            {u"91350100M-000100Y43", P::BadCharacters, "91350100M-000100Y43", 0},
            {u"91350100M000100Y4", P::BadLength, "91350100M000100Y4", 0},
            {u"", P::Empty, "", 0},
        }));
    const QString in = s(input);
    CAPTURE(str(in));
    const cd::creditcode::Checked c = cd::creditcode::check(in);
    CHECK(c.problem == problem);
    CHECK(c.ok == (problem == P::None));
    CHECK(str(c.normalized) == normalized);
    CHECK(c.expectedCheck == (expectedCheck ? QLatin1Char(expectedCheck) : QChar()));
    CHECK(cd::creditcode::problemMessage(problem).isEmpty() == (problem == P::None));
}
