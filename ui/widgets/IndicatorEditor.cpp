// SPDX-License-Identifier: GPL-3.0-or-later
#include "IndicatorEditor.h"

#include "Appearance.h"
#include "Text3Editor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/Language.h"

#include "core/Scoring.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalBlocker>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

const QString BlankStyle = u"QLineEdit { background: #fde2e1; }"_s;

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

/// An optional number typed in a field: empty is none; nothing when the text is not a number.
std::optional<std::optional<double>> optionalNumber(const QLineEdit* edit)
{
    if (edit->text().trimmed().isEmpty())
        return std::optional<double>();
    const auto value = Language::parseNumber(edit->text());
    if (!value)
        return std::nullopt;
    return std::optional<double>(*value);
}

} // namespace

IndicatorEditor::IndicatorEditor(QWidget* parent)
    : QWidget(parent)
    , m_codeLabel(fieldLabel())
    , m_code(new QLineEdit)
    , m_weightLabel(fieldLabel())
    , m_weight(new QDoubleSpinBox)
    , m_nameLabel(fieldLabel())
    , m_name(new Text3Editor(u"name"_s))
    , m_definitionLabel(fieldLabel())
    , m_definition(new Text3Editor(u"definition"_s))
    , m_unitLabel(fieldLabel())
    , m_unit(new Text3Editor(u"unit"_s))
    , m_verificationLabel(fieldLabel())
    , m_verification(new Text3Editor(u"verification"_s))
    , m_directionLabel(fieldLabel())
    , m_direction(new QComboBox)
    , m_sourceLabel(fieldLabel())
    , m_source(new QComboBox)
    , m_sourceHint(wrappingLabel())
    , m_scoringLabel(fieldLabel())
    , m_scoring(new QComboBox)
    , m_scoringHelp(wrappingLabel())
    , m_capLabel(fieldLabel())
    , m_cap(new QDoubleSpinBox)
    , m_planLabel(fieldLabel())
    , m_plan(new QLineEdit)
    , m_planError(wrappingLabel())
    , m_minimumLabel(fieldLabel())
    , m_minimum(new QLineEdit)
    , m_maximumLabel(fieldLabel())
    , m_maximum(new QLineEdit)
    , m_rangeError(wrappingLabel())
    , m_scaleBox(new QWidget)
    , m_scaleLabel(wrappingLabel())
    , m_scale(new QTableWidget(0, 2))
    , m_addStep(new QPushButton(QIcon(u":/icons/add.svg"_s), QString()))
    , m_removeStep(new QPushButton(QIcon(u":/icons/remove.svg"_s), QString()))
    , m_formulaBox(new QWidget)
    , m_formulaLabel(wrappingLabel())
    , m_formula(new QLineEdit)
    , m_formulaError(wrappingLabel())
{
    m_code->setObjectName(u"codeLineEdit"_s);
    m_code->setMaxLength(24);
    m_unit->setRequired(false); // §20 asks for a name, a definition and a verification method in each language
    m_weight->setObjectName(u"weightSpinBox"_s);
    m_weight->setRange(0, 100);
    m_weight->setDecimals(2);
    m_direction->setObjectName(u"directionComboBox"_s);
    for (core::Direction d : {core::Direction::Higher, core::Direction::Lower})
        m_direction->addItem(QString(), static_cast<int>(d));
    m_source->setObjectName(u"sourceComboBox"_s);
    for (int type = 0; type <= core::SourceTypeCount; ++type)
        m_source->addItem(QString(), type);
    m_source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_source->setMinimumContentsLength(24);
    m_sourceHint->setObjectName(u"sourceHintLabel"_s);
    makeSecondary(m_sourceHint);
    m_scoring->setObjectName(u"scoringComboBox"_s);
    for (core::ScoringKind kind : core::allScoringKinds())
        m_scoring->addItem(QString(), static_cast<int>(kind));
    m_scoringHelp->setObjectName(u"scoringHelpLabel"_s);
    makeSecondary(m_scoringHelp);
    m_cap->setObjectName(u"capSpinBox"_s);
    m_cap->setRange(1, 10);
    m_cap->setDecimals(2);
    m_cap->setSingleStep(0.05);
    m_plan->setObjectName(u"planLineEdit"_s);
    m_plan->setClearButtonEnabled(true);
    m_planError->setObjectName(u"planErrorLabel"_s);
    m_planError->setStyleSheet(errorStyleSheet());
    m_planError->hide();
    m_minimum->setObjectName(u"minimumLineEdit"_s);
    m_minimum->setClearButtonEnabled(true);
    m_maximum->setObjectName(u"maximumLineEdit"_s);
    m_maximum->setClearButtonEnabled(true);
    m_rangeError->setObjectName(u"rangeErrorLabel"_s);
    m_rangeError->setStyleSheet(errorStyleSheet());
    m_rangeError->hide();
    m_scale->setObjectName(u"scaleTableWidget"_s);
    m_scale->verticalHeader()->hide();
    m_scale->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_scale->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_scale->setSelectionMode(QAbstractItemView::SingleSelection);
    m_scale->setMinimumHeight(110);
    m_scale->setMaximumHeight(170);
    m_addStep->setObjectName(u"addStepPushButton"_s);
    m_removeStep->setObjectName(u"removeStepPushButton"_s);
    m_scaleLabel->setObjectName(u"scaleHintLabel"_s);
    makeSecondary(m_scaleLabel);
    m_formula->setObjectName(u"formulaLineEdit"_s);
    m_formulaLabel->setObjectName(u"formulaHintLabel"_s);
    makeSecondary(m_formulaLabel);
    m_formulaError->setObjectName(u"formulaErrorLabel"_s);
    m_formulaError->setStyleSheet(errorStyleSheet());
    m_formulaError->hide();

    auto* scaleButtons = new QHBoxLayout;
    scaleButtons->addWidget(m_addStep);
    scaleButtons->addWidget(m_removeStep);
    scaleButtons->addStretch();
    auto* scaleLayout = new QVBoxLayout(m_scaleBox);
    scaleLayout->setContentsMargins(0, 0, 0, 0);
    scaleLayout->addWidget(m_scaleLabel);
    scaleLayout->addWidget(m_scale);
    scaleLayout->addLayout(scaleButtons);
    auto* formulaLayout = new QVBoxLayout(m_formulaBox);
    formulaLayout->setContentsMargins(0, 0, 0, 0);
    formulaLayout->addWidget(m_formula);
    formulaLayout->addWidget(m_formulaError);
    formulaLayout->addWidget(m_formulaLabel);

    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(10);
    grid->setVerticalSpacing(6);
    grid->setColumnStretch(1, 1);
    int row = 0;
    auto* codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code, 1);
    codeRow->addSpacing(12);
    codeRow->addWidget(m_weightLabel);
    codeRow->addWidget(m_weight);
    m_weightLabel->setContentsMargins(0, 0, 0, 0);
    m_weightLabel->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    m_codeLabel->setContentsMargins(0, 0, 0, 0);
    m_codeLabel->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    grid->addWidget(m_codeLabel, row, 0);
    grid->addLayout(codeRow, row++, 1);
    const std::pair<QLabel*, Text3Editor*> texts[] = {{m_nameLabel, m_name},
                                                      {m_definitionLabel, m_definition},
                                                      {m_unitLabel, m_unit},
                                                      {m_verificationLabel, m_verification}};
    for (const auto& [label, editor] : texts) {
        label->setBuddy(editor->line(core::Language::Kazakh));
        grid->addWidget(label, row, 0);
        grid->addWidget(editor, row++, 1);
    }
    grid->addWidget(m_directionLabel, row, 0);
    grid->addWidget(m_direction, row++, 1);
    grid->addWidget(m_sourceLabel, row, 0);
    grid->addWidget(m_source, row++, 1);
    grid->addWidget(m_sourceHint, row++, 1);
    grid->addWidget(m_scoringLabel, row, 0);
    grid->addWidget(m_scoring, row++, 1);
    grid->addWidget(m_scoringHelp, row++, 1);
    grid->addWidget(m_scaleBox, row++, 1);
    grid->addWidget(m_formulaBox, row++, 1);
    auto* numbers = new QHBoxLayout;
    numbers->addWidget(m_cap);
    numbers->addSpacing(12);
    numbers->addWidget(m_planLabel);
    numbers->addWidget(m_plan, 1);
    m_planLabel->setContentsMargins(0, 0, 0, 0);
    m_planLabel->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    m_capLabel->setContentsMargins(0, 0, 0, 0);
    m_capLabel->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    grid->addWidget(m_capLabel, row, 0);
    grid->addLayout(numbers, row++, 1);
    grid->addWidget(m_planError, row++, 1);
    auto* range = new QHBoxLayout;
    range->addWidget(m_minimum, 1);
    range->addSpacing(12);
    range->addWidget(m_maximumLabel);
    range->addWidget(m_maximum, 1);
    m_maximumLabel->setContentsMargins(0, 0, 0, 0);
    m_maximumLabel->setAlignment(Qt::AlignVCenter | Qt::AlignRight);
    m_minimumLabel->setContentsMargins(0, 0, 0, 0);
    m_minimumLabel->setAlignment(Qt::AlignVCenter | Qt::AlignLeft);
    grid->addWidget(m_minimumLabel, row, 0);
    grid->addLayout(range, row++, 1);
    grid->addWidget(m_rangeError, row++, 1);
    grid->setRowStretch(row, 1);
    for (QLabel* label :
         {m_codeLabel, m_weightLabel, m_nameLabel, m_definitionLabel, m_unitLabel, m_verificationLabel,
          m_directionLabel, m_sourceLabel, m_scoringLabel, m_capLabel, m_planLabel, m_minimumLabel, m_maximumLabel})
        label->setTextInteractionFlags(Qt::NoTextInteraction);
    m_codeLabel->setBuddy(m_code);
    m_weightLabel->setBuddy(m_weight);
    m_directionLabel->setBuddy(m_direction);
    m_sourceLabel->setBuddy(m_source);
    m_scoringLabel->setBuddy(m_scoring);
    m_capLabel->setBuddy(m_cap);
    m_planLabel->setBuddy(m_plan);
    m_minimumLabel->setBuddy(m_minimum);
    m_maximumLabel->setBuddy(m_maximum);

    const auto edited = [this] { onEdited(); };
    connect(m_code, &QLineEdit::textEdited, this, edited);
    connect(m_plan, &QLineEdit::textEdited, this, edited);
    connect(m_minimum, &QLineEdit::textEdited, this, edited);
    connect(m_maximum, &QLineEdit::textEdited, this, edited);
    connect(m_formula, &QLineEdit::textEdited, this, edited);
    for (Text3Editor* editor : {m_name, m_definition, m_unit, m_verification})
        connect(editor, &Text3Editor::edited, this, edited);
    connect(m_weight, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_cap, &QDoubleSpinBox::valueChanged, this, edited);
    connect(m_direction, &QComboBox::currentIndexChanged, this, edited);
    connect(m_scoring, &QComboBox::currentIndexChanged, this, edited);
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] {
        // Type 7 is not a source of the goals block (§7): the item is disabled, and a choice made
        // some other way is taken back.
        if (m_block == 1 && m_source->currentData().toInt() == core::ExpertSourceType) {
            const QSignalBlocker blocker(m_source);
            m_source->setCurrentIndex(m_source->findData(m_lastSource));
            return;
        }
        m_lastSource = m_source->currentData().toInt();
        onEdited();
    });
    connect(m_scale, &QTableWidget::itemChanged, this, edited);
    connect(m_addStep, &QPushButton::clicked, this, [this] {
        auto steps = scaleSteps().value_or(std::vector<core::ScaleStep>{});
        steps.push_back({0, 0});
        fillScale(steps);
        m_scale->setCurrentCell(m_scale->rowCount() - 1, 0);
        onEdited();
    });
    connect(m_removeStep, &QPushButton::clicked, this, [this] {
        const int current = m_scale->currentRow();
        if (current < 0)
            return;
        m_scale->removeRow(current);
        onEdited();
    });

    retranslate();
    setIndicator({}, 1);
}

