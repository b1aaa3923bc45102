import type { DataQuality, Gender } from "~/domain/indicators/disaggregation";
import type { Queryable } from "../client.server";
import { INDICATOR_COLUMNS, toIndicatorRow, type IndicatorRow, type RawIndicator } from "./indicators.server";
import { isUuid } from "~/utils/validation";

/**
 * Indicators in an accounting: the link to an outcome and a stakeholder group, the baseline,
 * targets per period and actual values per period (with an optional breakdown). Every query takes
 * orgId and looks ids up within that organisation and accounting.
 */

export interface AccountingIndicatorRow {
  /** The accounting_indicators id: the indicator's id within this accounting. */
  id: string;
  accountingId: string;
  position: number;
  chainItemId: string | null;
  outcomeText: string | null;
  stakeholderId: string | null;
  stakeholderName: string | null;
  indicator: IndicatorRow;
  baseline: { value: number; date: string; source: string; note: string | null } | null;
  /** Raised by every save of the indicator's values, targets or baseline (optimistic concurrency). */
  version: number;
}

type RawLink = RawIndicator & {
  linkId: string;
  accountingId: string;
  position: number;
  chainItemId: string | null;
  outcomeText: string | null;
  stakeholderId: string | null;
  stakeholderName: string | null;
  baselineValue: number | null;
  baselineDate: string | null;
  baselineSource: string | null;
  baselineNote: string | null;
  version: number;
};

const LINK_SELECT = `SELECT ai.id AS "linkId", ai.accounting_id AS "accountingId", ai.position, ai.version, ai.chain_item_id AS "chainItemId",
    ci.text AS "outcomeText", COALESCE(ai.stakeholder_id, ci.stakeholder_id) AS "stakeholderId", s.name AS "stakeholderName",
    b.value AS "baselineValue", b.measured_on AS "baselineDate", b.source AS "baselineSource", b.note AS "baselineNote",
    ${INDICATOR_COLUMNS}
  FROM accounting_indicators ai
  JOIN indicators i ON i.id = ai.indicator_id
  LEFT JOIN chain_items ci ON ci.id = ai.chain_item_id AND ci.org_id = ai.org_id
  LEFT JOIN stakeholders s ON s.id = COALESCE(ai.stakeholder_id, ci.stakeholder_id) AND s.org_id = ai.org_id
  LEFT JOIN indicator_baselines b ON b.accounting_indicator_id = ai.id`;

function toLink(r: RawLink): AccountingIndicatorRow {
  return {
    id: r.linkId,
    accountingId: r.accountingId,
    position: r.position,
    chainItemId: r.chainItemId,
    outcomeText: r.outcomeText,
    stakeholderId: r.stakeholderId,
    stakeholderName: r.stakeholderName,
    indicator: toIndicatorRow(r),
    version: r.version,
    baseline:
      r.baselineValue === null
        ? null
        : {
            value: Number(r.baselineValue),
            date: r.baselineDate ?? "",
            source: r.baselineSource ?? "",
            note: r.baselineNote,
          },
  };
}

