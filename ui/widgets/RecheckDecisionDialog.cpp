// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecheckDecisionDialog.h"

#include "Appearance.h"
#include "RecheckTexts.h"

#include "ui/Labels.h"
#include "ui/Language.h"
#include "ui/models/RecheckTableModel.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

RecheckDecisionDialog::RecheckDecisionDialog(Mode mode, const core::Recheck& recheck, const QString& bodyText,
                                             const QString& indicatorText, const FileChooser& chooseFile,
                                             QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_finding(new QPlainTextEdit)
    , m_error(wrappingLabel())
{
    setObjectName(u"recheckDecisionDialog"_s);
    setWindowTitle(mode == Mode::Confirm ? tr("Confirm the Value") : tr("Correct the Value"));

    auto* heading = wrappingLabel();
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setText(u"%1 — %2, %3"_s.arg(bodyText, Labels::blockShort(recheck.block), indicatorText));
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto* reported = new QLabel(RecheckTableModel::formatFact(recheck.reportedFact));
    reported->setObjectName(u"reportedLabel"_s);
    form->addRow(tr("Reported fact:"), reported);
    auto* reasons = wrappingLabel();
    reasons->setText(RecheckTexts::reasons(recheck.reasons, u"\n"_s));
    form->addRow(tr("Why selected:"), reasons);

    if (mode == Mode::Correct) {
        m_fact = new QLineEdit;
        m_fact->setObjectName(u"factLineEdit"_s);
        m_fact->setPlaceholderText(tr("empty: no data"));
        if (recheck.reportedFact)
            m_fact->setText(Language::formatNumber(*recheck.reportedFact));
        form->addRow(tr("Correct fact:"), m_fact);
    }
    m_finding->setObjectName(u"findingEdit"_s);
    m_finding->setTabChangesFocus(true);
    m_finding->setFixedHeight(m_finding->fontMetrics().lineSpacing() * 4 + 12);
    m_finding->setPlaceholderText(mode == Mode::Confirm
                                      ? tr("Optional: what was checked, e.g. the register it was compared with")
                                      : tr("Required: what was wrong and where the right figure comes from"));
    auto* findingLabel = fieldLabel();
    findingLabel->setText(tr("Finding:"));
    form->addRow(findingLabel, m_finding);
    if (mode == Mode::Correct) {
        m_evidence = new QLineEdit;
        m_evidence->setObjectName(u"evidenceLineEdit"_s);
        m_evidence->setPlaceholderText(tr("Optional: a document that shows the right figure"));
        m_browse = new QPushButton(tr("Browse…"));
        auto* row = new QHBoxLayout;
        row->addWidget(m_evidence, 1);
        row->addWidget(m_browse);
        form->addRow(tr("Evidence:"), row);
        connect(m_browse, &QPushButton::clicked, this, [this, chooseFile] {
            if (!chooseFile)
                return;
            if (const QString path = chooseFile(); !path.isEmpty())
                m_evidence->setText(path);
        });
    }

    m_error->setObjectName(u"errorLabel"_s);
    m_error->setStyleSheet(errorStyleSheet());
    m_error->hide();
    auto* note = wrappingLabel();
    makeSecondary(note);
    note->setText(mode == Mode::Confirm
                      ? tr("The value stays as reported and is marked confirmed.")
                      : tr("The corrected fact replaces the reported one in the scores at once; the reported "
                           "fact is kept, and Reopen brings it back."));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Confirm ? tr("Confirm") : tr("Correct"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

QString RecheckDecisionDialog::finding() const
{
    return m_finding->toPlainText().trimmed();
}

std::optional<double> RecheckDecisionDialog::fact() const
{
    if (!m_fact || m_fact->text().trimmed().isEmpty())
        return std::nullopt;
    return Language::parseNumber(m_fact->text());
}

QString RecheckDecisionDialog::evidencePath() const
{
    return m_evidence ? m_evidence->text().trimmed() : QString();
}

QString RecheckDecisionDialog::problem() const
{
    if (m_mode != Mode::Correct)
        return {};
    if (!m_fact->text().trimmed().isEmpty() && !Language::parseNumber(m_fact->text()))
        return tr("“%1” is not a number.").arg(m_fact->text().trimmed());
    if (finding().isEmpty())
        return tr("Say what was wrong: a correction needs a finding.");
    if (const QString path = evidencePath(); !path.isEmpty() && !QFileInfo(path).isFile())
        return tr("There is no file %1.").arg(path);
    return {};
}

void RecheckDecisionDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RecheckDecisionDialog::done(int result)
{
    if (result == QDialog::Accepted) {
        if (const QString text = problem(); !text.isEmpty()) {
            showError(text);
            return;
        }
    }
    QDialog::done(result);
}

} // namespace ui
