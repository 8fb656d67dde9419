// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppealFileDialog.h"

#include "Appearance.h"
#include "ConclusionTexts.h"

#include "ui/Language.h"

#include "core/Package.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ui {

AppealFileDialog::AppealFileDialog(const core::Conclusion& conclusion, const QString& subject,
                                   std::vector<core::ConclusionLine> lines, Term objectionTerm, Term complaintTerm,
                                   core::Language language, FileChooser chooseFiles, QWidget* parent)
    : DialogBase(parent)
    , m_conclusion(conclusion)
    , m_lines(std::move(lines))
    , m_objectionTerm(objectionTerm)
    , m_complaintTerm(complaintTerm)
    , m_language(language)
    , m_chooseFiles(std::move(chooseFiles))
    , m_kind(new QComboBox(this))
    , m_filed(new QDateEdit(this))
    , m_term(wrappingLabel())
    , m_letter(new QPlainTextEdit(this))
    , m_items(new QTableWidget(0, ItemColumnCount, this))
    , m_addItem(new QPushButton(QIcon(u":/icons/add.svg"_s), tr("Add Indicator"), this))
    , m_removeItem(new QPushButton(QIcon(u":/icons/remove.svg"_s), tr("Remove Indicator"), this))
    , m_documents(new QTreeWidget(this))
    , m_attach(new QPushButton(tr("Attach Documents…"), this))
    , m_removeDocument(new QPushButton(tr("Remove Document"), this))
    , m_rule(wrappingLabel())
{
    setObjectName(u"appealFileDialog"_s);
    setWindowTitle(tr("File an Objection"));
    QLabel* title = wrappingLabel();
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    title->setText(subject);

    m_kind->setObjectName(u"kindComboBox"_s);
    m_kind->addItem(ConclusionTexts::appealKind(core::AppealKind::Objection),
                    static_cast<int>(core::AppealKind::Objection));
    m_kind->addItem(ConclusionTexts::appealKind(core::AppealKind::Complaint),
                    static_cast<int>(core::AppealKind::Complaint));
    m_filed->setObjectName(u"filedDateEdit"_s);
    m_filed->setCalendarPopup(true);
    m_filed->setDisplayFormat(Language::dateFormat(language));
    m_filed->setDate(QDate::currentDate());
    m_term->setObjectName(u"termLabel"_s);
    m_letter->setObjectName(u"letterPlainTextEdit"_s);
    m_letter->setPlaceholderText(tr("The body's covering letter, as written"));
    m_letter->setMaximumHeight(m_letter->fontMetrics().lineSpacing() * 4 + 12);
    m_letter->setTabChangesFocus(true);

    m_items->setObjectName(u"itemsTableWidget"_s);
    m_items->setHorizontalHeaderLabels({tr("Indicator"), tr("The body's argument"), tr("Requested fact")});
    m_items->verticalHeader()->hide();
    m_items->horizontalHeader()->setSectionResizeMode(IndicatorColumn, QHeaderView::Interactive);
    m_items->horizontalHeader()->setSectionResizeMode(ArgumentColumn, QHeaderView::Stretch);
    m_items->horizontalHeader()->setSectionResizeMode(FactColumn, QHeaderView::ResizeToContents);
    m_items->setColumnWidth(IndicatorColumn, 280);
    m_items->setMinimumHeight(140);
    m_addItem->setObjectName(u"addItemPushButton"_s);
    m_removeItem->setObjectName(u"removeItemPushButton"_s);
    m_addItem->setEnabled(!m_lines.empty());

    m_documents->setObjectName(u"documentsTreeWidget"_s);
    m_documents->setRootIsDecorated(false);
    m_documents->setColumnCount(3);
    m_documents->setHeaderLabels({tr("Document"), tr("Size"), tr("SHA-256")});
    m_documents->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_documents->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_documents->setColumnWidth(0, 240);
    m_documents->setMinimumHeight(90);
    m_attach->setObjectName(u"attachPushButton"_s);
    m_removeDocument->setObjectName(u"removeDocumentPushButton"_s);
    m_rule->setObjectName(u"documentsRuleLabel"_s);

    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Filed on:"), m_filed);
    form->addRow(QString(), m_term);
    QLabel* letterLabel = fieldLabel();
    letterLabel->setText(tr("Letter:"));
    form->addRow(letterLabel, m_letter);
    auto* itemButtons = new QHBoxLayout;
    itemButtons->addWidget(m_addItem);
    itemButtons->addWidget(m_removeItem);
    itemButtons->addStretch(1);
    auto* documentButtons = new QHBoxLayout;
    documentButtons->addWidget(m_attach);
    documentButtons->addWidget(m_removeDocument);
    documentButtons->addStretch(1);
    auto* itemsTitle = new QLabel(tr("Indicators the body disagrees with:"), this);
    auto* documentsTitle = new QLabel(tr("Supporting documents (§58):"), this);
    body()->addWidget(title);
    body()->addLayout(form);
    body()->addWidget(itemsTitle);
    body()->addWidget(m_items, 2);
    body()->addLayout(itemButtons);
    body()->addWidget(documentsTitle);
    body()->addWidget(m_documents, 1);
    body()->addWidget(m_rule);
    body()->addLayout(documentButtons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AppealFileDialog::updateTerm);
    connect(m_filed, &QDateEdit::dateChanged, this, &AppealFileDialog::updateTerm);
    connect(m_addItem, &QPushButton::clicked, this, &AppealFileDialog::onAddItem);
    connect(m_removeItem, &QPushButton::clicked, this, &AppealFileDialog::onRemoveItem);
    connect(m_attach, &QPushButton::clicked, this, &AppealFileDialog::onAttach);
    connect(m_removeDocument, &QPushButton::clicked, this, &AppealFileDialog::onRemoveDocument);
    // A complaint is possible only once the objection term or decision is over (§62); it is offered
    // first while its window is open today. An objection may be recorded after the fact: its date
    // decides whether it came in time.
    const QDate today = QDate::currentDate();
    if (!m_complaintTerm.second.isValid())
        m_kind->setItemData(1, 0, Qt::UserRole - 1); // disabled
    else if (m_complaintTerm.first <= today && today <= m_complaintTerm.second)
        setKind(core::AppealKind::Complaint);
    updateTerm();
    updateRule();
    resize(860, 680);
}

