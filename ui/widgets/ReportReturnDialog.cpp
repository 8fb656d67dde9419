// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportReturnDialog.h"

#include "Appearance.h"

#include "ui/Language.h"
#include "ui/models/ReportFormModel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

ReportReturnDialog::ReportReturnDialog(const ReportFormModel& form, const QString& title, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QPlainTextEdit)
    , m_table(new QTableWidget)
    , m_error(wrappingLabel())
{
    setWindowTitle(tr("Return for Revision"));
    setObjectName(u"reportReturnDialog"_s);

    auto* heading = wrappingLabel();
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setText(title);
    auto* intro = wrappingLabel();
    intro->setText(tr("The body sees the reason and the remarks. It must answer every remark before it submits "
                      "the report again; until then the report is open for changes."));
    makeSecondary(intro);

    auto* reasonLabel = new QLabel(tr("&Reason for the return (required):"));
    reasonLabel->setBuddy(m_reason);
    m_reason->setObjectName(u"returnReasonTextEdit"_s);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(m_reason->fontMetrics().lineSpacing() * 4 + 12);
    m_reason->setPlaceholderText(tr("What must be corrected, in a few sentences"));

    auto* remarksLabel = new QLabel(tr("Remarks per indicator (double-click a remark to type it):"));
    m_table->setObjectName(u"remarksTableWidget"_s);
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Code"), tr("Indicator"), tr("Fact"), tr("Remark")});
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    int row = 0;
    for (const core::ReportItem& item : form.items()) {
        if (!form.methodology().indicator(item.code))
            continue;
        m_table->insertRow(row);
        const auto readOnly = [](const QString& text) {
            auto* cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            cell->setToolTip(text);
            return cell;
        };
        m_table->setItem(row, Code, readOnly(item.code));
        m_table->setItem(row, Name, readOnly(form.indicatorName(item.code)));
        QTableWidgetItem* fact = readOnly(item.value.fact ? Language::formatNumber(*item.value.fact) : tr("no data"));
        fact->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, Fact, fact);
        m_table->setItem(row, Remark, new QTableWidgetItem(item.remark));
        ++row;
    }
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(Code, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Name, QHeaderView::Interactive);
    header->setSectionResizeMode(Fact, QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    m_table->setColumnWidth(Name, 260);

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Return for Revision"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(intro);
    layout->addWidget(reasonLabel);
    layout->addWidget(m_reason);
    layout->addWidget(remarksLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(820, 560);
}

QString ReportReturnDialog::returnReason() const
{
    return m_reason->toPlainText().trimmed();
}

void ReportReturnDialog::setReturnReason(const QString& text)
{
    m_reason->setPlainText(text);
}

std::map<QString, QString> ReportReturnDialog::remarks() const
{
    std::map<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QString remark = m_table->item(row, Remark) ? m_table->item(row, Remark)->text().trimmed() : QString();
        if (!remark.isEmpty())
            result[m_table->item(row, Code)->text()] = remark;
    }
    return result;
}

bool ReportReturnDialog::setRemark(const QString& code, const QString& remark)
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, Code)->text() == code) {
            m_table->item(row, Remark)->setText(remark);
            return true;
        }
    return false;
}

void ReportReturnDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ReportReturnDialog::accept()
{
    if (returnReason().isEmpty()) {
        showError(tr("Give the reason for the return: the body sees it."));
        m_reason->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ui
