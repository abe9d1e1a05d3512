#include "firststart/firststartdialog.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cd {

FirstStartDialog::FirstStartDialog(QWidget *parent)
    : QDialog(parent),
      m_heading(new QLabel(this)),
      m_text(new QLabel(this)),
      m_startEmpty(new QCommandLinkButton(this)),
      m_loadDemo(new QCommandLinkButton(this))
{
    setObjectName(QStringLiteral("firstStartDialog"));
    m_startEmpty->setObjectName(QStringLiteral("startEmpty"));
    m_loadDemo->setObjectName(QStringLiteral("loadDemo"));
    m_heading->setStyleSheet(QStringLiteral("font-size: 17px; font-weight: 600;"));
    m_text->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->addWidget(m_heading);
    layout->addWidget(m_text);
    layout->addSpacing(8);
    layout->addWidget(m_loadDemo);
    layout->addWidget(m_startEmpty);
    setMinimumWidth(520);

    connect(m_startEmpty, &QCommandLinkButton::clicked, this, [this] { choose(Choice::StartEmpty); });
    connect(m_loadDemo, &QCommandLinkButton::clicked, this, [this] { choose(Choice::LoadDemo); });
    m_loadDemo->setDefault(true);
    retranslateUi();
}

void FirstStartDialog::choose(Choice choice)
{
    m_choice = choice;
    accept();
}

void FirstStartDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void FirstStartDialog::retranslateUi()
{
    setWindowTitle(tr("Welcome to CommunityDesk"));
    m_heading->setText(tr("This database is still empty"));
    m_text->setText(tr("You can begin with your own community's data, or first look around in a "
                       "demo community with estates, buildings, residents and party members."));
    m_startEmpty->setText(tr("Start empty"));
    m_startEmpty->setDescription(tr("Enter estates and residents yourself, or import a roster from Excel."));
    m_loadDemo->setText(tr("Load the demo community"));
    m_loadDemo->setDescription(tr("A made-up community to try every feature. It can be replaced later by "
                                  "creating a new database."));
}

} // namespace cd
