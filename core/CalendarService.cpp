// SPDX-License-Identifier: GPL-3.0-or-later
#include "CalendarService.h"

#include "AuditLog.h"
#include "Csv.h"
#include "Database.h"
#include "Registry.h"

#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace core {

namespace {

Text3 text3(const QSqlQuery& q, int first)
{
    return Text3{q.value(first).toString(), q.value(first + 1).toString(), q.value(first + 2).toString()};
}

QString orEmpty(const QString& s)
{
    return s.isNull() ? u""_s : s.trimmed();
}

QVariant rowId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

const QString CsvHeader = u"date,kind,working_day,name_kk,name_ru,name_en"_s;

} // namespace

CalendarService::CalendarService(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
    , m_terms(db, audit)
{ }

Text3 CalendarService::kurbanAitName()
{
    return Text3{u"Құрбан айт"_s, u"Курбан айт"_s, u"Kurban Ait"_s};
}

Result<CalendarData> CalendarService::data() const
{
    CalendarData d;
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT id, month, day, first_year, last_year, religious, name_kk, name_ru, name_en "
                "FROM calendar_rule ORDER BY month, day, id"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        d.rules.push_back(HolidayRule{q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toInt(),
                                      q.value(3).toInt(), q.value(4).toInt(), q.value(5).toBool(), text3(q, 6)});
    if (!q.exec(u"SELECT id, date, religious, name_kk, name_ru, name_en FROM calendar_dated_day ORDER BY date"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        d.datedDays.push_back(
            DatedDay{q.value(0).toLongLong(), parseIsoDate(q.value(1).toString()), q.value(2).toBool(), text3(q, 3)});
    if (!q.exec(u"SELECT id, day_off, working_day, note_kk, note_ru, note_en FROM calendar_transfer "
                "ORDER BY day_off"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        d.transfers.push_back(Transfer{q.value(0).toLongLong(), parseIsoDate(q.value(1).toString()),
                                       parseIsoDate(q.value(2).toString()), text3(q, 3)});
    if (!q.exec(u"SELECT year FROM calendar_year WHERE confirmed = 1 ORDER BY year"_s))
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        d.confirmedYears.push_back(q.value(0).toInt());
    return d;
}

Result<Calendar> CalendarService::calendar() const
{
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    return Calendar(std::move(*d));
}

Result<CalendarChange> CalendarService::finish(Transaction& tx, qint64 id, const QString& reason)
{
    auto cal = calendar();
    if (!cal)
        return std::unexpected(cal.error());
    auto moved = m_terms.recompute(*cal, reason.isEmpty() ? u"calendar changed"_s : reason);
    if (!moved)
        return std::unexpected(moved.error());
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return CalendarChange{id, std::move(*moved)};
}

Result<qint64> CalendarService::insertTransfer(const Transfer& t, const QString& reason)
{
    if (!t.dayOff.isValid() || !t.workingDay.isValid() || t.dayOff == t.workingDay)
        return fail(ErrorCode::InvalidDate);
    auto cal = calendar();
    if (!cal)
        return std::unexpected(cal.error());
    for (const Transfer& other : cal->data().transfers)
        if (other.dayOff == t.dayOff || other.workingDay == t.workingDay || other.dayOff == t.workingDay
            || other.workingDay == t.dayOff)
            return fail(ErrorCode::DuplicateDate, isoDate(other.dayOff));
    if (!cal->isWorking(t.dayOff))
        return fail(ErrorCode::TransferDayOffNotWorking, isoDate(t.dayOff));
    if (cal->isWorking(t.workingDay))
        return fail(ErrorCode::TransferWorkdayNotOff, isoDate(t.workingDay));
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO calendar_transfer (id, day_off, working_day, note_kk, note_ru, note_en) "
              "VALUES (:id, :off, :work, :kk, :ru, :en)"_s);
    q.bindValue(u":id"_s, rowId(t.id));
    q.bindValue(u":off"_s, isoDate(t.dayOff));
    q.bindValue(u":work"_s, isoDate(t.workingDay));
    q.bindValue(u":kk"_s, orEmpty(t.note.kk));
    q.bindValue(u":ru"_s, orEmpty(t.note.ru));
    q.bindValue(u":en"_s, orEmpty(t.note.en));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = m_audit.record(AuditAction::Create, u"calendar_transfer"_s, id, std::nullopt, {}, std::nullopt,
                                isoDate(t.dayOff) + u" ← "_s + isoDate(t.workingDay), reason);
        !r)
        return std::unexpected(r.error());
    return id;
}

Result<qint64> CalendarService::insertDatedDay(const DatedDay& day, const QString& reason)
{
    if (!day.date.isValid())
        return fail(ErrorCode::InvalidDate);
    if (!day.name.isComplete())
        return fail(ErrorCode::EmptyName);
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    for (const DatedDay& other : d->datedDays)
        if (other.date == day.date)
            return fail(ErrorCode::DuplicateDate, isoDate(day.date));
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO calendar_dated_day (id, date, religious, name_kk, name_ru, name_en) "
              "VALUES (:id, :date, :religious, :kk, :ru, :en)"_s);
    q.bindValue(u":id"_s, rowId(day.id));
    q.bindValue(u":date"_s, isoDate(day.date));
    q.bindValue(u":religious"_s, day.religious ? 1 : 0);
    q.bindValue(u":kk"_s, day.name.kk.trimmed());
    q.bindValue(u":ru"_s, day.name.ru.trimmed());
    q.bindValue(u":en"_s, day.name.en.trimmed());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = m_audit.record(AuditAction::Create, u"calendar_dated_day"_s, id, std::nullopt, {}, std::nullopt,
                                isoDate(day.date) + u" "_s + day.name.en.trimmed(), reason);
        !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> CalendarService::deleteRow(const QString& table, qint64 id, const QString& summary, const QString& reason)
{
    QSqlQuery q(m_db.connection());
    // The table name comes from our constants, never from input.
    q.prepare(u"DELETE FROM %1 WHERE id = :id"_s.arg(table));
    q.bindValue(u":id"_s, id);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.numRowsAffected() == 0)
        return fail(ErrorCode::NotFound, table + u" "_s + QString::number(id));
    return m_audit.record(AuditAction::Delete, table, id, std::nullopt, {}, summary, std::nullopt, reason);
}

Result<CalendarChange> CalendarService::change(const std::function<Result<qint64>()>& work, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto id = work();
    if (!id)
        return std::unexpected(id.error());
    return finish(tx, *id, reason);
}

Result<CalendarChange> CalendarService::addTransfer(const Transfer& transfer, const QString& reason)
{
    return change([&] { return insertTransfer(transfer, reason); }, reason);
}

Result<CalendarChange> CalendarService::removeTransfer(qint64 id, const QString& reason)
{
    return change(
        [&]() -> Result<qint64> {
            auto d = data();
            if (!d)
                return std::unexpected(d.error());
            const auto it =
                std::find_if(d->transfers.begin(), d->transfers.end(), [id](const Transfer& t) { return t.id == id; });
            if (it == d->transfers.end())
                return fail(ErrorCode::NotFound, u"transfer %1"_s.arg(id));
            const QString summary = isoDate(it->dayOff) + u" ← "_s + isoDate(it->workingDay);
            if (auto r = deleteRow(u"calendar_transfer"_s, id, summary, reason); !r)
                return std::unexpected(r.error());
            return id;
        },
        reason);
}

Result<CalendarChange> CalendarService::addDatedDay(const DatedDay& day, const QString& reason)
{
    return change([&] { return insertDatedDay(day, reason); }, reason);
}

Result<CalendarChange> CalendarService::removeDatedDay(qint64 id, const QString& reason)
{
    return change(
        [&]() -> Result<qint64> {
            auto d = data();
            if (!d)
                return std::unexpected(d.error());
            const auto it =
                std::find_if(d->datedDays.begin(), d->datedDays.end(), [id](const DatedDay& x) { return x.id == id; });
            if (it == d->datedDays.end())
                return fail(ErrorCode::NotFound, u"day %1"_s.arg(id));
            if (auto r = deleteRow(u"calendar_dated_day"_s, id, isoDate(it->date) + u" "_s + it->name.en, reason); !r)
                return std::unexpected(r.error());
            return id;
        },
        reason);
}

Result<CalendarChange> CalendarService::setKurbanAit(QDate date, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!date.isValid())
        return fail(ErrorCode::InvalidDate);
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (const DatedDay& x : d->datedDays)
        if (x.religious && x.date.year() == date.year() && x.name.en == kurbanAitName().en)
            if (auto r = deleteRow(u"calendar_dated_day"_s, x.id, isoDate(x.date) + u" "_s + x.name.en, reason); !r)
                return std::unexpected(r.error());
    auto id = insertDatedDay(DatedDay{0, date, true, kurbanAitName()}, reason);
    if (!id)
        return std::unexpected(id.error());
    return finish(tx, *id, reason);
}

Result<CalendarChange> CalendarService::addRule(const HolidayRule& rule, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (!QDate(2024, rule.month, rule.day).isValid()) // a leap year admits every real date
        return fail(ErrorCode::InvalidDate);
    if (rule.firstYear != 0 && rule.lastYear != 0 && rule.lastYear < rule.firstYear)
        return fail(ErrorCode::InvalidDateRange);
    if (!rule.name.isComplete())
        return fail(ErrorCode::EmptyName);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO calendar_rule (month, day, first_year, last_year, religious, name_kk, name_ru, name_en) "
              "VALUES (:month, :day, :first, :last, :religious, :kk, :ru, :en)"_s);
    q.bindValue(u":month"_s, rule.month);
    q.bindValue(u":day"_s, rule.day);
    q.bindValue(u":first"_s, rule.firstYear);
    q.bindValue(u":last"_s, rule.lastYear);
    q.bindValue(u":religious"_s, rule.religious ? 1 : 0);
    q.bindValue(u":kk"_s, rule.name.kk.trimmed());
    q.bindValue(u":ru"_s, rule.name.ru.trimmed());
    q.bindValue(u":en"_s, rule.name.en.trimmed());
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto r = m_audit.record(AuditAction::Create, u"calendar_rule"_s, id, std::nullopt, {}, std::nullopt,
                                u"%1-%2 %3–%4 %5"_s.arg(rule.month, 2, 10, QChar(u'0'))
                                    .arg(rule.day, 2, 10, QChar(u'0'))
                                    .arg(rule.firstYear)
                                    .arg(rule.lastYear)
                                    .arg(rule.name.en.trimmed()),
                                reason);
        !r)
        return std::unexpected(r.error());
    return finish(tx, id, reason);
}

