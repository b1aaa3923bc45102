/**
 * The bench dataset: GSE scale generated into a migrated, reference- and demo-seeded database with
 * set-based SQL (INSERT … SELECT generate_series), never row by row through the use-cases.
 *
 * Every generated accounting is a copy of one of the demo accountings (method, purpose, guide
 * answers, saved steps, stakeholders, impact chain, action plan, impact map / socio-economic
 * account), so pages of generated data look like the demo's. Copied rows get deterministic ids,
 * md5(old id || new accounting id)::uuid, so references between copied rows (chain item →
 * stakeholder) are remapped without lookup tables. Every row carries the org_id of its accounting
 * (tenant scoping as in the schema).
 */
import type { Queryable } from "~db/client.server";

export interface Scale {
  associations: number;
  accountings: number;
  indicatorValues: number;
  publishedVersions: number;
  funders: number;
}

export const DEFAULT_SCALE: Scale = {
  associations: 2000,
  accountings: 20_000,
  indicatorValues: 1_000_000,
  publishedVersions: 5000,
  funders: 200,
};

/** Multiplies the default scale (0.01 → 20 associations, 200 accountings, 10 000 values …). */
export function scaled(factor: number): Scale {
  const s = (n: number) => Math.max(1, Math.round(n * factor));
  return {
    associations: s(DEFAULT_SCALE.associations),
    accountings: s(DEFAULT_SCALE.accountings),
    indicatorValues: s(DEFAULT_SCALE.indicatorValues),
    publishedVersions: s(DEFAULT_SCALE.publishedVersions),
    funders: s(DEFAULT_SCALE.funders),
  };
}

export interface GenerateResult {
  seconds: number;
  steps: { step: string; ms: number; rows: number }[];
  counts: Record<string, number>;
}

const INDICATORS_PER_ACCOUNTING = 5;

/** Copies of a child table of the template accounting (t) into every generated accounting (g). */
function copyChild(table: string, columns: string[], remap: Record<string, string> = {}): string {
  const select = columns.map((c) => remap[c] ?? `x.${c}`).join(", ");
  return `INSERT INTO ${table} (id, org_id, accounting_id, ${columns.join(", ")})
    SELECT md5(x.id::text || g.id::text)::uuid, g.org_id, g.id, ${select}
    FROM bench_accountings g JOIN ${table} x ON x.accounting_id = g.template_id`;
}

