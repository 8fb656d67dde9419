// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackagePreviewDialog.h"

#include "Appearance.h"
#include "PackageTexts.h"

#include "ui/Labels.h"

#include "core/Signing.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString InfoStyle = u"QLabel { background: #e3effd; color: #0b3a6e; padding: 6px; border-radius: 4px; }"_s;
const QString WarningStyle = u"QLabel { background: #fff4ce; color: #5c4400; padding: 6px; border-radius: 4px; }"_s;

QLabel* valueLabel(const QString& text)
{
    QLabel* label = wrappingLabel();
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

PackagePreviewDialog::PackagePreviewDialog(const core::PackageCheck& check, const QString& bodyText,
                                           const std::optional<core::ImportedPackage>& sameFile,
                                           const std::optional<core::ImportedPackage>& superseded, const NameOf& nameOf,
                                           core::Language language, QWidget* parent)
    : DialogBase(parent)
    , m_header(wrappingLabel())
    , m_notice(wrappingLabel())
    , m_late(wrappingLabel())
    , m_summary(wrappingLabel())
    , m_changes(new QTreeWidget)
{
    setObjectName(u"packagePreviewDialog"_s);
    setWindowTitle(tr("Import Package"));
    const core::PackageHeader& h = check.header;

    m_header->setObjectName(u"headerLabel"_s);
    QFont bold = m_header->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_header->setFont(bold);
    m_header->setText(tr("%1 of %2, evaluation of %3").arg(PackageTexts::kind(h.kind), bodyText).arg(h.year));

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Blocks:"), valueLabel(PackageTexts::blocks(h.blocks)));
    form->addRow(tr("Package no.:"), valueLabel(QLocale().toString(h.sequence)));
    form->addRow(tr("Created:"), valueLabel(PackageTexts::moment(h.created, language)));
    form->addRow(tr("Signed with key:"), valueLabel(core::signing::fingerprint(h.signerKey)));
    QString replaces;
    if (check.supersedes) {
        replaces = superseded ? tr("#%1: package no. %2 of %3, imported %4")
                                    .arg(*check.supersedes)
                                    .arg(superseded->sequence)
                                    .arg(PackageTexts::moment(superseded->createdAt, language),
                                         PackageTexts::moment(superseded->importedAt, language))
                              : tr("#%1").arg(*check.supersedes);
    } else {
        replaces = tr("Nothing: the first package of this body for this year");
    }
    form->addRow(tr("Supersedes:"), valueLabel(replaces));
    form->addRow(tr("SHA-256:"), valueLabel(check.sha256));
    if (!h.producer.isEmpty())
        form->addRow(tr("Made by:"), valueLabel(h.producer));

    m_notice->setObjectName(u"noticeLabel"_s);
    m_notice->setStyleSheet(InfoStyle);
    if (check.alreadyImported) {
        m_canImport = false;
        m_notice->setText(sameFile ? tr("This very package was imported on %1 (#%2); importing it again changes "
                                        "nothing.")
                                         .arg(PackageTexts::moment(sameFile->importedAt, language))
                                         .arg(sameFile->id)
                                   : tr("This very package was imported before; importing it again changes nothing."));
    }
    m_notice->setVisible(check.alreadyImported);

    m_late->setObjectName(u"lateLabel"_s);
    m_late->setStyleSheet(WarningStyle);
    if (!check.lateBlocks.empty()) {
        QStringList blocks;
        for (const int b : check.lateBlocks)
            blocks << Labels::blockShort(b);
        m_late->setText(tr("Submitted after the reporting deadline (§41): %1. The reports are taken in and shown "
                           "as late.")
                            .arg(blocks.join(u", "_s)));
    }
    m_late->setVisible(!check.lateBlocks.empty());

    m_changes->setObjectName(u"changesTreeWidget"_s);
    m_changes->setColumnCount(ColumnCount);
    m_changes->setHeaderLabels({tr("Block"), tr("Indicator"), tr("Change"), tr("Before"), tr("After")});
    m_changes->setRootIsDecorated(false);
    m_changes->setAlternatingRowColors(true);
    m_changes->setUniformRowHeights(true);
    m_changes->setSelectionMode(QAbstractItemView::NoSelection);
    for (const core::PackageChange& change : check.changes) {
        auto* item = new QTreeWidgetItem;
        item->setText(Block, QString::number(change.block));
        if (!change.code.isEmpty()) {
            const QString name = nameOf ? nameOf(change.block, change.code) : QString();
            item->setText(Indicator, name.isEmpty() ? change.code : change.code + u"  "_s + name);
            item->setToolTip(Indicator, name);
        } else {
            item->setText(Indicator, Labels::blockShort(change.block));
        }
        item->setText(Change, PackageTexts::changeField(change));
        const QString before = PackageTexts::changeValue(change, change.oldValue);
        const QString after = PackageTexts::changeValue(change, change.newValue);
        item->setText(OldValue, before.isEmpty() ? u"—"_s : before);
        item->setText(NewValue, after.isEmpty() ? u"—"_s : after);
        item->setToolTip(OldValue, before);
        item->setToolTip(NewValue, after);
        m_changes->addTopLevelItem(item);
    }
    QHeaderView* header = m_changes->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Indicator, QHeaderView::Stretch);
    header->setSectionResizeMode(OldValue, QHeaderView::Interactive);
    header->setSectionResizeMode(NewValue, QHeaderView::Interactive);
    m_changes->setColumnWidth(OldValue, 120);
    m_changes->setColumnWidth(NewValue, 120);

    m_summary->setObjectName(u"summaryLabel"_s);
    const int count = static_cast<int>(check.changes.size());
    if (check.alreadyImported)
        m_summary->setText(QString());
    else if (count == 0)
        m_summary->setText(tr("The package changes nothing in this database."));
    else
        m_summary->setText(
            count == 1 ? tr("The import makes this one change.")
                       : tr("The import makes these %n changes, all together or none of them.", nullptr, count));
    m_summary->setVisible(!m_summary->text().isEmpty());
    m_changes->setVisible(count > 0);

    body()->addWidget(m_header);
    body()->addLayout(form);
    body()->addWidget(m_notice);
    body()->addWidget(m_late);
    body()->addWidget(m_summary);
    body()->addWidget(m_changes, 1);

    if (auto* buttons = findChild<QDialogButtonBox*>()) {
        if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok)) {
            ok->setText(tr("Import"));
            ok->setVisible(m_canImport);
        }
        if (QPushButton* cancel = buttons->button(QDialogButtonBox::Cancel); cancel && !m_canImport)
            cancel->setText(tr("Close"));
    }
    resize(820, count > 0 ? 620 : sizeHint().height());
}

} // namespace ui
