import type { Queryable } from "../client.server";

/**
 * The demo accountings, by stable key. The method-guide seed creates them; other capabilities'
 * demo seeds find them by (organisation slug, title) and add indicators, value calculations and
 * reports to them.
 */
export interface DemoAccounting {
  key: string;
  orgSlug: string;
  title: string;
  method: "visorek" | "ecg" | "social-accounting" | "sroi" | "lfa" | "nyttosam" | "gri" | "iso26000" | "snabbspar";
  purpose:
    "grant-application" | "grant-report" | "tender" | "iop" | "internal-learning" | "members" | "sustainability-report";
  periodStart: string;
  periodEnd: string;
  periodGranularity: "year" | "half-year" | "quarter" | "month";
  /** How far the demo fills the method's steps. */
  fill: "all" | "half" | "some";
}

export const DEMO_ACCOUNTINGS: DemoAccounting[] = [
  {
    key: "kvarteret-sroi",
    orgSlug: "kvarteret",
    title: "Arbetsträning och gemenskap 2025",
    method: "sroi",
    purpose: "grant-report",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "quarter",
    fill: "all",
  },
  {
    key: "solrosen-lfa",
    orgSlug: "solrosen",
    title: "Vägen till arbete 2026",
    method: "lfa",
    purpose: "tender",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    periodGranularity: "half-year",
    fill: "half",
  },
  {
    key: "framat-snabb",
    orgSlug: "if-framat",
    title: "Tjejträning 2025",
    method: "snabbspar",
    purpose: "members",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "all",
  },
  {
    key: "majornas-lfa",
    orgSlug: "majornas-bk",
    title: "Fotboll för alla 2026",
    method: "lfa",
    purpose: "grant-application",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    periodGranularity: "year",
    fill: "some",
  },
  {
    key: "sprakcafe-visorek",
    orgSlug: "sprakcafe-hisingen",
    title: "Språkcaféet 2025",
    method: "visorek",
    purpose: "internal-learning",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "all",
  },
  {
    key: "angered-social",
    orgSlug: "grannskap-angered",
    title: "Grannskapets år 2025",
    method: "social-accounting",
    purpose: "members",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "half-year",
    fill: "half",
  },
  {
    key: "vagen-nyttosam",
    orgSlug: "vagen-vidare",
    title: "Samhällsekonomisk kalkyl 2025",
    method: "nyttosam",
    purpose: "iop",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "all",
  },
  {
    key: "vagen-gri",
    orgSlug: "vagen-vidare",
    title: "Hållbarhetsrapport 2025",
    method: "gri",
    purpose: "sustainability-report",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "some",
  },
  {
    key: "tradgard-ecg",
    orgSlug: "tradgardskooperativet",
    title: "Gemensamma bästa 2024–2025",
    method: "ecg",
    purpose: "members",
    periodStart: "2024-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "half",
  },
  {
    key: "nykter-visorek",
    orgSlug: "nykter-gemenskap",
    title: "Socialt bokslut 2025",
    method: "visorek",
    purpose: "grant-report",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "half",
  },
  {
    key: "ungdomens-sroi",
    orgSlug: "ungdomens-hus",
    title: "Drogfria kvällar 2025",
    method: "sroi",
    purpose: "grant-application",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "some",
  },
  {
    key: "kultur-snabb",
    orgSlug: "studiecirkel-kultur",
    title: "Cirklar för alla 2025",
    method: "snabbspar",
    purpose: "members",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "all",
  },
  {
    key: "sjobo-social",
    orgSlug: "byalaget-sjobo",
    title: "Byn lever 2025",
    method: "social-accounting",
    purpose: "internal-learning",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "some",
  },
  {
    key: "rullstol-iso",
    orgSlug: "rullstolsforeningen",
    title: "Ansvarsprofil 2025",
    method: "iso26000",
    purpose: "internal-learning",
    periodStart: "2025-01-01",
    periodEnd: "2025-12-31",
    periodGranularity: "year",
    fill: "half",
  },
  {
    key: "stodgruppen-lfa",
    orgSlug: "stodgruppen-hela",
    title: "Stödgrupper 2026",
    method: "lfa",
    purpose: "grant-application",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    periodGranularity: "year",
    fill: "some",
  },
];

/** Finds a demo accounting's id inside a seed transaction. */
export const DEMO_ACCOUNTING_ID_SQL = `SELECT a.id FROM accountings a JOIN organisations o ON o.id = a.org_id WHERE o.slug = $1 AND a.title = $2`;

/**
 * The id of a demo accounting, inside a seed transaction. The method-guide seed creates them all
 * and runs first (db/seed/steps.server.ts), so a missing one is a seed-order bug.
 */
export async function demoAccountingId(tx: Queryable, orgSlug: string, title: string): Promise<string> {
  const row = await tx.one<{ id: string }>(DEMO_ACCOUNTING_ID_SQL, [orgSlug, title]);
  if (!row)
    throw new Error(`Demo accounting "${title}" of ${orgSlug} is missing: the method-guide seed must run first`);
  return row.id;
}