Result<CalendarChange> CalendarService::removeRule(qint64 id, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    if (auto r = deleteRow(u"calendar_rule"_s, id, QString::number(id), reason); !r)
        return std::unexpected(r.error());
    return finish(tx, id, reason);
}

Result<void> CalendarService::setConfirmed(int year, bool confirmed, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (year < 1992 || year > 2100)
        return fail(ErrorCode::InvalidYear, QString::number(year));
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    const bool was = std::find(d->confirmedYears.begin(), d->confirmedYears.end(), year) != d->confirmedYears.end();
    if (was == confirmed)
        return {};
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO calendar_year (year, confirmed) VALUES (:year, :confirmed) "
              "ON CONFLICT (year) DO UPDATE SET confirmed = excluded.confirmed"_s);
    q.bindValue(u":year"_s, year);
    q.bindValue(u":confirmed"_s, confirmed ? 1 : 0);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (auto r = m_audit.record(AuditAction::Update, u"calendar_year"_s, year, std::nullopt, u"confirmed"_s,
                                was ? u"true"_s : u"false"_s, confirmed ? u"true"_s : u"false"_s, reason);
        !r)
        return r;
    return tx.commit();
}

Result<QString> CalendarService::exportCsv(int year) const
{
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    struct Row
    {
        QDate date;
        QString line;
    };
    std::vector<Row> rows;
    for (const DatedDay& x : d->datedDays)
        if (x.date.year() == year)
            rows.push_back({x.date, QStringList{isoDate(x.date),
                                                x.religious ? u"religious"_s : u"holiday"_s,
                                                {},
                                                csvField(x.name.kk),
                                                csvField(x.name.ru),
                                                csvField(x.name.en)}
                                        .join(u',')});
    for (const Transfer& t : d->transfers)
        if (t.dayOff.year() == year)
            rows.push_back({t.dayOff, QStringList{isoDate(t.dayOff), u"transfer"_s, isoDate(t.workingDay),
                                                  csvField(t.note.kk), csvField(t.note.ru), csvField(t.note.en)}
                                          .join(u',')});
    std::sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.date < b.date; });
    QString csv = CsvHeader + u"\n"_s;
    for (const Row& r : rows)
        csv += r.line + u"\n"_s;
    return csv;
}

