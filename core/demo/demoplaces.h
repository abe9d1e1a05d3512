#pragma once

#include <QString>
#include <QStringList>

namespace cd {

class DemoRandom;

/// Places, organisations and other word lists of the demo community: estate and street names,
/// property companies and developers, employers, ethnic groups, ID address codes, mobile prefixes.
/// The community lies in 沈阳市苏家屯区; people come from there, from the rest of Liaoning and beyond.
class DemoPlaces
{
public:
    /// 汉族 first; indexes are stored in DemoPerson::ethnicity.
    static const QStringList &ethnicities();
    static int ethnicity(DemoRandom &random);

    /// A 6-digit address code of GB/T 2260 for an ID number. `local` people were mostly born in
    /// Shenyang; others come from the whole of Liaoning and further away.
    static QString addressCode(DemoRandom &random, int ethnicity, bool local);
    /// The 苏家屯区 code, also used in the property companies' credit codes.
    static QString homeDistrictCode() { return QStringLiteral("210111"); }

    /// A mobile prefix of a real network (138, 186, 159, ...).
    static QString mobilePrefix(DemoRandom &random);

    static const QStringList &workplaces();
    static int workplace(DemoRandom &random);

    /// Every candidate estate name in a fixed order (old estates: 小区/新村/里; new ones: 花园/家园/...).
    static QStringList estateNames(bool modern);
    static const QStringList &roads();
    /// Every candidate property-company name in a fixed order.
    static QStringList companyNames();
    static QString developer(DemoRandom &random, bool modern);
};

} // namespace cd
