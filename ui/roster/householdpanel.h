#pragma once

#include "roster/householdview.h"
#include "roster/personhistoryentry.h"
#include "roster/personplaces.h"
#include "roster/rostertypes.h"

#include <QTextBrowser>
#include <functional>
#include <utility>
#include <vector>

namespace cd {

class PrivacyMask;

/// The details beside the people table: for a dwelling, who lives there now and before (relation,
/// dates), who owns it (co-owners with the voter marked, or the developer), its red steward and
/// its history; for a person, their record, residences, ownerships, leaderships and history;
/// short facts for an estate or a building. Names and addresses are links: clicking one emits
/// personActivated / dwellingActivated.
class HouseholdPanel : public QTextBrowser
{
    Q_OBJECT

public:
    /// A building leader line: kind label and name.
    using Leader = std::pair<QString, QString>;

    explicit HouseholdPanel(QWidget *parent = nullptr);

    void showDwelling(const HouseholdView &view);
    /// `mask` decides how the ID number and phone appear; it must outlive the panel's content.
    void showPerson(const Person &person, const PersonPlaces &places,
                    const std::vector<PersonHistoryEntry> &history, const PrivacyMask *mask);
    void showEstate(const Estate &estate, int buildings);
    void showBuilding(const Building &building, const QString &estateName, const QString &gridName,
                      const std::vector<Leader> &leaders);
    void showMessage(const QString &message);
    /// Renders the current content again (after a language or mask change).
    void rerender();

    /// What is shown: 'd' dwelling, 'p' person, 'e' estate, 'b' building, 0 a message; and its id.
    char shownKind() const { return m_kind; }
    qint64 shownId() const { return m_id; }

signals:
    void personActivated(qint64 personId);
    void dwellingActivated(qint64 dwellingId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void display(char kind, qint64 id, std::function<QString()> render);

    char m_kind = 0;
    qint64 m_id = 0;
    std::function<QString()> m_render;
};

} // namespace cd
