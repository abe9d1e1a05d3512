#include "roster/rosterform.h"

#include <QComboBox>
#include <QLabel>
#include <QStyle>

namespace cd::rosterform {

void fillCodes(QComboBox *combo, RosterCodes::List list, const QString &emptyText)
{
    const QString keep = currentCode(combo);
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!emptyText.isEmpty())
        combo->addItem(emptyText, QString());
    for (const QString &code : RosterCodes::codes(list))
        combo->addItem(RosterCodes::label(list, code), code);
    const int at = combo->findData(keep);
    combo->setCurrentIndex(at >= 0 ? at : 0);
}

QString currentCode(const QComboBox *combo)
{
    return combo->currentData().toString();
}

void setCurrentCode(QComboBox *combo, const QString &code)
{
    int at = combo->findData(code);
    if (at < 0) {
        combo->addItem(code, code);
        at = combo->count() - 1;
    }
    combo->setCurrentIndex(at);
}

QComboBox *createRelationBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->setEditable(true);
    box->setInsertPolicy(QComboBox::NoInsert);
    // Relations are data in the roster's own language, as the household registers write them.
    for (const char *relation : {"户主", "配偶", "子", "女", "父亲", "母亲", "孙子", "孙女", "兄弟姐妹", "租户", "其他"})
        box->addItem(QString::fromUtf8(relation));
    box->setCurrentIndex(-1);
    box->setCurrentText(QString());
    return box;
}

QLabel *createErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldError"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void showFieldError(QWidget *field, QLabel *label, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    const bool invalid = !message.isEmpty();
    if (field && field->property("invalid").toBool() != invalid) {
        field->setProperty("invalid", invalid);
        field->style()->unpolish(field);
        field->style()->polish(field);
    }
}

bool saveSucceeded(QLabel *summary, const Status &saved)
{
    if (saved)
        return true;
    summary->setText(saved.message());
    summary->show();
    return false;
}

QString formStyleSheet()
{
    return QStringLiteral("#fieldError { color: #c5221f; font-size: 12px; }"
                          "#formError { color: #c5221f; }"
                          "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QDateEdit[invalid=\"true\"],"
                          " QPlainTextEdit[invalid=\"true\"] { border: 1px solid #c5221f; border-radius: 3px;"
                          " padding: 2px; }");
}

} // namespace cd::rosterform
