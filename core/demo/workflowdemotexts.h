#pragma once

#include <QString>

namespace cd {

/// The words of the demo's 五单 requests: what residents report per category, what the
/// handlers write back, why a request is returned, what owners say when they rate.
struct WorkflowDemoCategory
{
    const char16_t *name;        ///< a seed category (request_category.name)
    const char16_t *titles[4];   ///< what residents report
    const char16_t *results[3];  ///< what the handler did
    char place;                  ///< 'd' dwelling, 'b' building, 'p' public area
    int weight;                  ///< share of requests outside the heating season
    int winterWeight;            ///< share from November to March
    const char16_t *utility;     ///< a unit that takes some of these, or nullptr
};

namespace workflowdemo {

extern const WorkflowDemoCategory categories[];
extern const int categoryCount;
extern const char16_t *const returnReasons[];
extern const int returnReasonCount;
extern const char16_t *const goodComments[];
extern const int goodCommentCount;
extern const char16_t *const badComments[];
extern const int badCommentCount;
extern const char16_t *const publicPlaces[];
extern const int publicPlaceCount;
extern const char16_t *const plans[];
extern const int planCount;

inline QString text(const char16_t *value)
{
    return QString::fromUtf16(value);
}

} // namespace workflowdemo
} // namespace cd
