-- SPDX-License-Identifier: GPL-3.0-or-later
-- The baseline of the year-scoring benchmark: every body's score in blocks 1-3 of one year, computed
-- by one hand-written SQL aggregate in the sqlite3 shell, the same way core/Scoring.cpp does, for the
-- kinds of scoring the generator uses (ratio, inverse ratio, yes/no) and also expert and scale:
--   * the methodology in effect: the latest approved version for (block, year), else the latest draft
--     (MethodologyService::inEffect);
--   * the bodies: those on the year's list (§17), else those evaluated on 31 December, whose Appendix 2
--     scope has the block (ScoreService::bodiesInScope);
--   * the plan: the body's own, else the indicator's; the achievement limited to [0, cap];
--   * "not counted" re-weights the others ('reweight') or counts as 0 ('zero'); a criterion is the
--     weighted mean of its indicators, the block the weighted mean of its criteria, limited to 100.
-- Formula indicators (muparser) are not scored here (NULL): the benchmark compares only blocks without
-- them. The year is the parameter @year:
--   sqlite3 -readonly F -cmd ".parameter set @year 2024" < score_year.sql
-- Prints "block|body_id|score" per body in scope (score empty when nothing counts).
--
-- The plan: the year's values are read once through the unique index (year, block, code, body), each
-- joined to its indicator (an automatic index on the code), scored, and summed per body and criterion;
-- an indicator without a value is simply not counted ('reweight'), or scores 0 against the weights of
-- all the criterion's indicators ('zero'). (Left to itself SQLite prefers the index on body_id, which
-- reads every year's values to save a sort: INDEXED BY keeps it to the year.)
WITH
blocks(block) AS (VALUES (1), (2), (3)),
meth AS (
    SELECT bl.block, m.id, m.not_counted = 'zero' AS zero
    FROM blocks bl
    JOIN methodology m ON m.id = (SELECT x.id FROM methodology x WHERE x.block = bl.block AND x.year = @year
                                  ORDER BY x.approved_on IS NOT NULL DESC, x.version DESC LIMIT 1)
),
listed AS (SELECT body_id FROM evaluated_list WHERE year = @year),
bodies AS (
    SELECT b.id, b.block1, b.block2, b.block3
    FROM body b
    WHERE EXISTS (SELECT 1 FROM body_name n WHERE n.body_id = b.id)
      AND CASE WHEN EXISTS (SELECT 1 FROM listed) THEN b.id IN (SELECT body_id FROM listed)
               ELSE b.evaluated <> 0
                    AND coalesce(nullif(b.valid_from, ''), '') <= printf('%04d-12-31', @year)
                    AND coalesce(nullif(b.valid_to, ''), '9999') >= printf('%04d-12-31', @year) END
),
scoped AS MATERIALIZED (
    SELECT b.id AS body_id, m.block, m.id AS mid, m.zero
    FROM bodies b
    JOIN meth m ON CASE m.block WHEN 1 THEN b.block1 WHEN 2 THEN b.block2 ELSE b.block3 END <> 0
),
-- The indicators of the methodologies in effect.
ind AS MATERIALIZED (
    SELECT m.block, m.zero, c.id AS cid, i.code, i.weight AS w, i.scoring AS kind, i.cap, i.direction, i.scale,
           i.plan AS iplan
    FROM meth m JOIN criterion c ON c.methodology_id = m.id JOIN indicator i ON i.criterion_id = c.id
),
-- Per criterion: the weights of all its indicators (under 'zero' every indicator takes part).
crit_all AS MATERIALIZED (
    SELECT m.block, m.zero, c.id AS cid, c.weight AS cw, sum(max(0.0, i.weight)) AS wall, count(i.id) AS nall
    FROM meth m JOIN criterion c ON c.methodology_id = m.id LEFT JOIN indicator i ON i.criterion_id = c.id
    GROUP BY c.id
),
-- Each value's score, 0-100 x cap; NULL when not counted (no fact, no plan, a plan of zero, …). The plan
-- in effect p is the body's own, else the indicator's; f is the fact.
scored AS (
    SELECT body_id, block, cid, w,
           CASE
               WHEN f IS NULL THEN NULL
               WHEN abs(f) = 9e999 OR abs(p) = 9e999 THEN NULL
               WHEN kind IN ('ratio', 'expert') THEN
                   CASE WHEN p IS NULL OR p <= 0 THEN NULL ELSE 100 * min(max(f / p, 0.0), max(0.0, cap)) END
               WHEN kind = 'inverse-ratio' THEN
                   CASE WHEN p IS NULL OR p < 0 THEN NULL
                        WHEN f <= 0 THEN 100 * CASE WHEN p > 0 THEN min(max(cap, 0.0), max(0.0, cap)) ELSE 1.0 END
                        ELSE 100 * min(max(p / f, 0.0), max(0.0, cap)) END
               WHEN kind = 'yes-no' THEN CASE WHEN f = 1 THEN 100.0 WHEN f = 0 THEN 0.0 END
               -- [[threshold, points], …] from the best step: the first one the fact reaches, else 0.
               WHEN kind = 'scale' THEN
                   CASE WHEN NOT json_valid(scale) THEN NULL WHEN json_array_length(scale) = 0 THEN NULL
                        ELSE coalesce((SELECT CAST(json_extract(j.value, '$[1]') AS REAL) FROM json_each(scale) j
                                       WHERE CASE WHEN direction = 'lower' THEN f <= json_extract(j.value, '$[0]')
                                                  ELSE f >= json_extract(j.value, '$[0]') END
                                       ORDER BY j.key LIMIT 1), 0.0) END
           END AS s
    FROM (
        SELECT v.body_id, d.block, d.cid, d.w, d.kind, d.cap, d.direction, d.scale, v.fact AS f,
               coalesce(v.plan, d.iplan) AS p
        FROM indicator_value v INDEXED BY sqlite_autoindex_indicator_value_1
        JOIN ind d ON d.block = v.block AND d.code = v.indicator_code
        WHERE v.year = @year
    )
),
-- A criterion of a body: counted when one of its indicators is; the weighted mean of those that take
-- part (weights below 0 count as 0; when they add up to nothing, each takes an equal part).
crit_got AS (
    SELECT body_id, block, cid,
           sum(CASE WHEN s IS NOT NULL THEN max(0.0, w) END) AS wsum,
           sum(CASE WHEN s IS NOT NULL THEN max(0.0, w) * s END) AS wscore,
           sum(s) AS plain, count(s) AS n
    FROM scored GROUP BY body_id, block, cid
),
crit AS (
    SELECT s.body_id, s.block, a.zero, a.cw, g.n > 0 AS counted,
           CASE WHEN g.n > 0 THEN
               CASE WHEN a.zero THEN CASE WHEN a.wall > 0 THEN g.wscore / a.wall ELSE g.plain / a.nall END
                    ELSE CASE WHEN g.wsum > 0 THEN g.wscore / g.wsum ELSE g.plain / g.n END END
           END AS cs
    FROM scoped s
    JOIN crit_all a ON a.block = s.block
    LEFT JOIN crit_got g ON g.body_id = s.body_id AND g.block = s.block AND g.cid = a.cid
),
-- The block: the weighted mean of the criteria that take part (all of them under 'zero'), limited to
-- [0, 100]; no score when no indicator counts.
blk AS (
    SELECT body_id, block,
           max(counted) AS any_counted,
           sum(CASE WHEN zero OR counted THEN max(0.0, cw) END) AS wsum,
           sum(CASE WHEN zero OR counted THEN max(0.0, cw) * coalesce(cs, 0.0) END) AS wscore,
           sum(CASE WHEN zero OR counted THEN coalesce(cs, 0.0) END) AS plain,
           count(CASE WHEN zero OR counted THEN 1 END) AS n
    FROM crit
    GROUP BY body_id, block
)
SELECT s.block, s.body_id,
       CASE WHEN b.any_counted THEN
           min(max(CASE WHEN b.wsum > 0 THEN b.wscore / b.wsum WHEN b.n > 0 THEN b.plain / b.n ELSE 0.0 END, 0.0),
               100.0)
       END
FROM scoped s LEFT JOIN blk b ON b.body_id = s.body_id AND b.block = s.block
ORDER BY s.block, s.body_id;
