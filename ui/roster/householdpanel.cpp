#include "roster/householdpanel.h"

#include "roster/privacymask.h"
#include "roster/peoplesearch.h"
#include "roster/rostercodes.h"

#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QUrl>

namespace cd {

namespace {


QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString day(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("—");
}

QString span(QDate from, QDate until)
{
    return HouseholdPanel::tr("%1 – %2").arg(day(from), until.isValid() ? day(until) : HouseholdPanel::tr("now"));
}

QString personLink(qint64 id, const QString &name)
{
    if (!id)
        return esc(name);
    return QStringLiteral("<a href=\"person:%1\">%2</a>").arg(id).arg(esc(name));
}

QString dwellingLink(qint64 id, const QString &address)
{
    return QStringLiteral("<a href=\"dwelling:%1\">%2</a>").arg(id).arg(esc(address));
}

QString heading(const QString &title, int count = -1)
{
    const QString text = count < 0 ? esc(title) : HouseholdPanel::tr("%1 (%2)").arg(esc(title)).arg(count);
    return QStringLiteral("<h3>%1</h3>").arg(text);
}

// A table of rows, each a list of cells already in HTML.
QString table(const std::vector<QStringList> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const QStringList &cells : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &cell : cells)
            html += QStringLiteral("<td>%1</td>").arg(cell);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

QString none(const QString &text)
{
    return QStringLiteral("<p class=\"none\">%1</p>").arg(esc(text));
}

QString badge(const QString &text)
{
    return QStringLiteral(" <span class=\"badge\">&nbsp;%1&nbsp;</span>").arg(esc(text));
}

QString facts(const std::vector<std::pair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">");
    for (const auto &[label, value] : rows) {
        if (!value.isEmpty())
            html += QStringLiteral("<tr><td width=\"32%\"><span class=\"label\">%1</span></td><td>%2</td></tr>")
                        .arg(esc(label), value);
    }
    return html + QStringLiteral("</table>");
}

QString renderDwelling(const HouseholdView &v)
{
    const Dwelling &d = v.dwelling;
    QStringList about{RosterCodes::occupancyLabel(d.occupancy),
                      HouseholdPanel::tr("%1 m²").arg(QLocale().toString(double(d.areaCenti) / 100.0, 'f', 2))};
    if (d.floor)
        about << HouseholdPanel::tr("Floor %1").arg(*d.floor);
    if (!d.delivered)
        about << HouseholdPanel::tr("Not delivered");
    QString html = QStringLiteral("<h2>%1</h2><p class=\"sub\">%2</p>")
                       .arg(esc(v.address), esc(about.join(QStringLiteral(" · "))));

    html += heading(HouseholdPanel::tr("Living here"), int(v.residents.size()));
    std::vector<QStringList> rows;
    for (const HouseholdView::Member &m : v.residents)
        rows.push_back({personLink(m.personId, m.name), esc(m.relation), HouseholdPanel::tr("since %1").arg(day(m.movedIn))});
    html += rows.empty() ? none(HouseholdPanel::tr("Nobody lives here.")) : table(rows);

    html += heading(HouseholdPanel::tr("Owners"), int(v.owners.size()));
    rows.clear();
    for (const HouseholdView::Owner &o : v.owners) {
        QString who = personLink(o.personId, o.name);
        if (!o.personId)
            who += badge(HouseholdPanel::tr("Developer"));
        else if (o.isVoter)
            who += badge(HouseholdPanel::tr("Votes"));
        rows.push_back({who, HouseholdPanel::tr("since %1").arg(day(o.since))});
    }
    html += rows.empty() ? none(HouseholdPanel::tr("No owner on record.")) : table(rows);
    if (v.owners.size() > 1)
        html += QStringLiteral("<p class=\"note\">%1</p>")
                    .arg(esc(HouseholdPanel::tr("Co-owners: the one marked “Votes” casts the dwelling's vote.")));

    if (v.stewardPersonId)
        html += heading(HouseholdPanel::tr("Red steward")) + QStringLiteral("<p>%1</p>").arg(personLink(v.stewardPersonId, v.stewardName));

    if (!v.former.empty()) {
        html += heading(HouseholdPanel::tr("Moved out"), int(v.former.size()));
        rows.clear();
        for (const HouseholdView::Member &m : v.former)
            rows.push_back({personLink(m.personId, m.name), esc(m.relation), span(m.movedIn, m.movedOut)});
        html += table(rows);
    }
    if (!v.formerOwners.empty()) {
        html += heading(HouseholdPanel::tr("Former owners"), int(v.formerOwners.size()));
        rows.clear();
        for (const HouseholdView::Owner &o : v.formerOwners)
            rows.push_back({personLink(o.personId, o.name), span(o.since, o.until)});
        html += table(rows);
    }
    html += heading(HouseholdPanel::tr("History"));
    rows.clear();
    for (const HouseholdView::Event &e : v.history)
        rows.push_back({QStringLiteral("<span class=\"label\">%1</span>").arg(day(e.date)), esc(e.describe())});
    html += rows.empty() ? none(HouseholdPanel::tr("Nothing recorded yet.")) : table(rows);
    return html;
}

QString renderPerson(const Person &p, const PersonPlaces &places, const std::vector<PersonHistoryEntry> &history,
                     const PrivacyMask *mask)
{
    QStringList about;
    if (!p.sex.isEmpty())
        about << RosterCodes::sexLabel(p.sex);
    if (const int age = PeopleSearch::ageOn(p.birthDate, QDate::currentDate()); age >= 0)
        about << HouseholdPanel::tr("%n years", nullptr, age);
    about << RosterCodes::politicalStatusLabel(p.politicalStatus) << RosterCodes::hukouLabel(p.hukou);
    QString html = QStringLiteral("<h2>%1%2</h2><p class=\"sub\">%3</p>")
                       .arg(esc(p.name), p.archived ? badge(HouseholdPanel::tr("Archived")) : QString(),
                            esc(about.join(QStringLiteral(" · "))));
    QStringList tags;
    for (const QString &tag : p.tags)
        tags << RosterCodes::tagLabel(tag);
    auto shown = [&](PrivacyMask::Field field, const QString &value) {
        return esc(mask ? mask->display(field, value, p.id) : QString());
    };
    html += facts({{HouseholdPanel::tr("ID number"), shown(PrivacyMask::IdNumber, p.idNumber)},
                   {HouseholdPanel::tr("Birth date"), p.birthDate.isValid() ? day(p.birthDate) : QString()},
                   {HouseholdPanel::tr("Phone"), shown(PrivacyMask::Phone, p.phone)},
                   {HouseholdPanel::tr("Ethnicity"), esc(p.ethnicity)},
                   {HouseholdPanel::tr("Education"), esc(p.education)},
                   {HouseholdPanel::tr("Workplace"), esc(p.workplace)},
                   {HouseholdPanel::tr("Special groups"), esc(tags.join(HouseholdPanel::tr(", ")))},
                   {HouseholdPanel::tr("Notes"), esc(p.notes)}});

    html += heading(HouseholdPanel::tr("Residences"), int(places.residences.size()));
    std::vector<QStringList> rows;
    for (const PersonPlaces::Residence &r : places.residences) {
        QString where = dwellingLink(r.link.dwellingId, r.address);
        if (r.link.isCurrent())
            where = QStringLiteral("<b>%1</b>").arg(where);
        rows.push_back({where, esc(r.link.relation), span(r.link.movedIn, r.link.movedOut)});
    }
    html += rows.empty() ? none(HouseholdPanel::tr("No residence on record.")) : table(rows);

    if (!places.ownerships.empty()) {
        html += heading(HouseholdPanel::tr("Owns"), int(places.ownerships.size()));
        rows.clear();
        for (const PersonPlaces::Ownership &o : places.ownerships) {
            QString what = dwellingLink(o.link.dwellingId, o.address);
            if (o.link.isVoter && o.link.isCurrent())
                what += badge(HouseholdPanel::tr("Votes"));
            const QString with = o.coOwners.isEmpty() ? QString()
                                                      : HouseholdPanel::tr("with %1").arg(esc(o.coOwners.join(HouseholdPanel::tr(", "))));
            rows.push_back({what, with, span(o.link.since, o.link.until)});
        }
        html += table(rows);
    }
    if (!places.leaderships.empty()) {
        html += heading(HouseholdPanel::tr("Building leader"));
        rows.clear();
        for (const PersonPlaces::Leadership &l : places.leaderships)
            rows.push_back({esc(l.building), esc(RosterCodes::leaderKindLabel(l.leader.kind)),
                            HouseholdPanel::tr("since %1").arg(day(l.leader.since))});
        html += table(rows);
    }
    if (places.redStewardId)
        html += QStringLiteral("<p>%1</p>").arg(badge(HouseholdPanel::tr("Red steward")));

    html += heading(HouseholdPanel::tr("History"));
    rows.clear();
    for (const PersonHistoryEntry &e : history)
        rows.push_back({QStringLiteral("<span class=\"label\">%1</span>")
                            .arg(e.at.isValid() ? e.at.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : day(QDate())),
                        esc(e.describe())});
    html += rows.empty() ? none(HouseholdPanel::tr("Nothing recorded yet.")) : table(rows);
    return html;
}

} // namespace