void IndicatorEditor::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void IndicatorEditor::retranslate()
{
    m_codeLabel->setText(tr("Code:"));
    m_code->setToolTip(tr("Kept across versions and years: values and trends find the indicator by its code"));
    m_weightLabel->setText(tr("Weight, %:"));
    m_weight->setToolTip(tr("The indicator's share of its criterion; the weights of a criterion add up to 100"));
    m_nameLabel->setText(tr("Name:"));
    m_definitionLabel->setText(tr("Definition:"));
    m_definition->setToolTip(tr("How the value is calculated, unambiguous for evaluator and evaluated (§20.3)"));
    m_unitLabel->setText(tr("Unit:"));
    m_verificationLabel->setText(tr("Verification:"));
    m_verification->setToolTip(tr("How the correctness of the value can be checked (§20.2)"));
    m_directionLabel->setText(tr("Direction:"));
    for (int i = 0; i < m_direction->count(); ++i)
        m_direction->setItemText(i, Labels::direction(static_cast<core::Direction>(m_direction->itemData(i).toInt())));
    m_sourceLabel->setText(tr("Source (§7):"));
    for (int i = 0; i < m_source->count(); ++i)
        m_source->setItemText(i, Labels::sourceType(m_source->itemData(i).toInt()));
    m_scoringLabel->setText(tr("Scoring:"));
    for (int i = 0; i < m_scoring->count(); ++i)
        m_scoring->setItemText(i, Labels::scoringKind(static_cast<core::ScoringKind>(m_scoring->itemData(i).toInt())));
    m_capLabel->setText(tr("Cap:"));
    m_cap->setToolTip(tr("The highest achievement counted: 1 gives no credit for doing better than the plan, 1.2 "
                         "counts up to 120 %"));
    m_planLabel->setText(tr("Default plan:"));
    m_plan->setPlaceholderText(tr("None: each body gives its own"));
    m_minimumLabel->setText(tr("Smallest accepted fact:"));
    m_maximumLabel->setText(tr("Largest accepted fact:"));
    m_minimum->setPlaceholderText(tr("No limit"));
    m_maximum->setPlaceholderText(tr("No limit"));
    const QString rangeTip = tr("A report whose fact is outside this range cannot be submitted");
    m_minimum->setToolTip(rangeTip);
    m_maximum->setToolTip(rangeTip);
    m_scaleLabel->setText(tr("Steps from the best: the first threshold the fact reaches gives its points."));
    m_scale->setHorizontalHeaderLabels({tr("Fact reaches"), tr("Points")});
    m_addStep->setText(tr("Add Step"));
    m_removeStep->setText(tr("Remove Step"));
    m_formula->setPlaceholderText(tr("For example: min(fact / plan, 1.2)"));
    m_formulaLabel->setText(tr("The formula uses fact and plan and gives the achievement: 1 means the plan is met."));
    for (Text3Editor* editor : {m_name, m_definition, m_unit, m_verification})
        editor->retranslate();
    updateSourceItems();
    updateState();
}

