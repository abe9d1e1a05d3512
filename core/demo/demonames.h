#pragma once

#include <QString>

namespace cd {

class DemoRandom;

/// Chinese personal names for the demo community: surnames drawn by their frequency in the
/// population, given names from character pools that follow the fashions of each generation
/// (建国 and 淑珍 for the 1950s, 浩宇 and 梓涵 for the 2010s).
class DemoNames
{
public:
    /// A surname; `ethnicity` (index into DemoPlaces::ethnicities()) shifts the choice a little
    /// (回族 often 马/白/丁, 朝鲜族 金/朴/李/崔, 满族 关/佟/那 as well as the common ones).
    static QString surname(DemoRandom &random, int ethnicity = 0);
    /// A one- or two-character given name in the fashion of `birthYear`.
    static QString givenName(DemoRandom &random, bool male, int birthYear);
};

} // namespace cd
