// SPDX-License-Identifier: GPL-3.0-or-later
// MethodologyArea, continued: editing the tree and the undoable commands. The class is split over
// two files to keep each under the size the style asks for; see MethodologyArea.cpp for the rest.
#include "MethodologyArea.h"

#include "ApprovalDialog.h"
#include "CriterionEditor.h"
#include "IndicatorEditor.h"
#include "NewMethodologyDialog.h"
#include "Text3Editor.h"

#include "ui/ErrorText.h"
#include "ui/Labels.h"
#include "ui/RegistryController.h"
#include "ui/Session.h"
#include "ui/models/MethodologyTreeModel.h"

#include "core/RegistryRepository.h"
#include "core/RegistryService.h"

#include <QLabel>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTreeView>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace ui {

namespace {

std::size_t at(int i)
{
    return static_cast<std::size_t>(i);
}

/// The authorized bodies that run a block (§27, §34, §40): the owners a new methodology starts with.
std::vector<core::Role> ownerRoles(int block)
{
    switch (block) {
    case 1:
        return {core::Role::StatePlanning, core::Role::Budget};
    case 2:
        return {core::Role::CivilService, core::Role::Informatization, core::Role::Information,
                core::Role::LegalStatistics};
    case 3:
        return {core::Role::Informatization, core::Role::CivilService};
    default:
        return {};
    }
}

/// A code not used yet in the methodology: `prefix` followed by the first free number.
QString freeCode(const core::Methodology& m, const QString& prefix, int from)
{
    for (int n = from;; ++n) {
        const QString code = prefix + QString::number(n);
        if (!m.criterion(code) && !m.indicator(code))
            return code;
    }
}

} // namespace

// ---------------------------------------------------------------------------------------------
// Editing the tree (in memory until Save)

void MethodologyArea::addCriterion()
{
    if (!isEditable())
        return;
    const core::Methodology& m = m_model->methodology();
    core::Criterion c;
    c.code = freeCode(m, u"C"_s, static_cast<int>(m.criteria.size()) + 1);
    double sum = 0;
    for (const core::Criterion& other : m.criteria)
        sum += other.weight;
    c.weight = std::max(0.0, 100 - sum); // what is left of the block
    const QModelIndex index = m_model->appendCriterion(c);
    m_tree->setCurrentIndex(index);
    afterEdit();
    m_criterionEditor->codeEdit()->setFocus();
}

void MethodologyArea::addIndicator()
{
    const auto row = currentCriterionRow();
    if (!isEditable() || !row)
        return;
    const core::Methodology& m = m_model->methodology();
    const core::Criterion& c = m.criteria[at(*row)];
    core::Indicator i;
    i.code = freeCode(m, c.code + u'.', static_cast<int>(c.indicators.size()) + 1);
    double sum = 0;
    for (const core::Indicator& other : c.indicators)
        sum += other.weight;
    i.weight = std::max(0.0, 100 - sum); // what is left of the criterion
    const QModelIndex index = m_model->appendIndicator(*row, i);
    m_tree->expand(index.parent());
    m_tree->setCurrentIndex(index);
    afterEdit();
    m_indicatorEditor->nameEditor()->line(m_language)->setFocus();
}

void MethodologyArea::removeSelected()
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (!isEditable() || !position)
        return;
    m_model->remove(*position);
    afterEdit();
    fillEditorPane();
}

void MethodologyArea::moveSelected(int delta)
{
    const auto position = m_model->positionOf(m_tree->currentIndex());
    if (!isEditable() || !position)
        return;
    const auto moved = m_model->move(*position, delta);
    m_tree->setCurrentIndex(m_model->indexOf(moved));
    afterEdit();
}

// ---------------------------------------------------------------------------------------------
// Commands

std::shared_ptr<qint64> MethodologyArea::handleFor(qint64 id)
{
    std::erase_if(m_handles, [](const std::weak_ptr<qint64>& h) { return h.expired(); });
    for (const auto& weak : m_handles)
        if (auto handle = weak.lock(); handle && *handle == id)
            return handle;
    auto handle = std::make_shared<qint64>(id);
    m_handles.push_back(handle);
    return handle;
}

bool MethodologyArea::save()
{
    if (!isEditable())
        return false;
    if (!isModified())
        return true;
    core::Methodology next = m_model->methodology();
    QString problem = m_editorStack->currentIndex() == IndicatorPage ? m_indicatorEditor->inputProblem() : QString();
    if (problem.isEmpty())
        if (auto valid = core::MethodologyService::validate(next); !valid)
            problem = ErrorText::of(valid.error())
                      + (valid.error().detail.isEmpty() ? QString() : u" ("_s + valid.error().detail + u')');
    if (!problem.isEmpty()) {
        showError(problem);
        return false;
    }
    const core::Methodology before = *m_stored;
    const auto handle = handleFor(before.id);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Save the methodology of %1, %2").arg(Labels::blockShort(next.block)).arg(next.year),
        {{[&service, handle, next, why] {
              core::Methodology m = next;
              m.id = *handle;
              return service.save(m, why);
          },
          [&service, handle, before, why] {
              core::Methodology m = before;
              m.id = *handle;
              return service.save(m, RegistryController::undoReason(why));
          }}});
    if (!ok) {
        commandRefused(); // the edits stay where they are
        return false;
    }
    m_drafts.erase(before.id);
    m_reason->clear();
    showError({});
    fillList();
    showSelected();
    return true;
}

