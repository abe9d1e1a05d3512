#pragma once

#include "roster/privacymask.h"
#include "session/appsession.h"

#include <memory>

namespace cd {

/// The party page's PrivacyMask, made anew for each opened database (the session replaces its
/// Database object on open, and a new file starts masked).
class MaskHolder
{
public:
    explicit MaskHolder(AppSession &session) : m_session(session) {}

    PrivacyMask &mask()
    {
        Database *current = &m_session.database();
        if (!m_mask || current != m_database) {
            m_database = current;
            m_mask = std::make_unique<PrivacyMask>(*current);
        }
        return *m_mask;
    }

private:
    AppSession &m_session;
    Database *m_database = nullptr;
    std::unique_ptr<PrivacyMask> m_mask;
};

} // namespace cd
