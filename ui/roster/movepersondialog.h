#pragma once

#include "common/status.h"

#include <QDate>
#include <QDialog>
#include <functional>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cd {

class RosterRepository;

/// Moves a person to another dwelling, typed as a room reference within an estate ("3-2-501",
/// "3栋2单元501室"), or records that the person moved away from the community. The reference is
/// looked up as the user types and the dwelling found (or what was not found) is shown.
class MovePersonDialog : public QDialog
{
    Q_OBJECT

public:
    struct Move
    {
        bool away = false;     ///< moved out of the community: no new dwelling
        qint64 dwellingId = 0; ///< the new dwelling
        QString relation;
        QDate date;
    };
    using Saver = std::function<Status(const Move &move)>;

    MovePersonDialog(const RosterRepository &repository, QWidget *parent = nullptr);

    /// `estate` preselects the estate (the person's current one); `address` is where they live now.
    void setPerson(const QString &name, const QString &address, const QString &estate, const QString &relation);
    void setSaver(Saver saver) { m_saver = std::move(saver); }

    Move move() const;
    /// The dwelling the reference names, 0 when none (see resultText()).
    qint64 targetDwelling() const { return m_target; }
    QString resultText() const;

    QComboBox *estateBox() const { return m_estate; }
    QLineEdit *referenceEdit() const { return m_reference; }
    QRadioButton *awayButton() const { return m_away; }

public slots:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void lookUp();

    const RosterRepository &m_repository;
    Saver m_saver;
    qint64 m_target = 0;
    QString m_name;
    QString m_address;
    QLabel *m_intro;
    QRadioButton *m_toDwelling;
    QRadioButton *m_away;
    QComboBox *m_estate;
    QLineEdit *m_reference;
    QLabel *m_result;
    QComboBox *m_relation;
    QDateEdit *m_date;
    QLabel *m_relationCaption;
    QLabel *m_dateCaption;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace cd