Result<CalendarChange> CalendarService::importCsv(int year, const QString& csv, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    QStringList lines = csv.split(u'\n');
    for (QString& line : lines)
        if (line.endsWith(u'\r'))
            line.chop(1);
    if (lines.isEmpty() || lines.first().trimmed().remove(QChar(0xFEFF)) != CsvHeader)
        return fail(ErrorCode::CsvInvalid, u"line 1: expected the header "_s + CsvHeader);
    // Each record with the "line N: " of its row, for the checks against the calendar below.
    std::vector<std::pair<QString, DatedDay>> days;
    std::vector<std::pair<QString, Transfer>> transfers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (lines[i].trimmed().isEmpty())
            continue;
        const QString where = u"line %1: "_s.arg(i + 1);
        const auto fields = splitCsv(lines[i]);
        if (!fields || fields->size() != 6)
            return fail(ErrorCode::CsvInvalid, where + u"expected 6 fields"_s);
        const QDate date = parseIsoDate(fields->at(0).trimmed());
        if (!date.isValid() || date.year() != year)
            return fail(ErrorCode::CsvInvalid, where + u"a date of %1 as YYYY-MM-DD"_s.arg(year));
        const QString kind = fields->at(1).trimmed();
        const Text3 name{fields->at(3).trimmed(), fields->at(4).trimmed(), fields->at(5).trimmed()};
        if (kind == u"transfer") {
            const QDate work = parseIsoDate(fields->at(2).trimmed());
            if (!work.isValid())
                return fail(ErrorCode::CsvInvalid, where + u"the working day as YYYY-MM-DD"_s);
            transfers.emplace_back(where, Transfer{0, date, work, name});
        } else if (kind == u"holiday" || kind == u"religious") {
            if (!name.isComplete())
                return fail(ErrorCode::CsvInvalid, where + u"the name in kk, ru and en"_s);
            days.emplace_back(where, DatedDay{0, date, kind == u"religious", name});
        } else {
            return fail(ErrorCode::CsvInvalid, where + u"kind is holiday, religious or transfer"_s);
        }
    }
    auto d = data();
    if (!d)
        return std::unexpected(d.error());
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (const DatedDay& x : d->datedDays)
        if (x.date.year() == year)
            if (auto r = deleteRow(u"calendar_dated_day"_s, x.id, isoDate(x.date) + u" "_s + x.name.en, reason); !r)
                return std::unexpected(r.error());
    for (const Transfer& t : d->transfers)
        if (t.dayOff.year() == year)
            if (auto r = deleteRow(u"calendar_transfer"_s, t.id, isoDate(t.dayOff) + u" ← "_s + isoDate(t.workingDay),
                                   reason);
                !r)
                return std::unexpected(r.error());
    // Days off first, so that transfers are checked against the new year's days off.
    for (const auto& [where, x] : days)
        if (auto r = insertDatedDay(x, reason); !r)
            return std::unexpected(Error{ErrorCode::CsvInvalid, where + isoDate(x.date) + u": "_s + r.error().detail});
    for (const auto& [where, t] : transfers)
        if (auto r = insertTransfer(t, reason); !r)
            return std::unexpected(
                Error{ErrorCode::CsvInvalid, where + isoDate(t.dayOff) + u": "_s + r.error().detail});
    return finish(tx, 0, reason);
}

Result<CalendarChange> CalendarService::replaceYear(int year, const std::vector<DatedDay>& days,
                                                    const std::vector<Transfer>& transfers, const QString& reason)
{
    return change(
        [&]() -> Result<qint64> {
            auto d = data();
            if (!d)
                return std::unexpected(d.error());
            for (const DatedDay& x : d->datedDays)
                if (x.date.year() == year)
                    if (auto r = deleteRow(u"calendar_dated_day"_s, x.id, isoDate(x.date) + u" "_s + x.name.en, reason);
                        !r)
                        return std::unexpected(r.error());
            for (const Transfer& t : d->transfers)
                if (t.dayOff.year() == year)
                    if (auto r = deleteRow(u"calendar_transfer"_s, t.id,
                                           isoDate(t.dayOff) + u" ← "_s + isoDate(t.workingDay), reason);
                        !r)
                        return std::unexpected(r.error());
            for (const DatedDay& x : days)
                if (auto r = insertDatedDay(x, reason); !r)
                    return std::unexpected(r.error());
            for (const Transfer& t : transfers)
                if (auto r = insertTransfer(t, reason); !r)
                    return std::unexpected(r.error());
            return qint64(0);
        },
        reason);
}

} // namespace core