HouseholdPanel::HouseholdPanel(QWidget *parent) : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("householdPanel"));
    setOpenLinks(false);
    setFrameShape(QFrame::NoFrame);
    document()->setDocumentMargin(14);
    document()->setDefaultStyleSheet(QStringLiteral(
        "h2 { font-size: 16px; font-weight: 600; color: #202124; margin: 0; }"
        "h3 { font-size: 13px; font-weight: 600; color: #3c4043; margin-top: 14px; margin-bottom: 4px; }"
        "p.sub { color: #5f6368; margin-top: 2px; }"
        "p.none { color: #80868b; }"
        "p.note { color: #5f6368; font-size: 12px; }"
        ".label { color: #5f6368; }"
        ".badge { background-color: #fbe7ea; color: #c8102e; font-size: 11px; }"
        "a { color: #1a56b0; text-decoration: none; }"));
    connect(this, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const qint64 id = url.path().toLongLong();
        if (url.scheme() == QLatin1String("person"))
            emit personActivated(id);
        else if (url.scheme() == QLatin1String("dwelling"))
            emit dwellingActivated(id);
    });
}

void HouseholdPanel::display(char kind, qint64 id, std::function<QString()> render)
{
    m_kind = kind;
    m_id = id;
    m_render = std::move(render);
    rerender();
}

