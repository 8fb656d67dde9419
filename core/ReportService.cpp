// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportService.h"

#include "AuditLog.h"
#include "Clock.h"
#include "Csv.h"
#include "Database.h"
#include "MethodologyService.h"
#include "Package.h"
#include "Registry.h"
#include "ScheduleService.h"
#include "ScoreService.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

#include <cmath>
#include <set>

using namespace Qt::StringLiterals;

namespace core {

namespace {

QString reportWhat(const ReportKey& key)
{
    return u"report %1 block %2"_s.arg(key.year).arg(key.block);
}

} // namespace

ReportService::ReportService(Database& db, AuditLog& audit, MethodologyService& methodologies,
                             ScheduleService& schedules, const ScoreService& scores)
    : m_db(db)
    , m_audit(audit)
    , m_methodologies(methodologies)
    , m_schedules(schedules)
    , m_scores(scores)
{ }

Result<Report> ReportService::report(const ReportKey& key) const
{
    if (key.block < 1 || key.block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(key.block));
    Report r;
    r.key = key;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, state, revision, first_submitted_at, submitted_at, return_reason, updated_at FROM report "
              "WHERE body_id = ? AND year = ? AND block = ?"_s);
    q.addBindValue(key.bodyId);
    q.addBindValue(key.year);
    q.addBindValue(key.block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next()) {
        r.id = q.value(0).toLongLong();
        r.state = parseReportState(q.value(1).toString()).value_or(ReportState::Draft);
        r.revision = q.value(2).toInt();
        r.firstSubmittedAt = readDateTime(q.value(3));
        r.submittedAt = readDateTime(q.value(4));
        r.returnReason = q.value(5).toString();
        r.updatedAt = readDateTime(q.value(6));
    }
    auto schedule = m_schedules.schedule(key.year);
    if (!schedule)
        return std::unexpected(schedule.error());
    r.deadline = schedule->stage(Stage::Reporting);
    r.timeliness = timelinessOf(r, r.deadline, m_audit.clock().today(), &r.daysLate);
    return r;
}

Result<std::vector<ReportItem>> ReportService::items(const ReportKey& key) const
{
    auto methodology = m_methodologies.inEffect(key.block, key.year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology)
        return fail(ErrorCode::NotFound, u"methodology %1 block %2"_s.arg(key.year).arg(key.block));
    const Methodology& m = **methodology;

    std::vector<ReportItem> items;
    std::map<QString, std::size_t> index;
    for (const Criterion& c : m.criteria)
        for (const Indicator& i : c.indicators) {
            index[i.code] = items.size();
            ReportItem item;
            item.code = i.code;
            item.value.sourceType = i.sourceType;
            items.push_back(std::move(item));
        }
    auto line = [&](const QString& code) -> ReportItem& {
        auto it = index.find(code);
        if (it == index.end()) {
            it = index.emplace(code, items.size()).first;
            ReportItem item;
            item.code = code;
            items.push_back(std::move(item));
        }
        return items[it->second];
    };

    QSqlQuery v(m_db.connection());
    v.prepare(u"SELECT indicator_code, plan, fact, source_type FROM indicator_value "
              "WHERE body_id = ? AND year = ? AND block = ?"_s);
    v.addBindValue(key.bodyId);
    v.addBindValue(key.year);
    v.addBindValue(key.block);
    if (!v.exec())
        return std::unexpected(Database::sqlError(v));
    while (v.next()) {
        ReportItem& item = line(v.value(0).toString());
        item.value.plan = readReal(v.value(1));
        item.value.fact = readReal(v.value(2));
        if (v.value(3).toInt() != 0)
            item.value.sourceType = v.value(3).toInt();
    }
    // Last year's values only for the lines of this year's methodology.
    v.bindValue(1, key.year - 1);
    if (!v.exec())
        return std::unexpected(Database::sqlError(v));
    while (v.next()) {
        auto it = index.find(v.value(0).toString());
        if (it == index.end())
            continue;
        items[it->second].lastYearPlan = readReal(v.value(1));
        items[it->second].lastYearFact = readReal(v.value(2));
    }

    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (current->id != 0) {
        QSqlQuery n(m_db.connection());
        n.prepare(u"SELECT indicator_code, comment, source_reference, remark, answer FROM report_item "
                  "WHERE report_id = ?"_s);
        n.addBindValue(current->id);
        if (!n.exec())
            return std::unexpected(Database::sqlError(n));
        while (n.next()) {
            ReportItem& item = line(n.value(0).toString());
            item.comment = n.value(1).toString();
            item.sourceReference = n.value(2).toString();
            item.remark = n.value(3).toString();
            item.answer = n.value(4).toString();
        }
        QSqlQuery e(m_db.connection());
        e.prepare(u"SELECT id, indicator_code, file_name, sha256, size, added_at, added_by FROM evidence "
                  "WHERE report_id = ? ORDER BY id"_s);
        e.addBindValue(current->id);
        if (!e.exec())
            return std::unexpected(Database::sqlError(e));
        while (e.next()) {
            EvidenceInfo info{e.value(0).toLongLong(), e.value(1).toString(),   e.value(2).toString(),
                              e.value(3).toString(),   e.value(4).toLongLong(), readDateTime(e.value(5)),
                              e.value(6).toString()};
            line(info.code).evidence.push_back(std::move(info));
        }
    }
    return items;
}

