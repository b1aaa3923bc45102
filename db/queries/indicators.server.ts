import type {
  IndicatorDirection,
  IndicatorLevel,
  IndicatorProxy,
  IndicatorSector,
  LocalizedText,
} from "~/domain/indicators/types";
import type { IndicatorUnit } from "~/domain/indicators/units";
import type { Queryable } from "../client.server";
import { isUuid } from "~/utils/validation";

/**
 * Indicator definitions: the GSE catalogue (org_id NULL, is_catalogue, unique code; comparable
 * across associations) and each association's own indicators (visible only to that organisation).
 */

export interface IndicatorRow {
  id: string;
  orgId: string | null;
  isCatalogue: boolean;
  code: string | null;
  name: LocalizedText;
  definition: LocalizedText;
  dataSource: LocalizedText;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  sectors: IndicatorSector[];
  proxy: IndicatorProxy | null;
  proxyIdea: LocalizedText | null;
  editedAt: Date | null;
}

/** The fields an indicator definition is written with (catalogue seed, own indicator, GSE edit). */
export interface IndicatorFields {
  code?: string | null;
  name: { sv: string; en?: string | null };
  definition: { sv: string; en?: string | null };
  dataSource: { sv: string; en?: string | null };
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  sectors: readonly IndicatorSector[];
  proxy?: {
    valueSek: number;
    description: { sv: string; en?: string | null };
    source: string;
    sourceYear: number;
    priceYear: number;
  } | null;
  proxyIdea?: { sv: string; en?: string | null } | null;
}

export const INDICATOR_COLUMNS = `i.id, i.org_id AS "orgId", i.is_catalogue AS "isCatalogue", i.code,
  i.name_sv, i.name_en, i.definition_sv, i.definition_en, i.data_source_sv, i.data_source_en,
  i.unit, i.level, i.direction, i.sectors, i.proxy_value_sek, i.proxy_description_sv, i.proxy_description_en,
  i.proxy_source, i.proxy_source_year, i.proxy_price_year, i.proxy_idea_sv, i.proxy_idea_en, i.edited_at AS "editedAt"`;

export interface RawIndicator {
  id: string;
  orgId: string | null;
  isCatalogue: boolean;
  code: string | null;
  name_sv: string;
  name_en: string;
  definition_sv: string;
  definition_en: string;
  data_source_sv: string;
  data_source_en: string;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  sectors: IndicatorSector[] | null;
  proxy_value_sek: number | null;
  proxy_description_sv: string | null;
  proxy_description_en: string | null;
  proxy_source: string | null;
  proxy_source_year: number | null;
  proxy_price_year: number | null;
  proxy_idea_sv: string | null;
  proxy_idea_en: string | null;
  editedAt: Date | null;
}

/** Maps the flat columns of INDICATOR_COLUMNS to an IndicatorRow. */
export function toIndicatorRow(r: RawIndicator): IndicatorRow {
  return {
    id: r.id,
    orgId: r.orgId,
    isCatalogue: r.isCatalogue,
    code: r.code,
    name: { sv: r.name_sv, en: r.name_en },
    definition: { sv: r.definition_sv, en: r.definition_en },
    dataSource: { sv: r.data_source_sv, en: r.data_source_en },
    unit: r.unit,
    level: r.level,
    direction: r.direction,
    sectors: r.sectors ?? [],
    proxy:
      r.proxy_value_sek === null
        ? null
        : {
            valueSek: Number(r.proxy_value_sek),
            description: { sv: r.proxy_description_sv ?? "", en: r.proxy_description_en ?? "" },
            source: r.proxy_source ?? "",
            sourceYear: r.proxy_source_year ?? 0,
            priceYear: r.proxy_price_year ?? 0,
          },
    proxyIdea: r.proxy_idea_sv ? { sv: r.proxy_idea_sv, en: r.proxy_idea_en ?? "" } : null,
    editedAt: r.editedAt,
  };
}

