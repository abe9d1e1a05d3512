#pragma once

#include "common/status.h"
#include "party/partytypes.h"

#include <QCoreApplication>
#include <vector>

namespace cd {

class Database;

/// Reads and writes property companies (物业企业) with their party work — credit code,
/// 红色物业 status, 履约评价, 党建指导员 — and their projects (物业服务项目) per estate.
///
/// A credit code failing its check character is kept only with a note saying why (some
/// issued codes fail it); a code of the wrong length or alphabet is refused. Removing a
/// company or project that anything refers to is refused with the reasons.
class PropertyCompanyStore
{
    Q_DECLARE_TR_FUNCTIONS(cd::PropertyCompanyStore)

public:
    explicit PropertyCompanyStore(Database &database);

    /// The credit-code problems alone: none for a valid code; a warning for an empty code;
    /// for a failing check character a warning when `note` says why, else an error.
    static QVector<FieldProblem> checkCreditCode(const QString &code, const QString &note);
    QVector<FieldProblem> check(const CompanyPartyInfo &company) const;
    /// Creates (id 0) or updates; the credit code is stored normalised. Returns the id.
    Result<qint64> save(const CompanyPartyInfo &company);
    Status remove(qint64 id);
    QStringList referencesTo(qint64 id) const;

    Result<CompanyPartyInfo> company(qint64 id) const;
    /// All companies by name.
    Result<std::vector<CompanyPartyInfo>> companies() const;

    QVector<FieldProblem> checkProject(const PropertyProject &project) const;
    Result<qint64> saveProject(const PropertyProject &project);
    Status removeProject(qint64 id);
    /// Projects of one company (0: of all companies), by company and estate.
    Result<std::vector<PropertyProject>> projects(qint64 companyId = 0) const;
    /// Adds a project for every company and estate the roster's buildings pair that has
    /// none yet; returns how many were added.
    Result<int> addProjectsFromBuildings(QDate since = QDate());

private:
    Database &m_db;
};

} // namespace cd