Result<std::vector<EntryProblem>> ReportService::problems(const ReportKey& key) const
{
    auto methodology = m_methodologies.inEffect(key.block, key.year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology)
        return fail(ErrorCode::NotFound, u"methodology %1 block %2"_s.arg(key.year).arg(key.block));
    auto lines = items(key);
    if (!lines)
        return std::unexpected(lines.error());
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    return checkReport(**methodology, *lines, current->state == ReportState::Returned);
}

Result<std::vector<ReportSummary>> ReportService::overview(int year, std::optional<qint64> bodyId) const
{
    std::vector<ReportSummary> result;
    QSqlQuery codeQuery(m_db.connection());
    codeQuery.prepare(u"SELECT code FROM body WHERE id = ?"_s);
    for (int block = 1; block <= BlockCount; ++block) {
        auto methodology = m_methodologies.inEffect(block, year);
        if (!methodology)
            return std::unexpected(methodology.error());
        if (!*methodology)
            continue;
        auto bodies = m_scores.bodiesInScope(year, block);
        if (!bodies)
            return std::unexpected(bodies.error());
        for (qint64 id : *bodies) {
            if (bodyId && *bodyId != id)
                continue;
            const ReportKey key{id, year, block};
            ReportSummary s;
            auto r = report(key);
            if (!r)
                return std::unexpected(r.error());
            s.report = *r;
            auto lines = items(key);
            if (!lines)
                return std::unexpected(lines.error());
            const auto found = checkReport(**methodology, *lines, r->state == ReportState::Returned);
            for (const EntryProblem& p : found)
                (p.error ? s.errors : s.warnings)++;
            const auto byCode = indicatorsByCode(**methodology);
            for (const ReportItem& item : *lines) {
                if (!byCode.contains(item.code))
                    continue;
                ++s.lines;
                if (item.value.fact)
                    ++s.filled;
                if (!item.remark.isEmpty())
                    ++s.remarks;
                s.evidence += static_cast<int>(item.evidence.size());
            }
            codeQuery.bindValue(0, id);
            if (!codeQuery.exec())
                return std::unexpected(Database::sqlError(codeQuery));
            if (codeQuery.next())
                s.bodyCode = codeQuery.value(0).toString();
            result.push_back(std::move(s));
        }
    }
    std::stable_sort(result.begin(), result.end(), [](const ReportSummary& a, const ReportSummary& b) {
        return std::tie(a.bodyCode, a.report.key.block) < std::tie(b.bodyCode, b.report.key.block);
    });
    return result;
}

