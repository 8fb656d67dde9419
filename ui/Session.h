// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Clock.h"
#include "core/Database.h"
#include "core/Error.h"

#include <QUndoStack>

#include <memory>

namespace core {
class AppealService;
class AuditLog;
class CommissionService;
class ConclusionService;
class PublicationService;
class CalendarService;
class EvaluatorService;
class MethodologyService;
class PackageService;
class RecheckService;
class ReportService;
class ScoreService;
class RegistryService;
class ScheduleService;
} // namespace core

namespace ui {

class RegistryController;

/// One open database with what works on it: the audit log, the services, the undo stack.
class Session
{
public:
    ~Session();

    /// Opens (or creates) the database at `path`. A file that another copy holds is opened
    /// read-only; a new file gets the shipped reference data.
    [[nodiscard]] static core::Result<std::unique_ptr<Session>> open(const QString& path, const QString& userName);

    [[nodiscard]] core::Database& database() { return *m_db; }
    [[nodiscard]] core::AuditLog& audit() { return *m_audit; }
    [[nodiscard]] core::RegistryService& registry() { return *m_registry; }
    [[nodiscard]] core::CalendarService& calendar() { return *m_calendar; }
    [[nodiscard]] core::ScheduleService& schedules() { return *m_schedules; }
    [[nodiscard]] core::MethodologyService& methodologies() { return *m_methodologies; }
    [[nodiscard]] core::ScoreService& scores() { return *m_scores; }
    [[nodiscard]] core::EvaluatorService& evaluators() { return *m_evaluators; }
    [[nodiscard]] core::ReportService& reports() { return *m_reports; }
    [[nodiscard]] core::PackageService& packages() { return *m_packages; }
    [[nodiscard]] core::RecheckService& rechecks() { return *m_rechecks; }
    [[nodiscard]] core::ConclusionService& conclusions() { return *m_conclusions; }
    [[nodiscard]] core::AppealService& appeals() { return *m_appeals; }
    [[nodiscard]] core::CommissionService& commission() { return *m_commission; }
    [[nodiscard]] core::PublicationService& publication() { return *m_publication; }
    /// True when this database is an evaluated body's workstation (made from a template package):
    /// the window then shows only that body's work.
    [[nodiscard]] bool isWorkstation() const { return m_workstationBodyId != 0; }
    [[nodiscard]] qint64 workstationBodyId() const { return m_workstationBodyId; }
    [[nodiscard]] int workstationYear() const { return m_workstationYear; }
    [[nodiscard]] QUndoStack& undoStack() { return m_undo; }
    [[nodiscard]] RegistryController& controller() { return *m_controller; }

private:
    Session() = default;

    core::SystemClock m_clock;
    std::unique_ptr<core::Database> m_db;
    std::unique_ptr<core::AuditLog> m_audit;
    std::unique_ptr<core::RegistryService> m_registry;
    std::unique_ptr<core::CalendarService> m_calendar;
    std::unique_ptr<core::ScheduleService> m_schedules;
    std::unique_ptr<core::MethodologyService> m_methodologies;
    std::unique_ptr<core::ScoreService> m_scores;
    std::unique_ptr<core::EvaluatorService> m_evaluators;
    std::unique_ptr<core::ReportService> m_reports;
    std::unique_ptr<core::PackageService> m_packages;
    std::unique_ptr<core::RecheckService> m_rechecks;
    std::unique_ptr<core::ConclusionService> m_conclusions;
    std::unique_ptr<core::AppealService> m_appeals;
    std::unique_ptr<core::CommissionService> m_commission;
    std::unique_ptr<core::PublicationService> m_publication;
    qint64 m_workstationBodyId = 0;
    int m_workstationYear = 0;
    QUndoStack m_undo;
    std::unique_ptr<RegistryController> m_controller;
};

} // namespace ui