/** The accounting's indicators in their order, with indicator, outcome, stakeholder and baseline. */
export async function listAccountingIndicators(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<AccountingIndicatorRow[]> {
  const rows = await db.query<RawLink>(
    `${LINK_SELECT} WHERE ai.org_id = $1 AND ai.accounting_id = $2 ORDER BY ai.position, ai.created_at`,
    [orgId, accountingId],
  );
  return rows.map(toLink);
}

/** One indicator of the accounting by its link id, or undefined (never across organisations). */
export async function findAccountingIndicator(
  db: Queryable,
  orgId: string,
  accountingId: string,
  linkId: string,
): Promise<AccountingIndicatorRow | undefined> {
  if (!isUuid(linkId)) return undefined;
  const row = await db.one<RawLink>(`${LINK_SELECT} WHERE ai.org_id = $1 AND ai.accounting_id = $2 AND ai.id = $3`, [
    orgId,
    accountingId,
    linkId,
  ]);
  return row ? toLink(row) : undefined;
}

/** Number of indicators in an accounting (the method guide's "indicators" block). */
export async function countAccountingIndicators(db: Queryable, orgId: string, accountingId: string): Promise<number> {
  const row = await db.one<{ c: number }>(
    "SELECT count(*) AS c FROM accounting_indicators WHERE org_id = $1 AND accounting_id = $2",
    [orgId, accountingId],
  );
  return Number(row?.c ?? 0);
}

/**
 * Adds indicators to an accounting (ones already there are left as they are). Only catalogue rows
 * and the organisation's own indicators are added; other ids are ignored. Returns the link ids of
 * the indicators now in the accounting, in the order given.
 */
export async function addIndicatorsToAccounting(
  db: Queryable,
  orgId: string,
  accountingId: string,
  indicatorIds: readonly string[],
  link: { chainItemId: string | null; stakeholderId: string | null },
): Promise<string[]> {
  const ids = indicatorIds.filter(isUuid);
  if (ids.length === 0) return [];
  await db.query(
    `INSERT INTO accounting_indicators (org_id, accounting_id, indicator_id, chain_item_id, stakeholder_id, position)
     SELECT $1, $2, i.id, $4::uuid, $5::uuid,
            COALESCE((SELECT max(position) FROM accounting_indicators WHERE accounting_id = $2), 0) + x.ord
     FROM unnest($3::uuid[]) WITH ORDINALITY AS x(id, ord)
     JOIN indicators i ON i.id = x.id AND (i.is_catalogue OR i.org_id = $1)
     ON CONFLICT (accounting_id, indicator_id) DO NOTHING`,
    [orgId, accountingId, ids, link.chainItemId, link.stakeholderId],
  );
  const rows = await db.query<{ id: string; indicatorId: string }>(
    `SELECT id, indicator_id AS "indicatorId" FROM accounting_indicators WHERE org_id = $1 AND accounting_id = $2 AND indicator_id = ANY($3::uuid[])`,
    [orgId, accountingId, ids],
  );
  const byIndicator = new Map(rows.map((r) => [r.indicatorId, r.id]));
  return ids.map((id) => byIndicator.get(id)).filter((x): x is string => x !== undefined);
}

/** Sets the outcome and stakeholder group an indicator measures. */
export async function updateIndicatorLink(
  db: Queryable,
  orgId: string,
  accountingId: string,
  linkId: string,
  link: { chainItemId: string | null; stakeholderId: string | null },
): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const rows = await db.query(
    `UPDATE accounting_indicators SET chain_item_id = $4::uuid, stakeholder_id = $5::uuid
     WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, linkId, link.chainItemId, link.stakeholderId],
  );
  return rows.length > 0;
}

/** Removes an indicator (and its baseline, targets, values and evidence) from an accounting. */
export async function removeAccountingIndicator(
  db: Queryable,
  orgId: string,
  accountingId: string,
  linkId: string,
): Promise<boolean> {
  if (!isUuid(linkId)) return false;
  const rows = await db.query(
    `DELETE FROM accounting_indicators WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, linkId],
  );
  return rows.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Outcomes and stakeholders (chain items of level "outcome"; the method guide's chain editor owns
// them, indicators may add one inline)

export interface OutcomeRow {
  id: string;
  text: string;
  stakeholderId: string | null;
  stakeholderName: string | null;
  position: number;
}

export async function listOutcomes(db: Queryable, orgId: string, accountingId: string): Promise<OutcomeRow[]> {
  return db.query<OutcomeRow>(
    `SELECT ci.id, ci.text, ci.stakeholder_id AS "stakeholderId", s.name AS "stakeholderName", ci.position
     FROM chain_items ci LEFT JOIN stakeholders s ON s.id = ci.stakeholder_id AND s.org_id = ci.org_id
     WHERE ci.org_id = $1 AND ci.accounting_id = $2 AND ci.level = 'outcome'
     ORDER BY ci.position, ci.created_at`,
    [orgId, accountingId],
  );
}

export async function findOutcome(
  db: Queryable,
  orgId: string,
  accountingId: string,
  id: string,
): Promise<OutcomeRow | undefined> {
  if (!isUuid(id)) return undefined;
  return db.one<OutcomeRow>(
    `SELECT ci.id, ci.text, ci.stakeholder_id AS "stakeholderId", s.name AS "stakeholderName", ci.position
     FROM chain_items ci LEFT JOIN stakeholders s ON s.id = ci.stakeholder_id AND s.org_id = ci.org_id
     WHERE ci.org_id = $1 AND ci.accounting_id = $2 AND ci.id = $3 AND ci.level = 'outcome'`,
    [orgId, accountingId, id],
  );
}

export interface StakeholderOption {
  id: string;
  name: string;
}

export async function listStakeholders(
  db: Queryable,
  orgId: string,
  accountingId: string,
): Promise<StakeholderOption[]> {
  return db.query<StakeholderOption>(
    `SELECT id, name FROM stakeholders WHERE org_id = $1 AND accounting_id = $2 ORDER BY position, created_at`,
    [orgId, accountingId],
  );
}

export async function insertStakeholder(
  db: Queryable,
  orgId: string,
  accountingId: string,
  name: string,
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO stakeholders (org_id, accounting_id, name, position)
     VALUES ($1, $2, $3, COALESCE((SELECT max(position) + 1 FROM stakeholders WHERE accounting_id = $2), 0)) RETURNING id`,
    [orgId, accountingId, name],
  );
  return row!.id;
}

export async function insertOutcome(
  db: Queryable,
  orgId: string,
  accountingId: string,
  text: string,
  stakeholderId: string | null,
): Promise<string> {
  const row = await db.one<{ id: string }>(
    `INSERT INTO chain_items (org_id, accounting_id, level, text, stakeholder_id, position)
     VALUES ($1, $2, 'outcome', $3, $4::uuid,
             COALESCE((SELECT max(position) + 1 FROM chain_items WHERE accounting_id = $2 AND level = 'outcome'), 0)) RETURNING id`,
    [orgId, accountingId, text, stakeholderId],
  );
  return row!.id;
}

// ---------------------------------------------------------------------------------------------
// Versions of an indicator's values in an accounting

/**
 * Raises the version of an indicator's values when it is still `baseVersion` (null: without a
 * check). False when someone saved a newer version first.
 */
export async function claimIndicatorVersion(
  db: Queryable,
  orgId: string,
  linkId: string,
  baseVersion: number | null,
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE accounting_indicators SET version = version + 1
     WHERE org_id = $1 AND id = $2 AND ($3::int IS NULL OR version = $3::int) RETURNING id`,
    [orgId, linkId, baseVersion],
  );
  return rows.length > 0;
}