Result<std::vector<ReportEvent>> ReportService::history(const ReportKey& key) const
{
    std::vector<ReportEvent> events;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT e.at, e.user, e.action, e.revision, e.note FROM report_event e JOIN report r "
              "ON r.id = e.report_id WHERE r.body_id = ? AND r.year = ? AND r.block = ? ORDER BY e.at, e.id"_s);
    q.addBindValue(key.bodyId);
    q.addBindValue(key.year);
    q.addBindValue(key.block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    while (q.next())
        events.push_back({readDateTime(q.value(0)), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                          q.value(4).toString()});
    return events;
}

Result<qint64> ReportService::reportId(const ReportKey& key, bool create)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM report WHERE body_id = ? AND year = ? AND block = ?"_s);
    q.addBindValue(key.bodyId);
    q.addBindValue(key.year);
    q.addBindValue(key.block);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return q.value(0).toLongLong();
    if (!create)
        return qint64(0);
    if (key.block < 1 || key.block > BlockCount)
        return fail(ErrorCode::InvalidBlock, QString::number(key.block));
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO report (body_id, year, block, updated_at) VALUES (?, ?, ?, ?)"_s);
    w.addBindValue(key.bodyId);
    w.addBindValue(key.year);
    w.addBindValue(key.block);
    w.addBindValue(sqlDateTime(m_audit.clock().now()));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 id = w.lastInsertId().toLongLong();
    if (auto r =
            m_audit.record(AuditAction::Create, u"report"_s, id, key.bodyId, {}, std::nullopt, reportWhat(key), {});
        !r)
        return std::unexpected(r.error());
    if (auto r = addEvent(id, {m_audit.clock().now(), m_audit.user(), u"created"_s, 0, {}}); !r)
        return std::unexpected(r.error());
    return id;
}

Result<void> ReportService::addEvent(qint64 reportId, const ReportEvent& event)
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"INSERT INTO report_event (report_id, at, user, action, revision, note) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(reportId);
    q.addBindValue(sqlDateTime(event.at));
    q.addBindValue(sqlText(event.user));
    q.addBindValue(event.action);
    q.addBindValue(event.revision);
    q.addBindValue(sqlText(event.note));
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    return {};
}

Result<void> ReportService::storeNotes(qint64 reportId, qint64 bodyId, const QString& code, const QString& comment,
                                       const QString& sourceReference, const QString& answer, const QString& reason)
{
    // Prepared once: an import stores the notes of thousands of indicators.
    auto found = m_db.prepared(
        u"SELECT comment, source_reference, answer FROM report_item WHERE report_id = ? AND indicator_code = ?"_s);
    if (!found)
        return std::unexpected(found.error());
    QSqlQuery& q = **found;
    q.bindValue(0, reportId);
    q.bindValue(1, code);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    const bool exists = q.next();
    const QString before[] = {exists ? q.value(0).toString() : QString(), exists ? q.value(1).toString() : QString(),
                              exists ? q.value(2).toString() : QString()};
    q.finish();
    const QString after[] = {comment, sourceReference, answer};
    const QString fields[] = {u"comment"_s, u"source_reference"_s, u"answer"_s};
    bool changed = false;
    for (int k = 0; k < 3; ++k) {
        if (before[k] == after[k])
            continue;
        changed = true;
        if (auto r = m_audit.record(AuditAction::Update, u"report_item"_s, reportId, bodyId, code + u'.' + fields[k],
                                    before[k].isEmpty() ? std::nullopt : std::optional<QString>(before[k]),
                                    after[k].isEmpty() ? std::nullopt : std::optional<QString>(after[k]), reason);
            !r)
            return r;
    }
    if (!changed)
        return {};
    auto write = m_db.prepared(
        u"INSERT INTO report_item (report_id, indicator_code, comment, source_reference, answer) "
        "VALUES (?, ?, ?, ?, ?) ON CONFLICT (report_id, indicator_code) DO UPDATE SET "
        "comment = excluded.comment, source_reference = excluded.source_reference, answer = excluded.answer"_s);
    if (!write)
        return std::unexpected(write.error());
    QSqlQuery& w = **write;
    w.bindValue(0, reportId);
    w.bindValue(1, code);
    w.bindValue(2, sqlText(after[0]));
    w.bindValue(3, sqlText(after[1]));
    w.bindValue(4, sqlText(after[2]));
    const bool ok = w.exec();
    const Error error = ok ? Error{} : Database::sqlError(w);
    w.finish();
    if (!ok)
        return std::unexpected(error);
    return {};
}

