#pragma once

#include "common/status.h"
#include "roster/rostertypes.h"

#include <QDialog>
#include <functional>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

/// Edits a building: number, address, floors, year built and grid (网格). The number is checked
/// as the user types; the repository's reason is shown when saving is refused (e.g. the number
/// is taken in the estate). The property company is kept as it is.
class BuildingDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Building &building)>;

    explicit BuildingDialog(QWidget *parent = nullptr);

    /// `estateName` is shown in the title; `grids` fill the grid choice.
    void setBuilding(const Building &building, const QString &estateName, const std::vector<Grid> &grids);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    Building building() const;

    QLineEdit *numberEdit() const { return m_number; }
    QSpinBox *floorsBox() const { return m_floors; }
    QComboBox *gridBox() const { return m_grid; }
    QString numberError() const;
    QString summary() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    Saver m_saver;
    Building m_building;
    QString m_estateName;
    QLineEdit *m_number;
    QLineEdit *m_address;
    QSpinBox *m_floors;
    QSpinBox *m_yearBuilt;
    QComboBox *m_grid;
    QLabel *m_numberError;
    QLabel *m_summary;
    QLabel *m_captions[5];
    QDialogButtonBox *m_buttons;
};

} // namespace cd