void IndicatorEditor::setIndicator(const core::Indicator& indicator, int block)
{
    m_filling = true;
    m_indicator = indicator;
    m_block = block;
    m_code->setText(indicator.code);
    m_name->setText(indicator.name);
    m_definition->setText(indicator.definition);
    m_unit->setText(indicator.unit);
    m_verification->setText(indicator.verification);
    m_direction->setCurrentIndex(m_direction->findData(static_cast<int>(indicator.direction)));
    m_weight->setValue(indicator.weight);
    m_scoring->setCurrentIndex(m_scoring->findData(static_cast<int>(indicator.scoring)));
    m_cap->setValue(indicator.cap);
    m_plan->setText(indicator.plan ? Language::formatNumber(*indicator.plan) : QString());
    m_minimum->setText(indicator.minimum ? Language::formatNumber(*indicator.minimum) : QString());
    m_maximum->setText(indicator.maximum ? Language::formatNumber(*indicator.maximum) : QString());
    fillScale(indicator.scale);
    m_formula->setText(indicator.formula);
    updateSourceItems();
    m_lastSource = indicator.sourceType;
    {
        // A stored type 7 in the goals block cannot be chosen again, but it is shown as it is.
        const QSignalBlocker blocker(m_source);
        m_source->setCurrentIndex(std::max(0, m_source->findData(indicator.sourceType)));
    }
    m_filling = false;
    updateState();
}