Result<qint64> ReportService::storeEvidence(qint64 reportId, qint64 bodyId, const QString& code,
                                            const QString& fileName, const QByteArray& content,
                                            const QDateTime& addedAt, const QString& addedBy, const QString& reason)
{
    const QString hash = sha256Hex(content);
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id FROM evidence WHERE report_id = ? AND indicator_code = ? AND sha256 = ?"_s);
    q.addBindValue(reportId);
    q.addBindValue(code);
    q.addBindValue(hash);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (q.next())
        return q.value(0).toLongLong();
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO evidence (report_id, indicator_code, file_name, sha256, size, content, added_at, added_by) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    w.addBindValue(reportId);
    w.addBindValue(code);
    w.addBindValue(fileName);
    w.addBindValue(hash);
    w.addBindValue(content.size());
    w.addBindValue(content);
    w.addBindValue(sqlDateTime(addedAt.isValid() ? addedAt : m_audit.clock().now()));
    w.addBindValue(sqlText(addedBy.isEmpty() ? m_audit.user() : addedBy));
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    const qint64 evidenceId = w.lastInsertId().toLongLong();
    if (auto r = m_audit.record(AuditAction::Create, u"evidence"_s, evidenceId, bodyId, code, std::nullopt,
                                u"%1 (%2 bytes, sha256 %3)"_s.arg(fileName).arg(content.size()).arg(hash), reason);
        !r)
        return std::unexpected(r.error());
    return evidenceId;
}

Result<void> ReportService::saveItem(const ReportKey& key, const ReportItem& item, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if ((item.value.plan && !std::isfinite(*item.value.plan)) || (item.value.fact && !std::isfinite(*item.value.fact)))
        return fail(ErrorCode::InvalidValue, item.code);
    if (item.value.sourceType < 0 || item.value.sourceType > SourceTypeCount)
        return fail(ErrorCode::InvalidSourceType, item.code);
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (isLocked(current->state))
        return fail(ErrorCode::ReportLocked, toString(current->state));
    auto methodology = m_methodologies.inEffect(key.block, key.year);
    if (!methodology)
        return std::unexpected(methodology.error());
    if (!*methodology || !(**methodology).indicator(item.code))
        return fail(ErrorCode::NotFound, item.code);

    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto id = reportId(key, true);
    if (!id)
        return std::unexpected(id.error());
    // A line without plan and fact keeps no value row for the methodology's own source type; an
    // unchanged value is not written again (it stays as it was, a sample stays a sample).
    IndicatorValue value = item.value;
    if (!value.plan && !value.fact && value.sourceType == (**methodology).indicator(item.code)->sourceType)
        value.sourceType = 0;
    QSqlQuery stored(m_db.connection());
    stored.prepare(u"SELECT plan, fact, source_type FROM indicator_value "
                   "WHERE year = ? AND block = ? AND indicator_code = ? AND body_id = ?"_s);
    stored.addBindValue(key.year);
    stored.addBindValue(key.block);
    stored.addBindValue(item.code);
    stored.addBindValue(key.bodyId);
    if (!stored.exec())
        return std::unexpected(Database::sqlError(stored));
    const bool hasRow = stored.next();
    const IndicatorValue storedValue{hasRow ? readReal(stored.value(0)) : std::nullopt,
                                     hasRow ? readReal(stored.value(1)) : std::nullopt,
                                     hasRow ? stored.value(2).toInt() : 0};
    if (storedValue.plan != value.plan || storedValue.fact != value.fact || storedValue.sourceType != value.sourceType)
        if (auto r = m_methodologies.setValue(key.year, key.block, key.bodyId, item.code, value, reason); !r)
            return r;

    if (auto r = storeNotes(*id, key.bodyId, item.code, item.comment.trimmed(), item.sourceReference.trimmed(),
                            item.answer.trimmed(), reason);
        !r)
        return r;
    QSqlQuery u(m_db.connection());
    u.prepare(u"UPDATE report SET updated_at = ? WHERE id = ?"_s);
    u.addBindValue(sqlDateTime(m_audit.clock().now()));
    u.addBindValue(*id);
    if (!u.exec())
        return std::unexpected(Database::sqlError(u));
    return tx.commit();
}

