#pragma once

#include "party/censusdata.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace cd {

class PrivacyMask;

/// The list behind a census figure (censusdrill): the members, organisations, companies,
/// projects, committees or cross-appointments it counts. Numbers are shown through the mask.
class CensusDrillDialog : public QDialog
{
    Q_OBJECT

public:
    CensusDrillDialog(const CensusData &data, const QString &entity, const QString &key, const QString &title,
                      const PrivacyMask &mask, QWidget *parent = nullptr);

    QString entity() const { return m_entity; }
    QString key() const { return m_key; }
    QTableWidget *table() const { return m_table; }

private:
    void fill(const CensusData &data, const QVector<int> &rows, const PrivacyMask &mask);

    QString m_entity;
    QString m_key;
    QLabel *m_heading;
    QTableWidget *m_table;
};

} // namespace cd