void IndicatorEditor::updateSourceItems()
{
    auto* model = qobject_cast<QStandardItemModel*>(m_source->model());
    if (!model)
        return;
    for (int i = 0; i < m_source->count(); ++i) {
        QStandardItem* item = model->item(i);
        const bool forbidden = m_block == 1 && m_source->itemData(i).toInt() == core::ExpertSourceType;
        item->setEnabled(!forbidden);
        item->setToolTip(forbidden ? tr("Not allowed in the goals block: §7 excludes independent experts and public "
                                        "councils from block 1")
                                   : QString());
    }
    m_sourceHint->setText(m_block == 1 ? tr("Type 7 (independent experts, public councils) is not allowed in the goals "
                                            "block (§7).")
                                       : QString());
    m_sourceHint->setVisible(m_block == 1);
}

void IndicatorEditor::fillScale(const std::vector<core::ScaleStep>& steps)
{
    const QSignalBlocker blocker(m_scale);
    m_scale->setRowCount(static_cast<int>(steps.size()));
    for (int row = 0; row < m_scale->rowCount(); ++row) {
        const core::ScaleStep& s = steps[at(row)];
        m_scale->setItem(row, 0, new QTableWidgetItem(Language::formatNumber(s.threshold)));
        m_scale->setItem(row, 1, new QTableWidgetItem(Language::formatNumber(s.points)));
    }
}