/** The column values of IndicatorFields, in the order of FIELD_COLUMNS. */
function fieldParams(f: IndicatorFields): unknown[] {
  return [
    f.name.sv,
    f.name.en ?? "",
    f.definition.sv,
    f.definition.en ?? "",
    f.dataSource.sv,
    f.dataSource.en ?? "",
    f.unit,
    f.level,
    f.direction,
    [...f.sectors],
    f.proxy ? String(f.proxy.valueSek) : null,
    f.proxy?.description.sv ?? null,
    f.proxy?.description.en ?? null,
    f.proxy?.source ?? null,
    f.proxy?.sourceYear ?? null,
    f.proxy?.priceYear ?? null,
    f.proxyIdea?.sv ?? null,
    f.proxyIdea?.en ?? null,
  ];
}
const FIELD_COLUMNS = [
  "name_sv",
  "name_en",
  "definition_sv",
  "definition_en",
  "data_source_sv",
  "data_source_en",
  "unit",
  "level",
  "direction",
  "sectors",
  "proxy_value_sek",
  "proxy_description_sv",
  "proxy_description_en",
  "proxy_source",
  "proxy_source_year",
  "proxy_price_year",
  "proxy_idea_sv",
  "proxy_idea_en",
];
const FIELD_CASTS = [
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "",
  "::text[]",
  "::numeric",
  "",
  "",
  "",
  "::integer",
  "::integer",
  "",
  "",
];

/**
 * Inserts catalogue rows whose code is missing and refreshes rows GSE has not edited; a row GSE
 * has edited (edited_at set) is left exactly as GSE left it. Idempotent.
 */
export async function upsertCatalogueIndicator(db: Queryable, f: IndicatorFields & { code: string }): Promise<void> {
  const params = [f.code, ...fieldParams(f)];
  const placeholders = FIELD_COLUMNS.map((_, i) => `$${i + 2}${FIELD_CASTS[i]}`).join(", ");
  const updates = FIELD_COLUMNS.map((c) => `${c} = EXCLUDED.${c}`).join(", ");
  const changed = FIELD_COLUMNS.map((c) => `indicators.${c}`).join(", ");
  const incoming = FIELD_COLUMNS.map((c) => `EXCLUDED.${c}`).join(", ");
  await db.query(
    `INSERT INTO indicators (is_catalogue, code, ${FIELD_COLUMNS.join(", ")}) VALUES (true, $1, ${placeholders})
     ON CONFLICT (code) WHERE is_catalogue DO UPDATE SET ${updates}, updated_at = now()
     WHERE indicators.edited_at IS NULL AND (${changed}) IS DISTINCT FROM (${incoming})`,
    params,
  );
}

/** Catalogue rows and the organisation's own indicators (own ones last), for browsing and picking. */
export async function listIndicatorsForOrg(db: Queryable, orgId: string | null): Promise<IndicatorRow[]> {
  const rows = await db.query<RawIndicator>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicators i
     WHERE i.is_catalogue OR i.org_id = $1
     ORDER BY i.is_catalogue DESC, (split_part(i.code, '-', 1) <> 'GEN'), i.code NULLS LAST, i.name_sv`,
    [orgId],
  );
  return rows.map(toIndicatorRow);
}

/** The number of catalogue rows. */
export async function countCatalogueIndicators(db: Queryable): Promise<number> {
  const row = await db.one<{ c: number }>("SELECT count(*) AS c FROM indicators WHERE is_catalogue");
  return Number(row?.c ?? 0);
}

/** One indicator the organisation may see: a catalogue row or its own; undefined otherwise. */
export async function findIndicator(
  db: Queryable,
  orgId: string | null,
  id: string,
): Promise<IndicatorRow | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.one<RawIndicator>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE i.id = $2 AND (i.is_catalogue OR i.org_id = $1)`,
    [orgId, id],
  );
  return row ? toIndicatorRow(row) : undefined;
}