/** Raises the versions of indicators whose values were written elsewhere (import, breakdown). */
export async function bumpIndicatorVersions(db: Queryable, orgId: string, linkIds: readonly string[]): Promise<void> {
  const ids = [...new Set(linkIds)].filter(isUuid);
  if (ids.length === 0) return;
  await db.query("UPDATE accounting_indicators SET version = version + 1 WHERE org_id = $1 AND id = ANY($2::uuid[])", [
    orgId,
    ids,
  ]);
}

// ---------------------------------------------------------------------------------------------
// Baselines and targets

export async function upsertBaseline(
  db: Queryable,
  orgId: string,
  linkId: string,
  b: { value: number; date: string; source: string; note?: string | null },
): Promise<void> {
  await db.query(
    `INSERT INTO indicator_baselines (accounting_indicator_id, org_id, value, measured_on, source, note)
     SELECT ai.id, ai.org_id, $3::numeric, $4::date, $5, $6 FROM accounting_indicators ai WHERE ai.id = $2 AND ai.org_id = $1
     ON CONFLICT (accounting_indicator_id) DO UPDATE
       SET value = EXCLUDED.value, measured_on = EXCLUDED.measured_on, source = EXCLUDED.source, note = EXCLUDED.note, updated_at = now()`,
    [orgId, linkId, String(b.value), b.date, b.source, b.note ?? null],
  );
}

export async function deleteBaseline(db: Queryable, orgId: string, linkId: string): Promise<void> {
  await db.query("DELETE FROM indicator_baselines WHERE org_id = $1 AND accounting_indicator_id = $2", [orgId, linkId]);
}

export interface TargetRow {
  linkId: string;
  periodKey: string;
  value: number;
  note: string | null;
}

/** All targets of the accounting's indicators. */
export async function listTargets(db: Queryable, orgId: string, accountingId: string): Promise<TargetRow[]> {
  return db.query<TargetRow>(
    `SELECT t.accounting_indicator_id AS "linkId", t.period_key AS "periodKey", t.value, t.note
     FROM indicator_targets t JOIN accounting_indicators ai ON ai.id = t.accounting_indicator_id
     WHERE ai.org_id = $1 AND ai.accounting_id = $2 ORDER BY t.period_key`,
    [orgId, accountingId],
  );
}