void MethodologyArea::revert()
{
    if (!m_stored)
        return;
    m_drafts.erase(m_stored->id);
    showError({});
    fillList();
    showSelected();
}

bool MethodologyArea::runCreation(const QString& text,
                                  const std::function<core::Result<qint64>(const QString& reason)>& make)
{
    auto made = std::make_shared<qint64>(0);
    m_handles.push_back(made);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        text, {{[make, made, why]() -> core::Result<void> {
                    auto id = make(why);
                    if (!id)
                        return std::unexpected(id.error());
                    *made = *id;
                    return {};
                },
                [&service, made, why]() -> core::Result<void> {
                    auto r = service.remove(*made, RegistryController::undoReason(why));
                    if (r)
                        *made = 0; // gone: no later command may take another methodology for this one
                    return r;
                }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    showError({});
    m_reason->clear();
    selectMethodology(*made);
    return true;
}

bool MethodologyArea::createMethodology(int block, int year)
{
    core::Methodology m;
    m.block = block;
    m.year = year;
    const core::RegistryRepository& registry = m_session.registry().repository();
    for (core::Role role : ownerRoles(block))
        if (auto holder = registry.roleHolder(role, QDate(year, 12, 31)); holder && *holder)
            m.owners.push_back(**holder);
    std::sort(m.owners.begin(), m.owners.end());
    m.owners.erase(std::unique(m.owners.begin(), m.owners.end()), m.owners.end());
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(tr("New methodology of %1, %2").arg(Labels::blockShort(block)).arg(year),
                       [&service, m](const QString& why) { return service.create(m, why); });
}

bool MethodologyArea::makeNewVersion()
{
    if (!m_stored)
        return false;
    const auto source = handleFor(m_stored->id);
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(
        tr("New version of the methodology of %1, %2").arg(Labels::blockShort(m_stored->block)).arg(m_stored->year),
        [&service, source](const QString& why) { return service.newVersion(*source, why); });
}

bool MethodologyArea::copyToNextYear()
{
    if (!m_stored)
        return false;
    const auto source = handleFor(m_stored->id);
    const int year = m_stored->year + 1;
    core::MethodologyService& service = m_session.methodologies();
    return runCreation(tr("Copy the methodology of %1 to %2").arg(Labels::blockShort(m_stored->block)).arg(year),
                       [&service, source, year](const QString& why) { return service.copyToYear(*source, year, why); });
}

bool MethodologyArea::approve(const core::Approval& approval, const QString& why)
{
    if (!m_stored || m_stored->isApproved())
        return false;
    const auto handle = handleFor(m_stored->id);
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Approve the methodology of %1, %2").arg(Labels::blockShort(m_stored->block)).arg(m_stored->year),
        {{[&service, handle, approval, why] { return service.approve(*handle, approval, why); },
          [&service, handle, why] { return service.withdrawApproval(*handle, RegistryController::undoReason(why)); }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    showError({});
    showSelected();
    return true;
}

bool MethodologyArea::deleteDraft()
{
    if (!m_stored || m_stored->isApproved())
        return false;
    const core::Methodology before = *m_stored;
    const auto handle = handleFor(before.id);
    const QString why = reason();
    core::MethodologyService& service = m_session.methodologies();
    const bool ok = m_session.controller().execute(
        tr("Delete the draft methodology of %1, %2, version %3")
            .arg(Labels::blockShort(before.block))
            .arg(before.year)
            .arg(before.version),
        {{[&service, handle, why]() -> core::Result<void> {
              auto r = service.remove(*handle, why);
              if (r)
                  *handle = 0;
              return r;
          },
          // Undo makes it anew: a new id (the commands before this one follow it) and the next version.
          [&service, handle, before, why]() -> core::Result<void> {
              auto id = service.create(before, RegistryController::undoReason(why));
              if (!id)
                  return std::unexpected(id.error());
              *handle = *id;
              return {};
          }}});
    if (!ok) {
        commandRefused();
        return false;
    }
    m_drafts.erase(before.id);
    showError({});
    return true;
}

void MethodologyArea::onNewClicked()
{
    int year = QDate::currentDate().year() - 1; // the evaluation held this year is of the previous year (§9)
    if (m_stored)
        year = m_stored->year;
    NewMethodologyDialog dialog(year, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (createMethodology(dialog.block(), dialog.year())) {
            showError({});
            return;
        }
        dialog.showError(m_error->text());
    }
    showError({});
}

void MethodologyArea::onApproveClicked()
{
    if (!m_stored || m_stored->isApproved() || isModified())
        return;
    ApprovalDialog dialog(m_session.methodologies(), *m_stored, m_language, this);
    while (dialog.exec() == QDialog::Accepted) {
        if (approve(dialog.approval(), dialog.reason()))
            return;
        dialog.showError(m_error->text());
    }
}

} // namespace ui
