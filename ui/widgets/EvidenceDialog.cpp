// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceDialog.h"

#include "Appearance.h"
#include "ReportsArea.h"

#include "ui/Language.h"
#include "ui/models/ReportFormModel.h"

#include "core/ReportService.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

EvidenceDialog::EvidenceDialog(ReportsArea& area, const QString& code, QWidget* parent)
    : QDialog(parent)
    , m_area(area)
    , m_code(code)
    , m_title(wrappingLabel())
    , m_files(new QTreeWidget)
    , m_note(wrappingLabel())
    , m_attach(new QPushButton(tr("&Attach Files…")))
    , m_open(new QPushButton(tr("&Open")))
    , m_remove(new QPushButton(tr("&Remove")))
{
    setObjectName(u"evidenceDialog"_s);
    setWindowTitle(tr("Evidence — %1").arg(code));
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setText(code + u"  "_s + area.formModel()->indicatorName(code));

    m_files->setObjectName(u"evidenceTreeWidget"_s);
    m_files->setRootIsDecorated(false);
    m_files->setAlternatingRowColors(true);
    m_files->setColumnCount(ColumnCount);
    m_files->setHeaderLabels({tr("File"), tr("Size"), tr("SHA-256"), tr("Attached")});
    m_files->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_files->header()->setSectionResizeMode(FileName, QHeaderView::Interactive);
    m_files->setColumnWidth(FileName, 220);
    makeSecondary(m_note);
    m_note->setText(tr("Each file is stored in the database with its SHA-256, which shows it has not changed since; "
                       "at most %1 each.")
                        .arg(QLocale().formattedDataSize(core::ReportService::MaxEvidenceBytes)));

    m_attach->setObjectName(u"attachButton"_s);
    m_open->setObjectName(u"openButton"_s);
    m_remove->setObjectName(u"removeButton"_s);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_files, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, &EvidenceDialog::onAttach);
    connect(m_open, &QPushButton::clicked, this, &EvidenceDialog::onOpen);
    connect(m_remove, &QPushButton::clicked, this, &EvidenceDialog::onRemove);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_files, &QTreeWidget::itemDoubleClicked, this, &EvidenceDialog::onOpen);
    connect(m_files, &QTreeWidget::currentItemChanged, this, &EvidenceDialog::updateButtons);
    refresh();
    resize(900, 360);
}

void EvidenceDialog::refresh()
{
    const qint64 current = currentEvidenceId();
    m_files->clear();
    const core::ReportItem* item = m_area.formModel()->item(m_code);
    if (item) {
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        for (const core::EvidenceInfo& e : item->evidence) {
            auto* row = new QTreeWidgetItem(m_files);
            row->setText(FileName, e.fileName);
            row->setToolTip(FileName, e.fileName);
            row->setText(Size, QLocale().formattedDataSize(e.size));
            row->setTextAlignment(Size, Qt::AlignRight | Qt::AlignVCenter);
            row->setText(Hash, e.sha256);
            row->setFont(Hash, mono);
            row->setText(
                Added, tr("%1, %2").arg(e.addedBy, QLocale().toString(e.addedAt.toLocalTime(), QLocale::ShortFormat)));
            row->setData(FileName, Qt::UserRole, e.id);
            if (e.id == current)
                m_files->setCurrentItem(row);
        }
    }
    if (!m_files->currentItem() && m_files->topLevelItemCount() > 0)
        m_files->setCurrentItem(m_files->topLevelItem(0));
    updateButtons();
}

qint64 EvidenceDialog::currentEvidenceId() const
{
    const QTreeWidgetItem* row = m_files->currentItem();
    return row ? row->data(FileName, Qt::UserRole).toLongLong() : 0;
}

void EvidenceDialog::updateButtons()
{
    const bool editable = m_area.formModel()->isEditable();
    m_attach->setEnabled(editable);
    m_open->setEnabled(currentEvidenceId() != 0);
    m_remove->setEnabled(editable && currentEvidenceId() != 0);
    m_remove->setToolTip(editable ? QString() : tr("The report is locked: files cannot be removed."));
    m_attach->setToolTip(editable ? QString() : tr("The report is locked: files cannot be attached."));
}

void EvidenceDialog::onAttach()
{
    m_area.attachEvidenceFiles(m_code, this);
    refresh();
}

void EvidenceDialog::onOpen()
{
    if (const qint64 id = currentEvidenceId(); id != 0)
        m_area.openEvidence(id);
}

void EvidenceDialog::onRemove()
{
    const qint64 id = currentEvidenceId();
    if (id == 0)
        return;
    m_area.confirmRemoveEvidence(id, this);
    refresh();
}

} // namespace ui