/** A catalogue row by code (seed and tests). */
export async function findCatalogueIndicatorByCode(db: Queryable, code: string): Promise<IndicatorRow | undefined> {
  const row = await db.one<RawIndicator>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicators i WHERE i.is_catalogue AND i.code = $1`,
    [code],
  );
  return row ? toIndicatorRow(row) : undefined;
}

/**
 * The catalogue rows that carry a financial proxy (for the impact map's proxy picker), as the
 * network role last left them: read at run time from the database, never from the seed.
 */
export async function listCatalogueProxies(
  db: Queryable,
): Promise<(IndicatorRow & { code: string; proxy: IndicatorProxy })[]> {
  const rows = await db.query<RawIndicator>(
    `SELECT ${INDICATOR_COLUMNS} FROM indicators i
     WHERE i.is_catalogue AND i.proxy_value_sek IS NOT NULL
     ORDER BY (split_part(i.code, '-', 1) <> 'GEN'), i.code`,
  );
  return rows.map(toIndicatorRow).filter((r): r is IndicatorRow & { code: string; proxy: IndicatorProxy } => {
    return r.code !== null && r.proxy !== null;
  });
}

/** True when the organisation already has an own indicator with this code (any case). */
export async function ownCodeTaken(db: Queryable, orgId: string, code: string, exceptId?: string): Promise<boolean> {
  const row = await db.one(
    `SELECT 1 FROM indicators WHERE org_id = $1 AND upper(code) = upper($2) AND ($3::uuid IS NULL OR id <> $3::uuid)`,
    [orgId, code, exceptId ?? null],
  );
  return row !== undefined;
}

/** Creates an own indicator of the organisation. */
export async function insertOwnIndicator(
  db: Queryable,
  orgId: string,
  userId: string | null,
  f: IndicatorFields,
): Promise<string> {
  const placeholders = FIELD_COLUMNS.map((_, i) => `$${i + 4}${FIELD_CASTS[i]}`).join(", ");
  const row = await db.one<{ id: string }>(
    `INSERT INTO indicators (is_catalogue, org_id, created_by, code, ${FIELD_COLUMNS.join(", ")})
     VALUES (false, $1, $2, $3, ${placeholders}) RETURNING id`,
    [orgId, userId, f.code ?? null, ...fieldParams(f)],
  );
  return row!.id;
}

/** Updates an own indicator of the organisation; false when it is not found there. */
export async function updateOwnIndicator(
  db: Queryable,
  orgId: string,
  id: string,
  f: IndicatorFields,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const sets = FIELD_COLUMNS.map((c, i) => `${c} = $${i + 4}${FIELD_CASTS[i]}`).join(", ");
  const rows = await db.query(
    `UPDATE indicators SET code = $3, ${sets}, updated_at = now() WHERE id = $2 AND org_id = $1 AND NOT is_catalogue RETURNING id`,
    [orgId, id, f.code ?? null, ...fieldParams(f)],
  );
  return rows.length > 0;
}

/** Updates a catalogue row (network role only; the caller checks). The code never changes. */
export async function updateCatalogueIndicator(
  db: Queryable,
  id: string,
  userId: string,
  f: IndicatorFields,
): Promise<boolean> {
  if (!isUuid(id)) return false;
  const sets = FIELD_COLUMNS.map((c, i) => `${c} = $${i + 3}${FIELD_CASTS[i]}`).join(", ");
  const rows = await db.query(
    `UPDATE indicators SET ${sets}, edited_by = $2, edited_at = now(), updated_at = now() WHERE id = $1 AND is_catalogue RETURNING id`,
    [id, userId, ...fieldParams(f)],
  );
  return rows.length > 0;
}

/** Deletes an own indicator that no accounting uses; false when not found or in use. */
export async function deleteOwnIndicator(db: Queryable, orgId: string, id: string): Promise<boolean> {
  if (!isUuid(id)) return false;
  const rows = await db.query(
    `DELETE FROM indicators i WHERE i.id = $2 AND i.org_id = $1 AND NOT i.is_catalogue
       AND NOT EXISTS (SELECT 1 FROM accounting_indicators ai WHERE ai.indicator_id = i.id)
     RETURNING i.id`,
    [orgId, id],
  );
  return rows.length > 0;
}

/** How many accountings of the organisation use an indicator. */
export async function countIndicatorUse(db: Queryable, orgId: string, indicatorId: string): Promise<number> {
  const row = await db.one<{ c: number }>(
    "SELECT count(*) AS c FROM accounting_indicators WHERE org_id = $1 AND indicator_id = $2",
    [orgId, indicatorId],
  );
  return Number(row?.c ?? 0);
}
