// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportImportDialog.h"

#include "Appearance.h"
#include "ReportTexts.h"

#include "ui/Labels.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

int rank(core::PackageChange::Kind kind)
{
    switch (kind) {
    case core::PackageChange::Kind::Remark:
        return 0;
    case core::PackageChange::Kind::ReportState:
        return 1;
    case core::PackageChange::Kind::Value:
        return 2;
    case core::PackageChange::Kind::Note:
        return 3;
    case core::PackageChange::Kind::Evidence:
        return 4;
    }
    return 5;
}

/// A stored value as a user reads it: states translated, empty as a dash.
QString valueText(const core::PackageChange& change, const QString& value)
{
    if (value.isEmpty())
        return u"—"_s;
    if (change.kind == core::PackageChange::Kind::ReportState)
        if (const auto state = core::parseReportState(value))
            return ReportTexts::state(*state);
    return value;
}

} // namespace

std::vector<core::PackageChange> ReportImportDialog::ordered(std::vector<core::PackageChange> changes)
{
    std::stable_sort(changes.begin(), changes.end(), [](const core::PackageChange& a, const core::PackageChange& b) {
        return rank(a.kind) < rank(b.kind);
    });
    return changes;
}

ReportImportDialog::ReportImportDialog(const core::PackageCheck& check, const QString& bodyText, const NameOf& nameOf,
                                       QWidget* parent)
    : QDialog(parent)
    , m_changes(new QTreeWidget)
{
    setObjectName(u"reportImportDialog"_s);
    setWindowTitle(tr("Import Return Package"));

    auto* heading = wrappingLabel();
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setText(tr("Returned for revision: %1, %2").arg(bodyText).arg(check.header.year));
    auto* summary = wrappingLabel();
    QString text = tr("Package of %1, number %2, SHA-256 %3.")
                       .arg(QLocale().toString(check.header.created.toLocalTime(), QLocale::ShortFormat))
                       .arg(check.header.sequence)
                       .arg(check.sha256);
    text += u' ';
    if (check.alreadyImported)
        text += tr("This package was already imported: importing it again changes nothing.");
    else if (check.changes.empty())
        text += tr("It changes nothing here.");
    else
        text += check.changes.size() == 1
                    ? tr("Importing it makes the change below.")
                    : tr("Importing it makes the %n changes below; the remarks of the authorized body come first.",
                         nullptr, static_cast<int>(check.changes.size()));
    summary->setText(text);
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_changes->setObjectName(u"changesTreeWidget"_s);
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setColumnCount(ColumnCount);
    m_changes->setHeaderLabels({tr("Block"), tr("Indicator"), tr("What"), tr("Was"), tr("Becomes")});
    m_changes->setWordWrap(true);
    for (const core::PackageChange& change : ordered(check.changes)) {
        auto* row = new QTreeWidgetItem(m_changes);
        row->setText(Block, Labels::blockShort(change.block));
        if (!change.code.isEmpty()) {
            const QString name = nameOf ? nameOf(change.block, change.code) : QString();
            row->setText(Indicator, name.isEmpty() || name == change.code ? change.code : change.code + u"  "_s + name);
            row->setToolTip(Indicator, row->text(Indicator));
        }
        QString what = change.kind == core::PackageChange::Kind::Evidence ? tr("File attached")
                       : change.kind == core::PackageChange::Kind::Remark ? tr("Remark")
                                                                          : ReportTexts::packageField(change.field);
        row->setText(Change, what);
        row->setText(OldValue, valueText(change, change.oldValue));
        row->setText(NewValue, change.kind == core::PackageChange::Kind::Evidence ? change.field
                                                                                  : valueText(change, change.newValue));
        row->setToolTip(NewValue, row->text(NewValue));
        if (change.kind == core::PackageChange::Kind::Remark) {
            QFont font = row->font(NewValue);
            font.setBold(true);
            row->setFont(NewValue, font);
        }
    }
    QHeaderView* header = m_changes->header();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Indicator, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_changes->setColumnWidth(Indicator, 240);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(!check.alreadyImported);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(summary);
    layout->addWidget(m_changes, 1);
    layout->addWidget(buttons);
    resize(860, 480);
}

} // namespace ui