export async function generateDataset(db: Queryable, scale: Scale): Promise<GenerateResult> {
  const t0 = performance.now();
  const steps: GenerateResult["steps"] = [];
  const run = async (step: string, sql: string, params: unknown[] = []) => {
    const s = performance.now();
    const rows = await db.query<{ n?: number }>(sql, params);
    steps.push({ step, ms: Math.round(performance.now() - s), rows: rows.length });
  };
  const { associations: A, accountings: C, indicatorValues: V, publishedVersions: P, funders: F } = scale;
  const perAccounting = Math.max(1, Math.round(C / A));
  const valuesPerIndicator = Math.max(1, Math.min(36, Math.ceil(V / (C * INDICATORS_PER_ACCOUNTING))));

  // Templates: the demo accountings (the ones the method-guide demo filled in).
  await run(
    "templates",
    `CREATE TEMP TABLE bench_templates AS
       SELECT row_number() OVER (ORDER BY a.created_at, a.id) - 1 AS n, a.*
       FROM accountings a`,
  );
  const templates = (await db.one<{ c: number }>("SELECT count(*)::int AS c FROM bench_templates"))?.c ?? 0;
  if (templates === 0) throw new Error("the bench dataset needs the demo seed (no accountings to copy)");
  const passwordHash = (
    await db.one<{ password_hash: string }>("SELECT password_hash FROM users WHERE email = 'anna@kvarteret.example'")
  )?.password_hash;
  if (!passwordHash) throw new Error("the bench dataset needs the demo accounts");

  await run(
    "associations",
    `INSERT INTO organisations (slug, name, kind, org_number, sector, size_band, umbrella_id, umbrella_status)
     SELECT 'bench-a-' || i, 'Benchföreningen ' || i, 'association', 'B' || lpad(i::text, 9, '0'),
            (ARRAY['integration','arbetsintegrering','idrott','kultur','social-omsorg'])[1 + i % 5],
            (ARRAY['S','M','L'])[1 + i % 3], u.ids[1 + i % array_length(u.ids, 1)], 'confirmed'
     FROM generate_series(1, $1::int) i,
          (SELECT array_agg(id ORDER BY slug) AS ids FROM organisations WHERE kind = 'umbrella') u`,
    [A],
  );
  await run(
    "funders",
    `INSERT INTO organisations (slug, name, kind, org_number)
     SELECT 'bench-f-' || i, 'Benchfonden ' || i, 'funder', 'F' || lpad(i::text, 9, '0')
     FROM generate_series(1, $1::int) i`,
    [F],
  );
  await run(
    "users + memberships",
    `WITH u AS (
       INSERT INTO users (email, name, password_hash)
       SELECT 'bench-' || o.slug || '@bench.example', 'Bench ' || o.name, $1
       FROM organisations o WHERE o.slug LIKE 'bench-%'
       RETURNING id, email)
     INSERT INTO memberships (org_id, user_id, role)
     SELECT o.id, u.id, CASE o.kind WHEN 'funder' THEN 'reviewer' ELSE 'admin' END
     FROM u JOIN organisations o ON u.email = 'bench-' || o.slug || '@bench.example'`,
    [passwordHash],
  );

  // Accountings: perAccounting per association (the last ones take the remainder), each a copy of
  // template (i mod templates), monthly periods so the values spread over periods.
  await run(
    "accountings",
    `CREATE TEMP TABLE bench_accountings AS
     SELECT gen_random_uuid() AS id, o.id AS org_id, t.id AS template_id, t.method, t.purpose, t.guide_answers,
            t.title || ' (' || i || ')' AS title, i
     FROM generate_series(0, $1::int - 1) i
     JOIN organisations o ON o.slug = 'bench-a-' || (1 + LEAST(i / $2::int, $3::int - 1))
     JOIN bench_templates t ON t.n = i % $4::int`,
    [C, perAccounting, A, templates],
  );
  await run(
    "accountings insert",
    `INSERT INTO accountings (id, org_id, title, method, purpose, period_start, period_end, period_granularity, guide_answers, created_at)
     SELECT id, org_id, title, method, purpose, DATE '2025-01-01', DATE '2025-12-31', 'month', guide_answers,
            now() - (i % 700) * interval '1 day'
     FROM bench_accountings`,
  );
  await run(
    "steps",
    `INSERT INTO accounting_steps (org_id, accounting_id, step_key, data, status, version, updated_at)
     SELECT g.org_id, g.id, s.step_key, s.data, s.status, s.version, s.updated_at
     FROM bench_accountings g JOIN accounting_steps s ON s.accounting_id = g.template_id`,
  );
  await run(
    "stakeholders",
    copyChild("stakeholders", ["name", "size", "involvement", "what_changes", "included", "position"]),
  );
  await run(
    "chain items",
    copyChild("chain_items", ["level", "text", "stakeholder_id", "assumption", "risk", "position"], {
      stakeholder_id:
        "CASE WHEN x.stakeholder_id IS NULL THEN NULL ELSE md5(x.stakeholder_id::text || g.id::text)::uuid END",
    }),
  );
  await run(
    "action plan",
    copyChild("action_plan_items", ["what", "goals", "how", "due", "who", "measure", "position"]),
  );
  await run(
    "impact maps",
    `INSERT INTO sroi_maps (org_id, accounting_id, input, discount_rate, kind)
     SELECT g.org_id, g.id, m.input, m.discount_rate, m.kind
     FROM bench_accountings g JOIN sroi_maps m ON m.accounting_id = g.template_id`,
  );
  await run(
    "socio-economic accounts",
    `INSERT INTO socioeconomic_accounts (org_id, accounting_id, input)
     SELECT g.org_id, g.id, m.input
     FROM bench_accountings g JOIN socioeconomic_accounts m ON m.accounting_id = g.template_id`,
  );

  // Indicators: INDICATORS_PER_ACCOUNTING catalogue indicators per accounting, a baseline each, a
  // target per quarter's last month, and valuesPerIndicator actual values (12 months × total/kvinna/man).
  await run(
    "accounting indicators",
    `WITH cat AS (SELECT row_number() OVER (ORDER BY code) - 1 AS n, id FROM indicators WHERE is_catalogue),
          nc AS (SELECT count(*)::int AS c FROM cat)
     INSERT INTO accounting_indicators (org_id, accounting_id, indicator_id, position)
     SELECT g.org_id, g.id, cat.id, k
     FROM bench_accountings g CROSS JOIN generate_series(0, $1::int - 1) k CROSS JOIN nc
     JOIN cat ON cat.n = (g.i * 7 + k) % nc.c`,
    [INDICATORS_PER_ACCOUNTING],
  );
  await run(
    "baselines",
    `INSERT INTO indicator_baselines (accounting_indicator_id, org_id, value, measured_on, source)
     SELECT ai.id, ai.org_id, 10 + (ai.position * 3), DATE '2024-12-31', 'Enkät 2024'
     FROM accounting_indicators ai JOIN bench_accountings g ON g.id = ai.accounting_id`,
  );
  await run(
    "targets",
    `INSERT INTO indicator_targets (accounting_indicator_id, org_id, period_key, value)
     SELECT ai.id, ai.org_id, '2025-' || lpad(m::text, 2, '0'), 12 + m
     FROM accounting_indicators ai JOIN bench_accountings g ON g.id = ai.accounting_id
     CROSS JOIN generate_series(3, 12, 3) m`,
  );
  await run(
    "indicator values",
    `INSERT INTO indicator_values (org_id, accounting_id, accounting_indicator_id, period_key, value, data_quality, n, gender)
     SELECT ai.org_id, ai.accounting_id, ai.id, '2025-' || lpad((1 + v % 12)::text, 2, '0'),
            5 + (v * 7 + ai.position) % 40, (ARRAY['measured','estimated','self-reported'])[1 + v % 3], 20 + v,
            (ARRAY[NULL,'kvinna','man'])[1 + v / 12]
     FROM accounting_indicators ai JOIN bench_accountings g ON g.id = ai.accounting_id
     CROSS JOIN generate_series(0, $1::int - 1) v`,
    [valuesPerIndicator],
  );

  // Reports: published versions copied from the demo's (snapshot, title, template …), two versions
  // per report, on the first P/2 accountings; each report gets a public link and is shared with a
  // funder (the inbox/portfolio data).
  const demoVersions = (await db.one<{ c: number }>("SELECT count(*)::int AS c FROM report_versions"))?.c ?? 0;
  if (demoVersions > 0 && P > 0) {
    const reports = Math.max(1, Math.ceil(P / 2));
    await run(
      "reports",
      `CREATE TEMP TABLE bench_reports AS
       WITH v AS (SELECT row_number() OVER (ORDER BY published_at, id) - 1 AS n, * FROM report_versions)
       SELECT gen_random_uuid() AS id, g.org_id, g.id AS accounting_id, v.title, v.template, v.locale, v.method,
              v.audience, v.snapshot, v.published_by_name, g.i
       FROM bench_accountings g JOIN v ON v.n = g.i % $2::int
       WHERE g.i < $1::int`,
      [reports, demoVersions],
    );
    await run(
      "reports insert",
      `INSERT INTO reports (id, org_id, accounting_id, title, template, locale, draft)
       SELECT id, org_id, accounting_id, title, template, locale, '{}'::jsonb FROM bench_reports`,
    );
    await run(
      "published versions",
      `INSERT INTO report_versions (org_id, report_id, version, title, template, locale, method, audience, snapshot,
                                    content_hash, published_by_name, published_at)
       SELECT r.org_id, r.id, k, r.title, r.template, r.locale, r.method, r.audience, r.snapshot,
              md5(r.id::text || k), r.published_by_name, now() - ((r.i % 365) + 30 * (2 - k)) * interval '1 day'
       FROM bench_reports r CROSS JOIN generate_series(1, 2) k
       WHERE (r.i * 2 + k) <= $1::int`,
      [P],
    );
    await run(
      "public links",
      `INSERT INTO report_links (org_id, report_id, token_hash)
       SELECT org_id, id, md5('bench-link-' || id::text) FROM bench_reports`,
    );
    await run(
      "funder shares",
      `WITH f AS (SELECT row_number() OVER (ORDER BY slug) - 1 AS n, id FROM organisations WHERE slug LIKE 'bench-f-%')
       INSERT INTO report_shares (org_id, report_id, shared_with_org_id)
       SELECT r.org_id, r.id, f.id FROM bench_reports r JOIN f ON f.n = r.i % $1::int`,
      [F],
    );
  }
  await run("analyze", "ANALYZE");

  const counts: Record<string, number> = {};
  for (const table of [
    "organisations",
    "users",
    "accountings",
    "accounting_steps",
    "accounting_indicators",
    "indicator_values",
    "report_versions",
    "report_shares",
  ]) {
    counts[table] = (await db.one<{ c: number }>(`SELECT count(*)::int AS c FROM ${table}`))?.c ?? 0;
  }
  counts.funders =
    (await db.one<{ c: number }>("SELECT count(*)::int AS c FROM organisations WHERE kind = 'funder'"))?.c ?? 0;
  counts.associations =
    (await db.one<{ c: number }>("SELECT count(*)::int AS c FROM organisations WHERE kind = 'association'"))?.c ?? 0;
  return { seconds: (performance.now() - t0) / 1000, steps, counts };
}