std::optional<std::vector<core::ScaleStep>> IndicatorEditor::scaleSteps() const
{
    std::vector<core::ScaleStep> steps;
    for (int row = 0; row < m_scale->rowCount(); ++row) {
        const QTableWidgetItem* threshold = m_scale->item(row, 0);
        const QTableWidgetItem* points = m_scale->item(row, 1);
        const auto t = Language::parseNumber(threshold ? threshold->text() : QString());
        const auto p = Language::parseNumber(points ? points->text() : QString());
        if (!t || !p)
            return std::nullopt;
        steps.push_back({*t, *p});
    }
    return steps;
}

std::optional<std::optional<double>> IndicatorEditor::planValue() const
{
    return optionalNumber(m_plan);
}

std::optional<std::optional<double>> IndicatorEditor::minimumValue() const
{
    return optionalNumber(m_minimum);
}

std::optional<std::optional<double>> IndicatorEditor::maximumValue() const
{
    return optionalNumber(m_maximum);
}

QString IndicatorEditor::rangeProblem() const
{
    const auto minimum = minimumValue();
    const auto maximum = maximumValue();
    if (!minimum)
        return tr("The smallest accepted fact is not a number.");
    if (!maximum)
        return tr("The largest accepted fact is not a number.");
    if (*minimum && *maximum && **minimum > **maximum)
        return tr("The smallest accepted fact is larger than the largest.");
    return {};
}

core::Indicator IndicatorEditor::indicator() const
{
    core::Indicator i = m_indicator;
    i.code = m_code->text().trimmed();
    i.name = m_name->text();
    i.definition = m_definition->text();
    i.unit = m_unit->text();
    i.verification = m_verification->text();
    i.direction = static_cast<core::Direction>(m_direction->currentData().toInt());
    i.weight = m_weight->value();
    i.scoring = static_cast<core::ScoringKind>(m_scoring->currentData().toInt());
    i.cap = m_cap->value();
    if (const auto plan = planValue())
        i.plan = *plan;
    if (const auto minimum = minimumValue())
        i.minimum = *minimum;
    if (const auto maximum = maximumValue())
        i.maximum = *maximum;
    if (const auto steps = scaleSteps())
        i.scale = *steps;
    i.formula = m_formula->text().trimmed();
    i.sourceType = m_source->currentData().toInt();
    return i;
}