void AppealFileDialog::setKind(core::AppealKind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
    setWindowTitle(kind == core::AppealKind::Objection ? tr("File an Objection") : tr("File a Complaint"));
}

void AppealFileDialog::setFiledOn(QDate date)
{
    m_filed->setDate(date);
}

void AppealFileDialog::setLetter(const QString& text)
{
    m_letter->setPlainText(text);
}

void AppealFileDialog::updateTerm()
{
    const auto kind = static_cast<core::AppealKind>(m_kind->currentData().toInt());
    setWindowTitle(kind == core::AppealKind::Objection ? tr("File an Objection") : tr("File a Complaint"));
    const Term& term = kind == core::AppealKind::Objection ? m_objectionTerm : m_complaintTerm;
    if (!term.second.isValid()) {
        m_term->setText(kind == core::AppealKind::Objection
                            ? tr("The body has not received the conclusion: no objection term runs (§57).")
                            : tr("No complaint term runs: the objection is pending or its term has not ended (§62)."));
        m_term->setStyleSheet(errorStyleSheet());
        return;
    }
    QString text = kind == core::AppealKind::Objection
                       ? tr("Received on %1; the last day to file an objection is %2 (5 working days, §57).")
                       : tr("The appeal procedure ended on %1; the last day to file a complaint is %2 (5 working "
                            "days, §62).");
    text = text.arg(ConclusionTexts::date(term.first, m_language), ConclusionTexts::date(term.second, m_language));
    const QDate filed = m_filed->date();
    const bool late = filed > term.second;
    const bool early = filed < term.first;
    if (late)
        text += u' ' + tr("Filed on %1: late, it will be refused.").arg(ConclusionTexts::date(filed, m_language));
    else if (early)
        text += u' ' + tr("Filed on %1: before the term began.").arg(ConclusionTexts::date(filed, m_language));
    m_term->setText(text);
    m_term->setStyleSheet(late || early ? errorStyleSheet() : QString());
}

void AppealFileDialog::updateRule()
{
    const bool none = m_attached.empty();
    m_rule->setText(none ? tr("Attach at least one supporting document: an objection without documents is not "
                              "considered (§58).")
                         : tr("%n document(s) attached. Each is stored with its SHA-256.", nullptr,
                              static_cast<int>(m_attached.size())));
    m_rule->setStyleSheet(none ? errorStyleSheet() : QString());
    m_removeDocument->setEnabled(!none);
    m_removeItem->setEnabled(m_items->rowCount() > 0);
}

