#pragma once

#include "common/status.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace cd {

class Database;

/// Whether ID numbers and phone numbers are shown in full. Masked by default
/// (110105********002X, 138****8000); showing them is an explicit act that is written to
/// audit_log with what was shown, where and when — never the numbers themselves.
/// One object per window or report; it does not outlive the session.
class PrivacyMask
{
    Q_DECLARE_TR_FUNCTIONS(cd::PrivacyMask)

public:
    enum Field { IdNumber = 0x1, Phone = 0x2 };
    Q_DECLARE_FLAGS(Fields, Field)

    /// `database` receives the audit lines; it must outlive this object.
    explicit PrivacyMask(Database &database);

    /// True while `field` is masked for everyone.
    bool isMasked(Field field) const { return !m_unmasked.testFlag(field); }

    /// Shows `fields` in full everywhere `context` says (e.g. "roster page"); logged.
    Status unmaskAll(Fields fields, const QString &context);
    /// Shows one person's `field` in full; logged with the person's record number.
    Status reveal(Field field, qint64 personId, const QString &context);
    /// Masks everything again (not logged: it discloses nothing).
    void maskAll();

    /// The value as it may be shown now.
    QString display(Field field, QStringView value, qint64 personId = 0) const;

private:
    Status log(const QString &detail);

    Database &m_db;
    Fields m_unmasked;
    QSet<qint64> m_revealedIds;
    QSet<qint64> m_revealedPhones;
};

Q_DECLARE_OPERATORS_FOR_FLAGS(PrivacyMask::Fields)

} // namespace cd