Result<int> ReportService::saveItems(const ReportKey& key, const std::vector<ReportItem>& items, const QString& reason)
{
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    for (const ReportItem& item : items)
        if (auto r = saveItem(key, item, reason); !r)
            return std::unexpected(Error{r.error().code, item.code + u": "_s + r.error().detail});
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return static_cast<int>(items.size());
}

Result<int> ReportService::importCsv(qint64 bodyId, int year, const QString& csv, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    const std::vector<CsvRecord> records = readCsv(csv);
    const QStringList expected = QString::fromLatin1(CsvHeader).split(u',');
    if (records.empty() || !records.front().fields || [&] {
            QStringList names;
            for (const QString& f : *records.front().fields)
                names << f.trimmed().toLower();
            return names != expected;
        }())
        return fail(ErrorCode::CsvInvalid, u"line 1: expected the header "_s + QString::fromLatin1(CsvHeader));

    QStringList problems;
    std::map<int, std::optional<Methodology>> methodologies;
    std::map<int, Report> reports;
    std::map<int, std::map<QString, ReportItem>> current;
    std::map<int, std::vector<ReportItem>> rows;
    std::set<std::pair<int, QString>> seen;
    auto number = [](QString text, bool& ok) -> std::optional<double> {
        text = text.trimmed().remove(u' ').remove(QChar(0x00A0));
        ok = true;
        if (text.isEmpty())
            return std::nullopt;
        text.replace(u',', u'.');
        const double v = text.toDouble(&ok);
        ok = ok && std::isfinite(v);
        return v;
    };
    for (std::size_t r = 1; r < records.size(); ++r) {
        const CsvRecord& record = records[r];
        const QString where = u"line %1: "_s.arg(record.line);
        if (!record.fields) {
            problems << where + u"a quote is not closed"_s;
            continue;
        }
        const QStringList& f = *record.fields;
        if (f.size() != expected.size()) {
            problems << where + u"expected %1 fields, found %2"_s.arg(expected.size()).arg(f.size());
            continue;
        }
        bool ok = false;
        const int block = f.at(0).trimmed().toInt(&ok);
        if (!ok || block < 1 || block > BlockCount) {
            problems << where + u"block is 1, 2 or 3, not \"%1\""_s.arg(f.at(0).trimmed());
            continue;
        }
        if (!methodologies.contains(block)) {
            auto m = m_methodologies.inEffect(block, year);
            if (!m)
                return std::unexpected(m.error());
            methodologies[block] = *m;
            auto rep = report({bodyId, year, block});
            if (!rep)
                return std::unexpected(rep.error());
            reports[block] = *rep;
            if (*m) {
                auto lines = items({bodyId, year, block});
                if (!lines)
                    return std::unexpected(lines.error());
                for (ReportItem& item : *lines)
                    current[block][item.code] = std::move(item);
            }
        }
        const std::optional<Methodology>& m = methodologies.at(block);
        if (!m) {
            problems << where + u"block %1 has no methodology for %2"_s.arg(block).arg(year);
            continue;
        }
        if (isLocked(reports.at(block).state)) {
            problems << where
                            + u"the report of block %1 is %2 and locked"_s.arg(block).arg(
                                toString(reports.at(block).state));
            continue;
        }
        const QString code = f.at(1).trimmed();
        if (!m->indicator(code)) {
            problems << where + u"block %1 has no indicator \"%2\""_s.arg(block).arg(code);
            continue;
        }
        if (!seen.insert({block, code}).second) {
            problems << where + u"indicator %1 of block %2 appears twice"_s.arg(code).arg(block);
            continue;
        }
        QStringList rowProblems;
        bool planOk = false;
        bool factOk = false;
        const auto plan = number(f.at(2), planOk);
        const auto fact = number(f.at(3), factOk);
        if (!planOk)
            rowProblems << u"plan \"%1\" is not a number"_s.arg(f.at(2).trimmed());
        if (!factOk)
            rowProblems << u"fact \"%1\" is not a number"_s.arg(f.at(3).trimmed());
        int source = 0;
        if (!f.at(5).trimmed().isEmpty()) {
            source = f.at(5).trimmed().toInt(&ok);
            if (!ok || source < 1 || source > SourceTypeCount || (block == 1 && source == ExpertSourceType))
                rowProblems << u"source_type \"%1\" is not one of the §7 types allowed in block %2"_s
                                   .arg(f.at(5).trimmed())
                                   .arg(block);
        }
        if (!rowProblems.isEmpty()) {
            problems << where + rowProblems.join(u"; "_s);
            continue;
        }
        ReportItem item = current[block].contains(code) ? current[block].at(code) : ReportItem{};
        item.code = code;
        item.value.plan = plan;
        item.value.fact = fact;
        if (source != 0)
            item.value.sourceType = source;
        item.comment = f.at(4).trimmed();
        rows[block].push_back(std::move(item));
    }
    if (!problems.isEmpty())
        return fail(ErrorCode::CsvInvalid, problems.join(u'\n'));
    if (rows.empty())
        return fail(ErrorCode::CsvInvalid, u"no rows after the header"_s);
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    int saved = 0;
    for (const auto& [block, items] : rows) {
        auto n = saveItems({bodyId, year, block}, items, reason);
        if (!n)
            return std::unexpected(n.error());
        saved += *n;
    }
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return saved;
}

