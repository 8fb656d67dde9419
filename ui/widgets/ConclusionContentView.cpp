// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConclusionContentView.h"

#include "Appearance.h"
#include "ConclusionTexts.h"

#include "ui/Labels.h"
#include "ui/Language.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

QTableWidgetItem* cell(const QString& text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    item->setTextAlignment(alignment);
    item->setToolTip(text);
    return item;
}

} // namespace

ConclusionContentView::ConclusionContentView(QWidget* parent)
    : QWidget(parent)
    , m_note(wrappingLabel())
    , m_score(wrappingLabel())
    , m_lines(new QTableWidget)
    , m_texts(new QTextBrowser)
{
    m_note->setObjectName(u"noteLabel"_s);
    makeSecondary(m_note);
    m_note->hide();
    m_score->setObjectName(u"scoreLabel"_s);
    QFont bold = m_score->font();
    bold.setBold(true);
    m_score->setFont(bold);
    m_score->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_lines->setObjectName(u"linesTableWidget"_s);
    m_lines->setColumnCount(ColumnCount);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_lines->setAlternatingRowColors(true);
    m_lines->setWordWrap(false);
    m_lines->verticalHeader()->hide();
    m_lines->verticalHeader()->setDefaultSectionSize(m_lines->fontMetrics().lineSpacing() + 6);
    QHeaderView* header = m_lines->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(Indicator, QHeaderView::Stretch);
    header->setSectionResizeMode(Criterion, QHeaderView::Interactive);
    m_lines->setColumnWidth(Criterion, 120);
    m_texts->setObjectName(u"textsBrowser"_s);
    m_texts->setOpenLinks(false);

    auto* splitter = new QSplitter(Qt::Vertical);
    splitter->addWidget(m_lines);
    splitter->addWidget(m_texts);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_note);
    layout->addWidget(m_score);
    layout->addWidget(splitter, 1);
    retranslate();
}

void ConclusionContentView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ConclusionContentView::retranslate()
{
    m_lines->setHorizontalHeaderLabels({tr("Code"), tr("Indicator"), tr("Criterion"), tr("Plan"), tr("Fact"),
                                        tr("Status"), tr("Score"), tr("Points")});
    m_lines->horizontalHeaderItem(Contribution)->setToolTip(tr("The indicator's contribution to the block's score"));
}