void HouseholdPanel::rerender()
{
    const int scroll = verticalScrollBar()->value();
    setHtml(m_render ? m_render() : QString());
    verticalScrollBar()->setValue(scroll);
}

void HouseholdPanel::showDwelling(const HouseholdView &view)
{
    display('d', view.dwelling.id, [view] { return renderDwelling(view); });
}

void HouseholdPanel::showPerson(const Person &person, const PersonPlaces &places,
                                const std::vector<PersonHistoryEntry> &history, const PrivacyMask *mask)
{
    display('p', person.id, [=] { return renderPerson(person, places, history, mask); });
}

void HouseholdPanel::showEstate(const Estate &e, int buildings)
{
    display('e', e.id, [e, buildings] {
        return QStringLiteral("<h2>%1</h2>").arg(esc(e.name))
               + facts({{tr("Address"), esc(e.address)},
                        {tr("Developer"), esc(e.developer)},
                        {tr("Buildings"), QLocale().toString(buildings)},
                        {tr("Notes"), esc(e.notes)}})
               + QStringLiteral("<p class=\"note\">%1</p>")
                     .arg(esc(tr("Select a dwelling to see its household, or a person in the table.")));
    });
}

void HouseholdPanel::showBuilding(const Building &b, const QString &estateName, const QString &gridName,
                                  const std::vector<Leader> &leaders)
{
    display('b', b.id, [=] {
        QString html = QStringLiteral("<h2>%1</h2>").arg(esc(tr("%1, building %2").arg(estateName, b.number)));
        html += facts({{tr("Address"), esc(b.address)},
                       {tr("Floors"), b.floors ? QString::number(*b.floors) : QString()},
                       {tr("Year built"), b.yearBuilt ? QString::number(*b.yearBuilt) : QString()},
                       {tr("Grid"), esc(gridName)}});
        html += heading(tr("Building leaders"), int(leaders.size()));
        std::vector<QStringList> rows;
        for (const Leader &l : leaders)
            rows.push_back({esc(l.second), esc(l.first)});
        return html + (rows.empty() ? none(tr("No building leader yet.")) : table(rows));
    });
}

void HouseholdPanel::showMessage(const QString &message)
{
    display(0, 0, [message] { return none(message); });
}

void HouseholdPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        rerender();
    QTextBrowser::changeEvent(event);
}

} // namespace cd