Result<qint64> ReportService::addEvidence(const ReportKey& key, const QString& code, const QString& fileName,
                                          const QByteArray& content, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return std::unexpected(r.error());
    if (content.size() > MaxEvidenceBytes)
        return fail(ErrorCode::EvidenceTooLarge, fileName);
    const QString name = QFileInfo(fileName).fileName();
    if (name.isEmpty())
        return fail(ErrorCode::FileUnreadable, fileName);
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (isLocked(current->state))
        return fail(ErrorCode::ReportLocked, toString(current->state));
    Transaction tx(m_db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto id = reportId(key, true);
    if (!id)
        return std::unexpected(id.error());
    auto evidenceId = storeEvidence(*id, key.bodyId, code, name, content, {}, {}, reason);
    if (!evidenceId)
        return evidenceId;
    if (auto r = tx.commit(); !r)
        return std::unexpected(r.error());
    return *evidenceId;
}

Result<EvidenceInfo> ReportService::evidenceInfo(qint64 evidenceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT id, indicator_code, file_name, sha256, size, added_at, added_by FROM evidence WHERE id = ?"_s);
    q.addBindValue(evidenceId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"evidence %1"_s.arg(evidenceId));
    return EvidenceInfo{q.value(0).toLongLong(), q.value(1).toString(),    q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toLongLong(), readDateTime(q.value(5)), q.value(6).toString()};
}

Result<void> ReportService::removeEvidence(qint64 evidenceId, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT e.file_name, e.indicator_code, r.state, r.body_id FROM evidence e JOIN report r "
              "ON r.id = e.report_id WHERE e.id = ?"_s);
    q.addBindValue(evidenceId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"evidence %1"_s.arg(evidenceId));
    const auto state = parseReportState(q.value(2).toString()).value_or(ReportState::Draft);
    if (isLocked(state))
        return fail(ErrorCode::ReportLocked, toString(state));
    const QString name = q.value(0).toString();
    const QString code = q.value(1).toString();
    const qint64 bodyId = q.value(3).toLongLong();
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    QSqlQuery w(m_db.connection());
    w.prepare(u"DELETE FROM evidence WHERE id = ?"_s);
    w.addBindValue(evidenceId);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (auto r =
            m_audit.record(AuditAction::Delete, u"evidence"_s, evidenceId, bodyId, code, name, std::nullopt, reason);
        !r)
        return r;
    return tx.commit();
}