void IndicatorEditor::onEdited()
{
    if (m_filling)
        return;
    updateState();
    m_indicator = indicator(); // the last valid numbers stay when a field stops reading as one
    Q_EMIT edited();
}

QString IndicatorEditor::inputProblem() const
{
    if (!planValue())
        return tr("The default plan is not a number.");
    if (const QString range = rangeProblem(); !range.isEmpty())
        return range;
    const auto kind = static_cast<core::ScoringKind>(m_scoring->currentData().toInt());
    if (kind == core::ScoringKind::Scale && !scaleSteps())
        return tr("A step of the scale is not a number.");
    if (kind == core::ScoringKind::Formula)
        if (auto r = core::validateFormula(m_formula->text().trimmed()); !r)
            return ErrorText::of(r.error());
    return {};
}

void IndicatorEditor::updateState()
{
    const auto kind = static_cast<core::ScoringKind>(m_scoring->currentData().toInt());
    m_scoringHelp->setText(Labels::scoringKindHelp(kind));
    m_scaleBox->setVisible(kind == core::ScoringKind::Scale);
    m_formulaBox->setVisible(kind == core::ScoringKind::Formula);
    // Cap and plan mean nothing to a yes/no indicator.
    const bool usesPlan = kind != core::ScoringKind::YesNo && kind != core::ScoringKind::Scale;
    m_planLabel->setEnabled(usesPlan);
    m_plan->setEnabled(usesPlan);

    const bool planOk = planValue().has_value();
    m_planError->setText(planOk ? QString() : tr("The default plan is not a number."));
    m_planError->setVisible(!planOk);
    m_plan->setStyleSheet(planOk ? QString() : BlankStyle);

    const QString range = rangeProblem();
    m_rangeError->setText(range);
    m_rangeError->setVisible(!range.isEmpty());
    const bool minimumOk = minimumValue().has_value();
    const bool maximumOk = maximumValue().has_value();
    // Both fields are marked when each reads as a number but they contradict each other.
    m_minimum->setStyleSheet(!range.isEmpty() && (!minimumOk || maximumOk) ? BlankStyle : QString());
    m_maximum->setStyleSheet(!range.isEmpty() && (!maximumOk || minimumOk) ? BlankStyle : QString());

    for (int row = 0; row < m_scale->rowCount(); ++row)
        for (int column = 0; column < 2; ++column)
            if (QTableWidgetItem* item = m_scale->item(row, column)) {
                const QSignalBlocker blocker(m_scale);
                item->setBackground(Language::parseNumber(item->text()) ? QBrush() : QBrush(QColor(0xfd, 0xe2, 0xe1)));
            }

    QString formulaError;
    if (kind == core::ScoringKind::Formula)
        if (auto r = core::validateFormula(m_formula->text().trimmed()); !r)
            formulaError = r.error().detail.isEmpty() ? ErrorText::of(r.error())
                                                      : tr("%1 (%2)").arg(ErrorText::of(r.error()), r.error().detail);
    m_formulaError->setText(formulaError);
    m_formulaError->setVisible(!formulaError.isEmpty());
    m_formula->setStyleSheet(formulaError.isEmpty() ? QString() : BlankStyle);
}

void IndicatorEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_code->setReadOnly(readOnly);
    for (Text3Editor* editor : {m_name, m_definition, m_unit, m_verification})
        editor->setReadOnly(readOnly);
    m_weight->setReadOnly(readOnly);
    m_cap->setReadOnly(readOnly);
    m_plan->setReadOnly(readOnly);
    m_minimum->setReadOnly(readOnly);
    m_maximum->setReadOnly(readOnly);
    m_formula->setReadOnly(readOnly);
    for (QComboBox* combo : {m_direction, m_source, m_scoring})
        combo->setEnabled(!readOnly);
    m_scale->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                            | QAbstractItemView::AnyKeyPressed);
    m_addStep->setVisible(!readOnly);
    m_removeStep->setVisible(!readOnly);
}

} // namespace ui
