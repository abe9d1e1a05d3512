#pragma once

#include "common/status.h"
#include "roster/rostertypes.h"

#include <QDialog>
#include <functional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace cd {

/// Edits a dwelling: room, floor, registered exclusive area (m², two decimals), occupancy and
/// whether it has been delivered. The room is checked as the user types; the repository's
/// reason is shown when saving is refused (e.g. the room already exists in the unit).
class DwellingDialog : public QDialog
{
    Q_OBJECT

public:
    using Saver = std::function<Status(const Dwelling &dwelling)>;

    explicit DwellingDialog(QWidget *parent = nullptr);

    /// `address` names the dwelling in the title ("幸福小区 3-2-501").
    void setDwelling(const Dwelling &dwelling, const QString &address);
    void setSaver(Saver saver) { m_saver = std::move(saver); }
    Dwelling dwelling() const;

    QLineEdit *roomEdit() const { return m_room; }
    QDoubleSpinBox *areaBox() const { return m_area; }
    QComboBox *occupancyBox() const { return m_occupancy; }
    QString roomError() const;
    QString summary() const;

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void validate();

    Saver m_saver;
    Dwelling m_dwelling;
    QString m_address;
    QLineEdit *m_room;
    QSpinBox *m_floor;
    QDoubleSpinBox *m_area;
    QComboBox *m_occupancy;
    QCheckBox *m_delivered;
    QLabel *m_roomError;
    QLabel *m_summary;
    QLabel *m_roomCaption;
    QLabel *m_floorCaption;
    QLabel *m_areaCaption;
    QLabel *m_occupancyCaption;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