Result<QByteArray> ReportService::evidenceContent(qint64 evidenceId) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(u"SELECT content, sha256 FROM evidence WHERE id = ?"_s);
    q.addBindValue(evidenceId);
    if (!q.exec())
        return std::unexpected(Database::sqlError(q));
    if (!q.next())
        return fail(ErrorCode::NotFound, u"evidence %1"_s.arg(evidenceId));
    QByteArray content = q.value(0).toByteArray();
    if (sha256Hex(content) != q.value(1).toString())
        return fail(ErrorCode::EvidenceDamaged, u"evidence %1"_s.arg(evidenceId));
    return content;
}

namespace {

Result<void> writeState(Database& db, AuditLog& audit, qint64 id, const ReportKey& key, const Report& before,
                        ReportState state, int revision, const QString& returnReason, bool submitted,
                        const QString& reason)
{
    const QDateTime now = audit.clock().now();
    QSqlQuery w(db.connection());
    w.prepare(u"UPDATE report SET state = ?, revision = ?, return_reason = ?, updated_at = ?, "
              "first_submitted_at = CASE WHEN ? THEN COALESCE(first_submitted_at, ?) ELSE first_submitted_at END, "
              "submitted_at = CASE WHEN ? THEN ? ELSE submitted_at END WHERE id = ?"_s);
    w.addBindValue(toString(state));
    w.addBindValue(revision);
    w.addBindValue(sqlText(returnReason));
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(submitted ? 1 : 0);
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(submitted ? 1 : 0);
    w.addBindValue(sqlDateTime(now));
    w.addBindValue(id);
    if (!w.exec())
        return std::unexpected(Database::sqlError(w));
    if (before.state != state)
        if (auto r = audit.record(AuditAction::Update, u"report"_s, id, key.bodyId, u"state"_s, toString(before.state),
                                  toString(state), reason);
            !r)
            return r;
    if (before.revision != revision)
        if (auto r = audit.record(AuditAction::Update, u"report"_s, id, key.bodyId, u"revision"_s,
                                  QString::number(before.revision), QString::number(revision), reason);
            !r)
            return r;
    if (before.returnReason != returnReason)
        if (auto r =
                audit.record(AuditAction::Update, u"report"_s, id, key.bodyId, u"return_reason"_s,
                             before.returnReason.isEmpty() ? std::nullopt : std::optional<QString>(before.returnReason),
                             returnReason.isEmpty() ? std::nullopt : std::optional<QString>(returnReason), reason);
            !r)
            return r;
    return {};
}

} // namespace

Result<void> ReportService::submit(const ReportKey& key, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (current->state != ReportState::Draft && current->state != ReportState::Returned)
        return fail(ErrorCode::ReportWrongState, toString(current->state));
    auto found = problems(key);
    if (!found)
        return std::unexpected(found.error());
    if (hasErrors(*found)) {
        QStringList detail;
        for (const EntryProblem& p : *found)
            if (p.error && detail.size() < 5)
                detail << p.code + u' ' + toString(p.kind);
        return fail(ErrorCode::ReportHasErrors, detail.join(u"; "_s));
    }
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    auto id = reportId(key, true);
    if (!id)
        return std::unexpected(id.error());
    const ReportState next =
        current->state == ReportState::Returned ? ReportState::Resubmitted : ReportState::Submitted;
    const int revision = current->revision + 1;
    if (auto r = writeState(m_db, m_audit, *id, key, *current, next, revision, current->returnReason, true, reason); !r)
        return r;
    if (auto r = addEvent(*id, {m_audit.clock().now(), m_audit.user(), toString(next), revision, reason}); !r)
        return r;
    return tx.commit();
}