QComboBox* AppealFileDialog::indicatorCombo() const
{
    auto* combo = new QComboBox;
    for (const core::ConclusionLine& l : m_lines) {
        QString text = l.code + u"  "_s + l.name.in(m_language);
        if (l.fact)
            text += u" — "_s + tr("fact %1").arg(Language::formatNumber(*l.fact));
        combo->addItem(text, l.code);
        combo->setItemData(combo->count() - 1, text, Qt::ToolTipRole);
    }
    return combo;
}

void AppealFileDialog::onAddItem()
{
    if (m_lines.empty())
        return;
    const int row = m_items->rowCount();
    m_items->insertRow(row);
    m_items->setCellWidget(row, IndicatorColumn, indicatorCombo());
    m_items->setItem(row, ArgumentColumn, new QTableWidgetItem);
    m_items->setItem(row, FactColumn, new QTableWidgetItem);
    m_items->setCurrentCell(row, ArgumentColumn);
    updateRule();
}

void AppealFileDialog::addItem(const QString& code, const QString& argument, const QString& requestedFact)
{
    onAddItem();
    const int row = m_items->rowCount() - 1;
    if (row < 0)
        return;
    auto* combo = qobject_cast<QComboBox*>(m_items->cellWidget(row, IndicatorColumn));
    if (combo)
        combo->setCurrentIndex(std::max(0, combo->findData(code)));
    m_items->item(row, ArgumentColumn)->setText(argument);
    m_items->item(row, FactColumn)->setText(requestedFact);
}

void AppealFileDialog::onRemoveItem()
{
    const int row = m_items->currentRow();
    if (row >= 0)
        m_items->removeRow(row);
    updateRule();
}

bool AppealFileDialog::attachFile(const QString& path)
{
    QFile file(path);
    const QString name = QFileInfo(path).fileName();
    if (file.size() > core::AppealService::MaxDocumentSize) {
        showError(ConclusionTexts::error(core::Error{core::ErrorCode::EvidenceTooLarge, name}, m_language));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("The file %1 could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    attachDocument(name, file.readAll());
    return true;
}

void AppealFileDialog::attachDocument(const QString& name, const QByteArray& content)
{
    m_attached.push_back({name, content});
    auto* item = new QTreeWidgetItem(m_documents);
    item->setText(0, name);
    item->setToolTip(0, name);
    item->setText(1, QLocale().formattedDataSize(content.size()));
    item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    item->setText(2, core::sha256Hex(content));
    item->setFont(2, QFontDatabase::systemFont(QFontDatabase::FixedFont));
    updateRule();
}

void AppealFileDialog::onAttach()
{
    if (!m_chooseFiles)
        return;
    for (const QString& path : m_chooseFiles())
        if (!attachFile(path))
            break;
}

void AppealFileDialog::onRemoveDocument()
{
    QTreeWidgetItem* item = m_documents->currentItem();
    if (!item)
        return;
    const int index = m_documents->indexOfTopLevelItem(item);
    m_attached.erase(m_attached.begin() + index);
    delete item;
    updateRule();
}

void AppealFileDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        for (int row = 0; row < m_items->rowCount(); ++row) {
            const QTableWidgetItem* fact = m_items->item(row, FactColumn);
            const QString text = fact ? fact->text().trimmed() : QString();
            if (!text.isEmpty() && !Language::parseNumber(text)) {
                showError(
                    tr("“%1” is not a number: write the requested fact as a number, or leave it empty.").arg(text));
                return;
            }
        }
    }
    DialogBase::done(result);
}

core::NewAppeal AppealFileDialog::appeal() const
{
    core::NewAppeal a;
    a.kind = static_cast<core::AppealKind>(m_kind->currentData().toInt());
    a.conclusionId = m_conclusion.id;
    a.filedOn = m_filed->date();
    a.text = m_letter->toPlainText().trimmed();
    for (int row = 0; row < m_items->rowCount(); ++row) {
        core::AppealItem item;
        if (auto* combo = qobject_cast<QComboBox*>(m_items->cellWidget(row, IndicatorColumn)))
            item.code = combo->currentData().toString();
        const QTableWidgetItem* argument = m_items->item(row, ArgumentColumn);
        item.argument = argument ? argument->text().trimmed() : QString();
        const QTableWidgetItem* fact = m_items->item(row, FactColumn);
        if (fact && !fact->text().trimmed().isEmpty())
            item.requestedFact = Language::parseNumber(fact->text());
        a.items.push_back(item);
    }
    a.documents = m_attached;
    return a;
}

} // namespace ui
