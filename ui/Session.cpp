// SPDX-License-Identifier: GPL-3.0-or-later
#include "Session.h"

#include "RegistryController.h"

#include "core/AppealService.h"
#include "core/AuditLog.h"
#include "core/CalendarService.h"
#include "core/CommissionService.h"
#include "core/ConclusionService.h"
#include "core/Evaluators.h"
#include "core/MethodologyService.h"
#include "core/PackageService.h"
#include "core/PublicationService.h"
#include "core/RecheckService.h"
#include "core/ReferenceData.h"
#include "core/RegistryService.h"
#include "core/ReportService.h"
#include "core/ScheduleService.h"
#include "core/ScoreService.h"

namespace ui {

Session::~Session()
{
    // The controller and the commands refer to the services: drop them first.
    m_undo.clear();
    m_controller.reset();
}

core::Result<std::unique_ptr<Session>> Session::open(const QString& path, const QString& userName)
{
    std::unique_ptr<Session> session(new Session);
    core::Database::Options options;
    options.whenLocked = core::Database::WhenLocked::OpenReadOnly;
    auto db = core::Database::open(path, options);
    if (!db)
        return std::unexpected(db.error());
    session->m_db = std::move(*db);
    session->m_audit = std::make_unique<core::AuditLog>(*session->m_db, session->m_clock, userName);
    session->m_registry = std::make_unique<core::RegistryService>(*session->m_db, *session->m_audit);
    session->m_calendar = std::make_unique<core::CalendarService>(*session->m_db, *session->m_audit);
    session->m_schedules = std::make_unique<core::ScheduleService>(*session->m_db, *session->m_audit);
    session->m_methodologies = std::make_unique<core::MethodologyService>(*session->m_db, *session->m_audit);
    session->m_scores =
        std::make_unique<core::ScoreService>(session->m_registry->repository(), *session->m_methodologies);
    session->m_evaluators = std::make_unique<core::EvaluatorService>(session->m_registry->repository());
    session->m_reports = std::make_unique<core::ReportService>(
        *session->m_db, *session->m_audit, *session->m_methodologies, *session->m_schedules, *session->m_scores);
    session->m_packages =
        std::make_unique<core::PackageService>(*session->m_db, *session->m_audit, *session->m_registry,
                                               *session->m_methodologies, *session->m_schedules, *session->m_reports);
    session->m_rechecks = std::make_unique<core::RecheckService>(*session->m_db, *session->m_audit,
                                                                 *session->m_methodologies, *session->m_reports);
    session->m_conclusions = std::make_unique<core::ConclusionService>(
        *session->m_db, *session->m_audit, *session->m_registry, *session->m_methodologies, *session->m_scores,
        *session->m_evaluators, *session->m_calendar, *session->m_schedules);
    session->m_appeals = std::make_unique<core::AppealService>(
        *session->m_db, *session->m_audit, *session->m_conclusions, *session->m_methodologies, *session->m_calendar);
    session->m_commission = std::make_unique<core::CommissionService>(
        *session->m_db, *session->m_audit, *session->m_conclusions, *session->m_appeals, *session->m_scores,
        *session->m_registry, *session->m_methodologies);
    session->m_publication = std::make_unique<core::PublicationService>(
        *session->m_db, *session->m_audit, *session->m_conclusions, *session->m_commission);
    if (!session->m_db->isReadOnly()) {
        if (auto r = core::ReferenceData::loadAll(*session->m_db, *session->m_audit); !r)
            return std::unexpected(r.error());
    }
    auto workstation = session->m_packages->workstation();
    if (!workstation)
        return std::unexpected(workstation.error());
    if (*workstation) {
        session->m_workstationBodyId = (*workstation)->bodyId;
        session->m_workstationYear = (*workstation)->year;
    }
    session->m_controller =
        std::make_unique<RegistryController>(*session->m_db, *session->m_registry, *session->m_audit, session->m_undo);
    return session;
}

} // namespace ui