Result<void> ReportService::returnForRevision(const ReportKey& key, const QString& returnReason,
                                              const std::map<QString, QString>& remarks, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (returnReason.trimmed().isEmpty())
        return fail(ErrorCode::EmptyName, u"return_reason"_s);
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (!isAwaitingReview(current->state))
        return fail(ErrorCode::ReportWrongState, toString(current->state));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    const qint64 id = current->id;
    // The remarks of an earlier return are replaced by these.
    QSqlQuery old(m_db.connection());
    old.prepare(u"SELECT indicator_code, remark FROM report_item WHERE report_id = ? AND remark <> ''"_s);
    old.addBindValue(id);
    if (!old.exec())
        return std::unexpected(Database::sqlError(old));
    std::map<QString, QString> before;
    while (old.next())
        before[old.value(0).toString()] = old.value(1).toString();
    std::set<QString> codes;
    for (const auto& [code, _] : before)
        codes.insert(code);
    for (const auto& [code, _] : remarks)
        codes.insert(code);
    QSqlQuery w(m_db.connection());
    w.prepare(u"INSERT INTO report_item (report_id, indicator_code, remark) VALUES (?, ?, ?) "
              "ON CONFLICT (report_id, indicator_code) DO UPDATE SET remark = excluded.remark"_s);
    for (const QString& code : codes) {
        const QString was = before.contains(code) ? before.at(code) : QString();
        const QString now = remarks.contains(code) ? remarks.at(code).trimmed() : QString();
        if (was == now)
            continue;
        w.bindValue(0, id);
        w.bindValue(1, code);
        w.bindValue(2, sqlText(now));
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
        if (auto r = m_audit.record(AuditAction::Update, u"report_item"_s, id, key.bodyId, code + u".remark"_s,
                                    was.isEmpty() ? std::nullopt : std::optional<QString>(was),
                                    now.isEmpty() ? std::nullopt : std::optional<QString>(now), reason);
            !r)
            return r;
    }
    if (auto r = writeState(m_db, m_audit, id, key, *current, ReportState::Returned, current->revision,
                            returnReason.trimmed(), false, reason);
        !r)
        return r;
    if (auto r = addEvent(
            id, {m_audit.clock().now(), m_audit.user(), u"returned"_s, current->revision, returnReason.trimmed()});
        !r)
        return r;
    return tx.commit();
}

Result<void> ReportService::accept(const ReportKey& key, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (!isAwaitingReview(current->state))
        return fail(ErrorCode::ReportWrongState, toString(current->state));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = writeState(m_db, m_audit, current->id, key, *current, ReportState::Accepted, current->revision,
                            current->returnReason, false, reason);
        !r)
        return r;
    if (auto r =
            addEvent(current->id, {m_audit.clock().now(), m_audit.user(), u"accepted"_s, current->revision, reason});
        !r)
        return r;
    return tx.commit();
}

Result<void> ReportService::restoreState(const ReportKey& key, ReportState state, int revision, const QString& reason)
{
    if (auto r = m_db.ensureWritable(); !r)
        return r;
    if (revision < 0)
        return fail(ErrorCode::InvalidValue, QString::number(revision));
    auto current = report(key);
    if (!current)
        return std::unexpected(current.error());
    if (current->id == 0)
        return fail(ErrorCode::NotFound, reportWhat(key));
    Transaction tx(m_db);
    if (!tx.begun())
        return tx.begun();
    if (auto r = writeState(m_db, m_audit, current->id, key, *current, state, revision, current->returnReason, false,
                            reason);
        !r)
        return r;
    if (revision == 0) {
        QSqlQuery w(m_db.connection());
        w.prepare(u"UPDATE report SET first_submitted_at = NULL, submitted_at = NULL WHERE id = ?"_s);
        w.addBindValue(current->id);
        if (!w.exec())
            return std::unexpected(Database::sqlError(w));
    }
    if (auto r = addEvent(current->id, {m_audit.clock().now(), m_audit.user(), u"recalled"_s, revision, reason}); !r)
        return r;
    return tx.commit();
}

} // namespace core