/** Sets targets per period of one indicator; a null value removes that period's target. */
export async function saveTargets(
  db: Queryable,
  orgId: string,
  linkId: string,
  targets: readonly { periodKey: string; value: number | null }[],
): Promise<void> {
  const set = targets.filter((t) => t.value !== null);
  const clear = targets.filter((t) => t.value === null).map((t) => t.periodKey);
  if (set.length > 0) {
    await db.query(
      `INSERT INTO indicator_targets (accounting_indicator_id, org_id, period_key, value)
       SELECT ai.id, ai.org_id, x.period_key, x.value::numeric
       FROM accounting_indicators ai, unnest($3::text[], $4::text[]) AS x(period_key, value)
       WHERE ai.id = $2 AND ai.org_id = $1
       ON CONFLICT (accounting_indicator_id, period_key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [orgId, linkId, set.map((t) => t.periodKey), set.map((t) => String(t.value))],
    );
  }
  if (clear.length > 0) {
    await db.query(
      `DELETE FROM indicator_targets WHERE org_id = $1 AND accounting_indicator_id = $2 AND period_key = ANY($3::text[])`,
      [orgId, linkId, clear],
    );
  }
}

// ---------------------------------------------------------------------------------------------
// Actual values

export interface ValueRow {
  id: string;
  linkId: string;
  periodKey: string;
  value: number;
  note: string | null;
  dataQuality: DataQuality;
  evidenceLevel: number | null;
  n: number | null;
  gender: Gender | null;
  ageBand: string | null;
  area: string | null;
  evidenceCount: number;
}

const VALUE_COLUMNS = `v.id, v.accounting_indicator_id AS "linkId", v.period_key AS "periodKey", v.value, v.note,
  v.data_quality AS "dataQuality", v.evidence_level AS "evidenceLevel", v.n, v.gender, v.age_band AS "ageBand", v.area,
  (SELECT count(*) FROM evidence_files e WHERE e.indicator_value_id = v.id) AS "evidenceCount"`;

/** The accounting's actual values (all indicators, or one), totals before breakdowns. */
export async function listValues(
  db: Queryable,
  orgId: string,
  accountingId: string,
  linkId?: string,
): Promise<ValueRow[]> {
  const rows = await db.query<ValueRow>(
    `SELECT ${VALUE_COLUMNS} FROM indicator_values v
     WHERE v.org_id = $1 AND v.accounting_id = $2 AND ($3::uuid IS NULL OR v.accounting_indicator_id = $3::uuid)
     ORDER BY v.period_key, (v.gender IS NOT NULL OR v.age_band IS NOT NULL OR v.area IS NOT NULL), v.gender NULLS FIRST, v.age_band NULLS FIRST, v.area NULLS FIRST`,
    [orgId, accountingId, linkId && isUuid(linkId) ? linkId : null],
  );
  return rows.map((r) => ({ ...r, value: Number(r.value), evidenceCount: Number(r.evidenceCount) }));
}

export async function findValue(
  db: Queryable,
  orgId: string,
  accountingId: string,
  valueId: string,
): Promise<ValueRow | undefined> {
  if (!isUuid(valueId)) return undefined;
  const row = await db.one<ValueRow>(
    `SELECT ${VALUE_COLUMNS} FROM indicator_values v WHERE v.org_id = $1 AND v.accounting_id = $2 AND v.id = $3`,
    [orgId, accountingId, valueId],
  );
  return row ? { ...row, value: Number(row.value), evidenceCount: Number(row.evidenceCount) } : undefined;
}

/** An actual value to write; the link id must belong to the accounting (the caller checks). */
export interface ValueInput {
  linkId: string;
  periodKey: string;
  value: number;
  note: string | null;
  dataQuality: DataQuality;
  evidenceLevel?: number | null;
  n?: number | null;
  gender: Gender | null;
  ageBand: string | null;
  area: string | null;
}

/** Rows per INSERT statement in a batch. */
export const VALUE_BATCH_SIZE = 1000;

/**
 * Inserts or updates actual values in batches of VALUE_BATCH_SIZE rows per statement (unnest of
 * arrays), upserting on the unique key (indicator, period, breakdown). Only link ids of this
 * organisation and accounting are written (others are skipped by the join). Returns rows written.
 * Run it inside a transaction for all-or-nothing.
 */
export async function upsertValues(
  db: Queryable,
  orgId: string,
  accountingId: string,
  userId: string | null,
  values: readonly ValueInput[],
): Promise<number> {
  let written = 0;
  for (let start = 0; start < values.length; start += VALUE_BATCH_SIZE) {
    const batch = values.slice(start, start + VALUE_BATCH_SIZE);
    const col = <K extends keyof ValueInput>(
      k: K,
      map: (v: ValueInput[K]) => string | null = (v) => (v == null ? null : String(v)),
    ) => batch.map((v) => map(v[k]));
    const rows = await db.query(
      `INSERT INTO indicator_values (org_id, accounting_id, accounting_indicator_id, period_key, value, note, data_quality,
                                     evidence_level, n, gender, age_band, area, created_by)
       SELECT ai.org_id, ai.accounting_id, ai.id, x.period_key, x.value::numeric, x.note, x.data_quality,
              x.evidence_level::smallint, x.n::integer, x.gender, x.age_band, x.area, $3::uuid
       FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
              AS x(link_id, period_key, value, note, data_quality, evidence_level, n, gender, age_band, area)
       JOIN accounting_indicators ai ON ai.id = x.link_id::uuid AND ai.org_id = $1 AND ai.accounting_id = $2
       ON CONFLICT (accounting_indicator_id, period_key, (COALESCE(gender, '')), (COALESCE(age_band, '')), (COALESCE(lower(area), '')))
       DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, data_quality = EXCLUDED.data_quality,
                     evidence_level = COALESCE(EXCLUDED.evidence_level, indicator_values.evidence_level),
                     n = COALESCE(EXCLUDED.n, indicator_values.n), area = EXCLUDED.area, updated_at = now()
       RETURNING id`,
      [
        orgId,
        accountingId,
        userId,
        col("linkId"),
        col("periodKey"),
        col("value"),
        col("note"),
        col("dataQuality"),
        col("evidenceLevel"),
        col("n"),
        col("gender"),
        col("ageBand"),
        col("area"),
      ],
    );
    written += rows.length;
  }
  return written;
}

/**
 * Writes the one total value (no breakdown) of an indicator and period, replacing evidence level
 * and n as given (null clears them), unlike the import which keeps what is there.
 */
export async function saveTotalValue(
  db: Queryable,
  orgId: string,
  accountingId: string,
  userId: string | null,
  v: Omit<ValueInput, "gender" | "ageBand" | "area">,
): Promise<void> {
  await db.query(
    `INSERT INTO indicator_values (org_id, accounting_id, accounting_indicator_id, period_key, value, note, data_quality, evidence_level, n, created_by)
     SELECT ai.org_id, ai.accounting_id, ai.id, $4, $5::numeric, $6, $7, $8::smallint, $9::integer, $10::uuid
     FROM accounting_indicators ai WHERE ai.id = $3 AND ai.org_id = $1 AND ai.accounting_id = $2
     ON CONFLICT (accounting_indicator_id, period_key, (COALESCE(gender, '')), (COALESCE(age_band, '')), (COALESCE(lower(area), '')))
     DO UPDATE SET value = EXCLUDED.value, note = EXCLUDED.note, data_quality = EXCLUDED.data_quality,
                   evidence_level = EXCLUDED.evidence_level, n = EXCLUDED.n, updated_at = now()`,
    [
      orgId,
      accountingId,
      v.linkId,
      v.periodKey,
      String(v.value),
      v.note,
      v.dataQuality,
      v.evidenceLevel ?? null,
      v.n ?? null,
      userId,
    ],
  );
}

/** The total value (no breakdown) of an indicator in a period, if any. */
export async function findTotalValue(
  db: Queryable,
  orgId: string,
  linkId: string,
  periodKey: string,
): Promise<ValueRow | undefined> {
  const row = await db.one<ValueRow>(
    `SELECT ${VALUE_COLUMNS} FROM indicator_values v
     WHERE v.org_id = $1 AND v.accounting_indicator_id = $2 AND v.period_key = $3 AND v.gender IS NULL AND v.age_band IS NULL AND v.area IS NULL`,
    [orgId, linkId, periodKey],
  );
  return row ? { ...row, value: Number(row.value), evidenceCount: Number(row.evidenceCount) } : undefined;
}

/** Deletes one actual value (and its evidence) of the accounting. */
export async function deleteValue(
  db: Queryable,
  orgId: string,
  accountingId: string,
  valueId: string,
): Promise<boolean> {
  if (!isUuid(valueId)) return false;
  const rows = await db.query(
    `DELETE FROM indicator_values WHERE org_id = $1 AND accounting_id = $2 AND id = $3 RETURNING id`,
    [orgId, accountingId, valueId],
  );
  return rows.length > 0;
}

/** Counts actual values of an accounting (tests and summaries). */
export async function countValues(db: Queryable, orgId: string, accountingId: string): Promise<number> {
  const row = await db.one<{ c: number }>(
    "SELECT count(*) AS c FROM indicator_values WHERE org_id = $1 AND accounting_id = $2",
    [orgId, accountingId],
  );
  return Number(row?.c ?? 0);
}
