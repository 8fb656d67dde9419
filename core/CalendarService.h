// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Calendar.h"
#include "Error.h"
#include "TermService.h"

#include <functional>
#include <vector>

namespace core {

class AuditLog;
class Database;
class Transaction;

/// What a change of the calendar did: the new record's id, and the running terms that moved.
struct CalendarChange
{
    qint64 id = 0;
    std::vector<MovedTerm> moved;
};

/// Reads the calendar's data and changes it: validated, audited, in one transaction that also
/// recomputes every running term (CALENDAR.md §5).
class CalendarService
{
public:
    CalendarService(Database& db, AuditLog& audit);

    /// The audit log it records to (its user and clock).
    [[nodiscard]] const AuditLog& audit() const { return m_audit; }

    [[nodiscard]] Result<CalendarData> data() const;
    [[nodiscard]] Result<Calendar> calendar() const;
    [[nodiscard]] TermService& terms() { return m_terms; }

    /// Ids given in `transfer.id` / `day.id` are kept (a row put back by undo); 0 lets the database choose.
    [[nodiscard]] Result<CalendarChange> addTransfer(const Transfer& transfer, const QString& reason);
    [[nodiscard]] Result<CalendarChange> removeTransfer(qint64 id, const QString& reason);
    /// A one-off day off (a holiday) or a religious day off (Kurban Ait) on one date.
    [[nodiscard]] Result<CalendarChange> addDatedDay(const DatedDay& day, const QString& reason);
    [[nodiscard]] Result<CalendarChange> removeDatedDay(qint64 id, const QString& reason);
    /// Sets the first day of Kurban Ait of `date`'s year, replacing the one recorded for that year.
    [[nodiscard]] Result<CalendarChange> setKurbanAit(QDate date, const QString& reason);
    [[nodiscard]] Result<CalendarChange> addRule(const HolidayRule& rule, const QString& reason);
    [[nodiscard]] Result<CalendarChange> removeRule(qint64 id, const QString& reason);
    [[nodiscard]] Result<void> setConfirmed(int year, bool confirmed, const QString& reason);

    /// The year's own data (religious and one-off days off, transfers) as CSV:
    /// `date,kind,working_day,name_kk,name_ru,name_en` with kind `religious`, `holiday` or `transfer`.
    [[nodiscard]] Result<QString> exportCsv(int year) const;
    /// Replaces the year's own data with the CSV's, all or nothing; a bad row refuses the whole file
    /// with ErrorCode::CsvInvalid and "line N: …".
    [[nodiscard]] Result<CalendarChange> importCsv(int year, const QString& csv, const QString& reason);

    /// Replaces the year's own days off and transfers with these, keeping their ids (undo and redo
    /// of an import put back exactly the rows that later commands refer to).
    [[nodiscard]] Result<CalendarChange> replaceYear(int year, const std::vector<DatedDay>& days,
                                                     const std::vector<Transfer>& transfers, const QString& reason);

    /// Kurban Ait's name in the three languages, as the shipped data has it.
    [[nodiscard]] static Text3 kurbanAitName();

private:
    [[nodiscard]] Result<CalendarChange> finish(Transaction& tx, qint64 id, const QString& reason);
    /// Runs `work` in a transaction that also recomputes the running terms.
    [[nodiscard]] Result<CalendarChange> change(const std::function<Result<qint64>()>& work, const QString& reason);
    [[nodiscard]] Result<qint64> insertDatedDay(const DatedDay& day, const QString& reason);
    [[nodiscard]] Result<qint64> insertTransfer(const Transfer& transfer, const QString& reason);
    [[nodiscard]] Result<void> deleteRow(const QString& table, qint64 id, const QString& summary,
                                         const QString& reason);

    Database& m_db;
    AuditLog& m_audit;
    TermService m_terms;
};

} // namespace core
