// SPDX-License-Identifier: GPL-3.0-or-later
#include "PackageIssueDialog.h"

#include "Appearance.h"
#include "PackageTexts.h"

#include "ui/Labels.h"
#include "ui/Session.h"

#include "core/MethodologyService.h"
#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>
#include <set>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

constexpr int BodyIdRole = Qt::UserRole + 1;
constexpr int CodeRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;
constexpr int ScopeRole = Qt::UserRole + 4;
constexpr int BlocksRole = Qt::UserRole + 5;

const QString WarningStyle = u"QLabel { background: #fff4ce; color: #5c4400; padding: 8px; border-radius: 4px; }"_s;

} // namespace

PackageIssueDialog::PackageIssueDialog(Session& session, core::Language language, int year, QWidget* parent)
    : DialogBase(parent)
    , m_session(session)
    , m_language(language)
    , m_year(new QSpinBox(this))
    , m_filter(new QLineEdit(this))
    , m_bodies(new QListWidget(this))
    , m_scope(wrappingLabel())
{
    setObjectName(u"packageIssueDialog"_s);
    setWindowTitle(tr("Issue Template"));
    m_year->setObjectName(u"yearSpinBox"_s);
    m_year->setRange(2010, 2099);
    m_year->setValue(year);
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter by code or name"));
    m_filter->setClearButtonEnabled(true);
    m_bodies->setObjectName(u"bodyListWidget"_s);
    m_bodies->setMinimumHeight(260);
    m_scope->setObjectName(u"scopeLabel"_s);
    makeSecondary(m_scope);

    auto* intro = wrappingLabel();
    intro->setText(tr("The template is what the body's workstation needs to report offline for the year: the "
                      "schedule, the methodologies in effect for the body's blocks, last year's values, and a new "
                      "signing key of the body. A template issued again for the same body and year replaces the "
                      "previous key."));
    makeSecondary(intro);
    auto* form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(tr("Evaluated year:"), m_year);
    form->addRow(tr("Find:"), m_filter);
    auto* bodiesLabel = fieldLabel();
    bodiesLabel->setText(tr("Body:"));
    form->addRow(bodiesLabel, m_bodies);
    form->addRow(QString(), m_scope);
    body()->addWidget(intro);
    body()->addLayout(form);

    connect(m_year, &QSpinBox::valueChanged, this, &PackageIssueDialog::loadBodies);
    connect(m_filter, &QLineEdit::textChanged, this, &PackageIssueDialog::applyFilter);
    connect(m_bodies, &QListWidget::currentRowChanged, this, &PackageIssueDialog::updateButtons);
    connect(m_bodies, &QListWidget::itemDoubleClicked, this, &QDialog::accept);
    loadBodies();
    resize(620, sizeHint().height());
}

int PackageIssueDialog::year() const
{
    return m_year->value();
}

std::optional<qint64> PackageIssueDialog::bodyId() const
{
    const QListWidgetItem* item = m_bodies->currentItem();
    if (!item || item->isHidden())
        return std::nullopt;
    return item->data(BodyIdRole).toLongLong();
}

QString PackageIssueDialog::bodyCode() const
{
    const QListWidgetItem* item = m_bodies->currentItem();
    return item && !item->isHidden() ? item->data(CodeRole).toString() : QString();
}

