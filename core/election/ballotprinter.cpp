#include "election/ballotprinter.h"

#include "election/electionstore.h"
#include "election/ownersvote.h"
#include "report/chinesedate.h"
#include "report/reportfonts.h"

#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSet>

namespace cd {

namespace {

// Everything one page needs that does not change from ballot to ballot.
struct BallotLayout
{
    double dpi = 300;
    QFont title, heading, body, small, number;
    QString estate, electionTitle, meeting;
    int seats = 0;
    QVector<QPair<int, QString>> candidates; // ballot number, name
    QStringList instructions;

    double mm(double millimetres) const { return millimetres * dpi / 25.4; }
};

QFont font(const QString &family, double points, bool bold = false)
{
    QFont f(family);
    f.setPointSizeF(points);
    f.setBold(bold);
    return f;
}

// The rooms of a voter, shortened for the developer's many units.
QString roomsText(const RollVoter &voter)
{
    if (voter.dwellings.size() <= 4)
        return voter.rooms;
    return QStringLiteral("%1、%2 等 %3 套")
        .arg(voter.dwellings[0].address, voter.dwellings[1].address)
        .arg(voter.dwellings.size());
}

QString voterName(const RollVoter &voter)
{
    if (voter.kind == QLatin1String("developer"))
        return voter.name + QStringLiteral("（建设单位：未售及未交付房屋）");
    if (voter.kind == QLatin1String("unknown"))
        return QStringLiteral("（业主信息待核实）");
    return voter.name;
}

void drawPage(QPainter &p, const BallotLayout &l, const RollVoter &voter, int index, int total, const QSizeF &page)
{
    const double left = l.mm(20), width = page.width() - 2 * left;
    double y = l.mm(16);

    p.setFont(l.number);
    p.drawText(QRectF(left, y, width, l.mm(8)), Qt::AlignRight | Qt::AlignVCenter,
               QStringLiteral("选票编号：%1").arg(voter.number, 6, 10, QLatin1Char('0')));
    y += l.mm(12);
    p.setFont(l.title);
    p.drawText(QRectF(left, y, width, l.mm(10)), Qt::AlignHCenter | Qt::AlignVCenter, l.estate + QStringLiteral("业主大会"));
    y += l.mm(10);
    p.drawText(QRectF(left, y, width, l.mm(10)), Qt::AlignHCenter | Qt::AlignVCenter, QStringLiteral("业主委员会委员选举选票"));
    y += l.mm(11);
    p.setFont(l.body);
    p.drawText(QRectF(left, y, width, l.mm(7)), Qt::AlignHCenter | Qt::AlignVCenter, l.electionTitle + l.meeting);
    y += l.mm(11);

    // The voter.
    const double labelWidth = l.mm(38);
    const auto line = [&](const QString &label, const QString &value) {
        p.setFont(l.heading);
        p.drawText(QRectF(left, y, labelWidth, l.mm(7)), Qt::AlignLeft | Qt::AlignVCenter, label);
        p.setFont(l.body);
        p.drawText(QRectF(left + labelWidth, y, width - labelWidth, l.mm(7)), Qt::AlignLeft | Qt::AlignVCenter, value);
        y += l.mm(7.5);
    };
    line(QStringLiteral("投票人（业主）："), voterName(voter));
    line(QStringLiteral("房　　号："), roomsText(voter));
    line(QStringLiteral("专有部分面积："), OwnersVote::areaText(voter.areaCenti) + QStringLiteral(" ㎡（计 1 人）"));
    y += l.mm(3);

    // The candidates with their boxes.
    const double columns[] = {0.12, 0.40, 0.16, 0.16, 0.16};
    const QStringList headers{QStringLiteral("序号"), QStringLiteral("候选人姓名"), QStringLiteral("同意"),
                              QStringLiteral("反对"), QStringLiteral("弃权")};
    // Long slates get lower rows, so the ballot stays on one page.
    const double rowHeight = qMin(l.mm(9), l.mm(130) / (l.candidates.size() + 1));
    const auto row = [&](const QStringList &cells, bool header) {
        double x = left;
        p.setFont(header ? l.heading : l.body);
        for (int c = 0; c < 5; ++c) {
            const QRectF cell(x, y, width * columns[c], rowHeight);
            if (header)
                p.fillRect(cell, QColor(0xEE, 0xEE, 0xEE));
            p.drawRect(cell);
            if (!header && c >= 2) {
                const double side = l.mm(4.5);
                p.drawRect(QRectF(cell.center().x() - side / 2, cell.center().y() - side / 2, side, side));
            } else {
                p.drawText(cell, Qt::AlignCenter, cells.value(c));
            }
            x += width * columns[c];
        }
        y += rowHeight;
    };
    row(headers, true);
    for (const auto &candidate : l.candidates)
        row({QString::number(candidate.first), candidate.second}, false);
    y += l.mm(6);

    p.setFont(l.heading);
    p.drawText(QRectF(left, y, width, l.mm(7)), Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("填票说明"));
    y += l.mm(7);
    p.setFont(l.small);
    for (const QString &text : l.instructions) {
        const QRectF box = p.boundingRect(QRectF(left, y, width, l.mm(40)), Qt::TextWordWrap | Qt::AlignLeft, text);
        p.drawText(QRectF(left, y, width, box.height()), Qt::TextWordWrap | Qt::AlignLeft, text);
        y += box.height() + l.mm(1.5);
    }
    y += l.mm(8);
    p.setFont(l.body);
    p.drawText(QRectF(left, y, width, l.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("业主（或委托代理人）签名：______________　　日期：______年____月____日"));
    y += l.mm(9);
    p.drawText(QRectF(left, y, width, l.mm(8)), Qt::AlignLeft | Qt::AlignVCenter,
               QStringLiteral("委托投票的，请附书面委托书。委托代理人姓名：______________"));

    p.setFont(l.small);
    p.drawText(QRectF(left, page.height() - l.mm(18), width, l.mm(6)), Qt::AlignHCenter | Qt::AlignVCenter,
               QStringLiteral("%1业主大会筹备组制　　第 %2 张 共 %3 张").arg(l.estate).arg(index).arg(total));
}

} // namespace

BallotPrinter::BallotPrinter(const ElectionStore &store) : m_store(store) {}

Status BallotPrinter::paint(qint64 electionId, QPagedPaintDevice *device) const
{
    const Result<Election> e = m_store.election(electionId);
    if (!e)
        return e.status();
    if (e->isPreparing())
        return Status::failure(tr("Ballots are printed once voting has opened: the roll and the ballot order are fixed then."));
    const Result<VoterRoll> roll = m_store.roll(electionId);
    if (!roll)
        return roll.status();
    const Result<std::vector<Candidate>> candidates = m_store.candidates(electionId);
    if (!candidates)
        return candidates.status();

    BallotLayout l;
    l.estate = e->estateName;
    l.electionTitle = e->title;
    l.meeting = e->meetingDate.isValid() ? QStringLiteral("　会议日期：%1").arg(chineseDate(e->meetingDate)) : QString();
    l.seats = e->seats;
    for (const Candidate &c : *candidates) {
        if (c.ballotNumber > 0)
            l.candidates.append({c.ballotNumber, c.name});
    }
    l.instructions = {
        QStringLiteral("一、本次选举应选业主委员会委员 %1 名。每位候选人只能在“同意”“反对”“弃权”中选择一项，在对应方框内划“√”；"
                       "未作选择的视为弃权。").arg(e->seats),
        QStringLiteral("二、划“同意”的候选人不得超过 %1 名，超过的选票无效；无法辨认的选票无效。").arg(e->seats),
        QStringLiteral("三、候选人须经参与表决专有部分面积过半数且参与表决人数过半数的业主同意方可当选，"
                       "按同意票数依次确定当选人；末位票数相同的，另行投票决定。"),
        QStringLiteral("四、一张选票代表选票编号对应的一名投票人（同一业主拥有多套房屋的计一人，共有人推举一人投票）。"
                       "委托他人投票的，须同时交回业主签名的书面委托书。"),
    };

    std::vector<const RollVoter *> voters;
    const QSet<int> wanted(m_numbers.begin(), m_numbers.end());
    for (const RollVoter &v : roll->voters) {
        if (wanted.isEmpty() || wanted.contains(v.number))
            voters.push_back(&v);
    }
    if (voters.empty())
        return Status::failure(tr("There are no ballots to print for these voter numbers."));

    QPageLayout layout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF());
    layout.setMinimumMargins(QMarginsF());
    if (!device->setPageLayout(layout))
        return Status::failure(tr("The printer does not accept A4 pages."));
    l.dpi = device->logicalDpiY();
    l.title = font(reportfonts::titleFamily(), 18, true);
    l.heading = font(reportfonts::headingFamily(), 12);
    l.body = font(reportfonts::bodyFamily(), 12);
    l.small = font(reportfonts::bodyFamily(), 10.5);
    l.number = font(reportfonts::headingFamily(), 14, true);
    const QSizeF page(l.mm(210), l.mm(297));

    QPainter painter;
    if (!painter.begin(device))
        return Status::failure(tr("Cannot start printing (the output could not be opened)."));
    painter.setPen(QPen(Qt::black, l.mm(0.25)));
    const int total = int(voters.size());
    for (int i = 0; i < total; ++i) {
        if (i > 0 && !device->newPage()) {
            painter.end();
            return Status::failure(tr("Printing stopped at ballot %1.").arg(voters[size_t(i)]->number));
        }
        drawPage(painter, l, *voters[size_t(i)], i + 1, total, page);
        if (m_progress && !m_progress(i + 1, total)) {
            painter.end();
            return Status::failure(tr("Printing the ballots was cancelled."));
        }
    }
    painter.end();
    return Status::success();
}

Status BallotPrinter::writePdf(qint64 electionId, const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("CommunityDesk"));
        writer.setTitle(QFileInfo(path).completeBaseName());
        const Status painted = paint(electionId, &writer);
        if (!painted) {
            file.cancelWriting();
            return painted;
        }
    }
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Status::success();
}

} // namespace cd
