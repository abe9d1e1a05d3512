#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>

class QPagedPaintDevice;

namespace cd {

class ElectionStore;

/// Prints the numbered ballots (选票) of an election, one A4 page per voter on the frozen
/// roll: the ballot number, the voter with rooms and area, the candidate list in ballot
/// order with 同意 / 反对 / 弃权 boxes, the instructions and a signature line.
///
/// The page is drawn directly with QPainter (a dedicated compact layout): thousands of
/// ballots share one layout, so there is nothing to gain from a QTextDocument per page,
/// and 5,000 ballots go to PDF in seconds.
class BallotPrinter
{
    Q_DECLARE_TR_FUNCTIONS(cd::BallotPrinter)

public:
    /// Called after each page with (done, total); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    explicit BallotPrinter(const ElectionStore &store);

    /// Only these ballot numbers (e.g. a reprint); empty: every voter.
    void setVoterNumbers(const QVector<int> &numbers) { m_numbers = numbers; }
    void setProgress(Progress progress) { m_progress = std::move(progress); }

    /// Paints the ballots on a printer or PDF writer (refused before voting opens).
    Status paint(qint64 electionId, QPagedPaintDevice *device) const;
    /// Writes a PDF atomically.
    Status writePdf(qint64 electionId, const QString &path) const;

private:
    const ElectionStore &m_store;
    QVector<int> m_numbers;
    Progress m_progress;
};

} // namespace cd