bool PackageIssueDialog::selectBody(const QString& code)
{
    for (int row = 0; row < m_bodies->count(); ++row) {
        QListWidgetItem* item = m_bodies->item(row);
        if (!item->isHidden() && item->data(CodeRole).toString() == code) {
            m_bodies->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void PackageIssueDialog::loadBodies()
{
    const QString selected = bodyCode();
    m_bodies->clear();
    const core::RegistryRepository& repo = m_session.registry().repository();
    const int y = year();
    m_withMethodology.clear();
    for (int block = 1; block <= core::BlockCount; ++block)
        if (auto m = m_session.methodologies().inEffect(block, y); m && *m)
            m_withMethodology.push_back(block);
    std::vector<core::Body> bodies;
    // The year's list (§17); without one, the evaluated bodies that exist at the end of the year.
    auto listed = repo.evaluatedList(y);
    if (listed && !listed->empty()) {
        const std::set<qint64> ids(listed->begin(), listed->end());
        if (auto all = repo.bodies())
            for (core::Body& b : *all)
                if (ids.contains(b.id))
                    bodies.push_back(std::move(b));
    } else if (auto onYearEnd = repo.evaluatedOn(QDate(y, 12, 31))) {
        bodies = std::move(*onYearEnd);
    }
    for (const core::Body& b : bodies) {
        const core::BodyName& name = b.nameOn(QDate(y, 12, 31));
        auto* item = new QListWidgetItem(b.code + u"  "_s + name.shortName.in(m_language));
        item->setData(BodyIdRole, b.id);
        item->setData(CodeRole, b.code);
        item->setData(
            SearchRole,
            (b.code + u' ' + name.shortName.in(m_language) + u' ' + name.fullName.in(m_language)).toCaseFolded());
        item->setData(ScopeRole, Labels::scope(b.fields.scope));
        QVariantList blocks;
        for (const int block : b.fields.scope.blocks())
            blocks << block;
        item->setData(BlocksRole, blocks);
        item->setToolTip(name.fullName.in(m_language));
        m_bodies->addItem(item);
    }
    applyFilter();
    if (!selected.isEmpty())
        selectBody(selected);
    updateButtons();
}

void PackageIssueDialog::applyFilter()
{
    const QStringList words = m_filter->text().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    QListWidgetItem* firstShown = nullptr;
    for (int row = 0; row < m_bodies->count(); ++row) {
        QListWidgetItem* item = m_bodies->item(row);
        const QString haystack = item->data(SearchRole).toString();
        const bool shown = std::all_of(words.begin(), words.end(),
                                       [&haystack](const QString& word) { return haystack.contains(word); });
        item->setHidden(!shown);
        if (shown && !firstShown)
            firstShown = item;
    }
    if (QListWidgetItem* current = m_bodies->currentItem(); (!current || current->isHidden()) && firstShown)
        m_bodies->setCurrentItem(firstShown);
    updateButtons();
}

void PackageIssueDialog::updateButtons()
{
    const auto id = bodyId();
    if (auto* buttons = findChild<QDialogButtonBox*>())
        if (QPushButton* ok = buttons->button(QDialogButtonBox::Ok)) {
            ok->setText(tr("Issue…"));
            ok->setEnabled(id.has_value());
        }
    const QListWidgetItem* item = m_bodies->currentItem();
    if (m_bodies->count() == 0)
        m_scope->setText(tr("There are no evaluated bodies in %1.").arg(year()));
    else if (!id || !item)
        m_scope->setText(tr("No body matches the filter."));
    else {
        std::vector<int> carried;
        for (const QVariant& block : item->data(BlocksRole).toList())
            if (std::find(m_withMethodology.begin(), m_withMethodology.end(), block.toInt()) != m_withMethodology.end())
                carried.push_back(block.toInt());
        m_scope->setText(
            carried.empty()
                ? tr("Evaluated on blocks %1, but none of them has a methodology for %2 yet: there is nothing to "
                     "report.")
                      .arg(item->data(ScopeRole).toString())
                      .arg(year())
                : tr("Evaluated on blocks %1; the template carries those with a methodology for %2: %3.")
                      .arg(item->data(ScopeRole).toString())
                      .arg(year())
                      .arg(PackageTexts::blocks(carried)));
    }
}

// --- PackageIssuedDialog -----------------------------------------------------------------------

PackageIssuedDialog::PackageIssuedDialog(const QString& bodyText, int year, const QString& path,
                                         const QString& fingerprint, QDate expiresOn, core::Language language,
                                         QWidget* parent)
    : QDialog(parent)
    , m_fingerprint(new QLabel(this))
    , m_warning(wrappingLabel())
{
    setObjectName(u"packageIssuedDialog"_s);
    setWindowTitle(tr("Template Issued"));
    auto* heading = wrappingLabel();
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    heading->setText(
        tr("The template of %1 for %2 is saved to %3.").arg(bodyText).arg(year).arg(QDir::toNativeSeparators(path)));
    heading->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fingerprint->setObjectName(u"fingerprintLabel"_s);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.6);
    mono.setBold(true);
    m_fingerprint->setFont(mono);
    m_fingerprint->setText(fingerprint);
    m_fingerprint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprint->setAlignment(Qt::AlignCenter);
    auto* fingerprintCaption = wrappingLabel();
    fingerprintCaption->setText(
        expiresOn.isValid()
            ? tr("Fingerprint of the body's key (valid until %1). Tell it to the body by another channel, for "
                 "example by phone, so that it can compare it with the one its workstation shows.")
                  .arg(PackageTexts::date(expiresOn, language))
            : tr("Fingerprint of the body's key. Tell it to the body by another channel, for example by phone, so "
                 "that it can compare it with the one its workstation shows."));

    m_warning->setObjectName(u"warningLabel"_s);
    m_warning->setStyleSheet(WarningStyle);
    m_warning->setText(tr("The template file contains the body's signing key: whoever holds the file can sign "
                          "reports in the body's name. Hand it over like a password — in person or through a "
                          "protected channel, never by open e-mail — and delete other copies once the body has it."));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok, this);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addSpacing(8);
    layout->addWidget(m_fingerprint);
    layout->addWidget(fingerprintCaption);
    layout->addSpacing(8);
    layout->addWidget(m_warning);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    resize(560, sizeHint().height());
}

} // namespace ui