void ConclusionContentView::setNote(const QString& note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void ConclusionContentView::clear()
{
    m_score->clear();
    m_lines->setRowCount(0);
    m_texts->clear();
}

QString ConclusionContentView::scoreText(const core::ConclusionContent& c, core::Language language)
{
    if (!c.score)
        return tr("No score: no indicator counts.");
    QString text = tr("Score %1").arg(ConclusionTexts::number(c.score));
    if (!c.rating.isEmpty()) {
        const QString name = c.ratingName.in(language);
        text += u" — "_s + (name.isEmpty() ? tr("rating %1").arg(c.rating) : tr("rating %1 (%2)").arg(c.rating, name));
    }
    if (c.ownScore && c.score && qAbs(*c.ownScore - *c.score) > 0.005)
        text += u" · "_s + tr("own score %1 before the predecessors (§53)").arg(ConclusionTexts::number(c.ownScore));
    return text;
}

void ConclusionContentView::setContent(const core::ConclusionContent& c, core::Language language)
{
    QString score = scoreText(c, language);
    score += u"  ·  "_s
             + (c.sampleMethodology ? tr("sample methodology, version %1").arg(c.methodologyVersion)
                                    : tr("methodology version %1").arg(c.methodologyVersion));
    m_score->setText(score);

    const QColor corrected(0xff, 0xf4, 0xce);
    m_lines->setRowCount(static_cast<int>(c.lines.size()));
    int row = 0;
    for (const core::ConclusionLine& l : c.lines) {
        const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
        m_lines->setItem(row, Code, cell(l.code));
        m_lines->setItem(row, Indicator, cell(l.name.in(language)));
        m_lines->setItem(row, Criterion, cell(l.criterion + u"  "_s + l.criterionName.in(language)));
        m_lines->setItem(row, Plan, cell(l.plan ? Language::formatNumber(*l.plan) : QString(), right));
        QString fact = l.fact ? Language::formatNumber(*l.fact) : tr("no data");
        m_lines->setItem(row, Fact, cell(fact, right));
        m_lines->setItem(row, Status, cell(ConclusionTexts::lineStatus(l.status)));
        m_lines->setItem(row, Score, cell(ConclusionTexts::number(l.score), right));
        m_lines->setItem(row, Contribution, cell(QLocale().toString(l.contribution, 'f', 2), right));
        if (l.corrected) {
            for (int column = 0; column < ColumnCount; ++column)
                m_lines->item(row, column)->setBackground(corrected);
            m_lines->item(row, Fact)->setToolTip(tr("Corrected by an accepted objection (§61)"));
        }
        if (l.confidential) {
            QFont italic = m_lines->font();
            italic.setItalic(true);
            m_lines->item(row, Fact)->setFont(italic);
            m_lines->item(row, Fact)->setToolTip(tr("Confidential: withheld from publication (§52)"));
        }
        ++row;
    }
    m_texts->setHtml(textsHtml(c, language));
}

QString ConclusionContentView::textsHtml(const core::ConclusionContent& c, core::Language language) const
{
    QString html;
    const auto heading = [&html](const QString& text) { html += u"<h4>"_s + text.toHtmlEscaped() + u"</h4>"_s; };
    const auto paragraph = [&html](const QString& text) {
        html += u"<p>"_s + (text.isEmpty() ? u"—"_s : escaped(text)) + u"</p>"_s;
    };
    if (c.confidential)
        html += u"<p><b>"_s + tr("Confidential: the conclusion is withheld from publication (§52).").toHtmlEscaped()
                + u"</b></p>"_s;
    heading(tr("Part 1. Final report"));
    paragraph(c.summary.in(language));
    for (const core::ReorganizationNote& r : c.reorganizations) {
        core::TreatmentResult t;
        t.treatment = r.treatment;
        t.paragraph = r.paragraph;
        QString text =
            tr("%1 %2, reorganized on %3: %4")
                .arg(r.code, r.name.in(language), ConclusionTexts::date(r.date, language), Labels::treatment(t));
        if (r.score)
            text += u' ' + tr("(its own score %1)").arg(ConclusionTexts::number(r.score));
        paragraph(text);
    }
    heading(tr("Part 2. Recommendations given earlier"));
    if (c.earlier.empty())
        paragraph(tr("None were given for the year before."));
    html += u"<ol>"_s;
    for (const core::Recommendation& r : c.earlier) {
        QString note = r.note.in(language);
        html += u"<li>"_s + escaped(r.text.in(language)) + u"<br><i>"_s
                + ConclusionTexts::recommendationStatus(r.status).toHtmlEscaped() + u"</i>"_s
                + (note.isEmpty() ? QString() : u" — "_s + escaped(note)) + u"</li>"_s;
    }
    html += u"</ol>"_s;
    heading(tr("Part 3. Findings and recommendations"));
    paragraph(c.findings.in(language));
    html += u"<ol>"_s;
    for (const core::Recommendation& r : c.recommendations) {
        QStringList marks;
        if (r.order)
            marks << tr("order");
        if (r.confidential)
            marks << tr("confidential");
        html += u"<li>"_s + escaped(r.text.in(language))
                + (marks.isEmpty() ? QString() : u" <i>("_s + marks.join(u", "_s).toHtmlEscaped() + u")</i>"_s)
                + u"</li>"_s;
    }
    html += u"</ol>"_s;
    if (!c.participants.empty()) {
        QStringList names(c.participants.begin(), c.participants.end());
        heading(tr("Took part in the evaluation"));
        paragraph(names.join(u", "_s));
    }
    return html;
}

} // namespace ui
