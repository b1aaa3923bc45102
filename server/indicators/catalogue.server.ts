import { getDb } from "~db/index.server";
import {
  countIndicatorUse,
  deleteOwnIndicator,
  findIndicator,
  insertOwnIndicator,
  listIndicatorsForOrg,
  ownCodeTaken,
  updateCatalogueIndicator,
  updateOwnIndicator,
  type IndicatorFields,
  type IndicatorRow,
} from "~db/queries/indicators.server";
import { searchCatalogue } from "~/domain/indicators/catalogue-search";
import { makeOwnIndicatorSchema } from "~/domain/indicators/schema";
import {
  INDICATOR_LEVELS,
  INDICATOR_SECTORS,
  type IndicatorLevel,
  type IndicatorSector,
} from "~/domain/indicators/types";
import type { OrgKind, Role } from "~/domain/permissions";
import type { Locale, Messages } from "~/i18n";
import { fieldErrorsOf } from "~/utils/validation";

/**
 * The indicator catalogue and associations' own indicators: browsing with filters (server-side,
 * from query parameters, so it works without JavaScript), creating and editing own indicators, and
 * GSE's edits of catalogue rows.
 */

export type { IndicatorRow };

export type OriginFilter = "all" | "catalogue" | "own";

export interface CatalogueFilter {
  q: string;
  sector: IndicatorSector | "";
  level: IndicatorLevel | "";
  origin: OriginFilter;
}

/** Reads the catalogue filter from a URL's query string; unknown values fall back to "all". */
export function readCatalogueFilter(url: URL): CatalogueFilter {
  const p = url.searchParams;
  const sector = p.get("sector") ?? "";
  const level = p.get("level") ?? "";
  const origin = p.get("origin") ?? "";
  return {
    q: (p.get("q") ?? "").slice(0, 200),
    sector: (INDICATOR_SECTORS as readonly string[]).includes(sector) ? (sector as IndicatorSector) : "",
    level: (INDICATOR_LEVELS as readonly string[]).includes(level) ? (level as IndicatorLevel) : "",
    origin: origin === "catalogue" || origin === "own" ? origin : "all",
  };
}

/** Filters indicator rows (catalogue and own) as the catalogue page does. */
export function filterIndicators(rows: readonly IndicatorRow[], f: CatalogueFilter): IndicatorRow[] {
  const byOrigin = rows.filter((r) => f.origin === "all" || (f.origin === "catalogue") === r.isCatalogue);
  return searchCatalogue(byOrigin, {
    text: f.q || undefined,
    sector: f.sector || undefined,
    level: f.level || undefined,
    includeGeneral: true,
  });
}

/** The catalogue and the organisation's own indicators, filtered. Network members see the catalogue. */
export async function browseIndicators(
  orgId: string | null,
  f: CatalogueFilter,
): Promise<{ rows: IndicatorRow[]; total: number }> {
  const all = await listIndicatorsForOrg(await getDb(), orgId);
  return { rows: filterIndicators(all, f), total: all.length };
}

/** Only analysts and admins of the network organisation (GSE) edit catalogue rows. */
export function canEditCatalogue(kind: OrgKind, role: Role): boolean {
  return kind === "network" && (role === "admin" || role === "analyst");
}

/** Builds the nested form input of an indicator form ("name.sv", "proxy.valueSek", repeated "sectors"). */
export function indicatorFormInput(form: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key === "intent" || key === "sectors") continue;
    const parts = key.split(".");
    // `__proto__.x` would write into Object.prototype: never a field.
    if (parts.some((p) => p === "__proto__" || p === "constructor" || p === "prototype")) continue;
    let node = out;
    for (let i = 0; i < parts.length - 1; i++) {
      const part = parts[i]!;
      node[part] = (node[part] as Record<string, unknown> | undefined) ?? {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = value;
  }
  out.sectors = form.getAll("sectors").filter((v): v is string => typeof v === "string");
  return out;
}

export type SaveIndicatorResult = { ok: true; id: string } | { ok: false; errors: Record<string, string> };

function toFields(data: ReturnType<ReturnType<typeof makeOwnIndicatorSchema>["parse"]>): IndicatorFields {
  return {
    code: data.code ?? null,
    name: data.name,
    definition: data.definition,
    dataSource: data.dataSource,
    unit: data.unit,
    level: data.level,
    direction: data.direction,
    sectors: data.sectors,
    proxy: data.proxy ?? null,
  };
}

/** Creates (no id) or updates an own indicator of the organisation from a posted form. */
export async function saveOwnIndicator(
  orgId: string,
  userId: string,
  form: FormData,
  locale: Locale,
  t: Messages,
  id?: string,
): Promise<SaveIndicatorResult | undefined> {
  const parsed = makeOwnIndicatorSchema(locale).safeParse(indicatorFormInput(form));
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const db = await getDb();
  const fields = toFields(parsed.data);
  if (fields.code && (await ownCodeTaken(db, orgId, fields.code, id)))
    return { ok: false, errors: { code: t.indicators.definition.codeTaken } };
  if (!id) return { ok: true, id: await insertOwnIndicator(db, orgId, userId, fields) };
  return (await updateOwnIndicator(db, orgId, id, fields)) ? { ok: true, id } : undefined;
}

/**
 * GSE edits a catalogue row: the same fields as an own indicator except the code, which never
 * changes (§9 "IDs are stable"). The proxy idea text is kept.
 */
export async function saveCatalogueIndicator(
  id: string,
  userId: string,
  form: FormData,
  locale: Locale,
): Promise<SaveIndicatorResult | undefined> {
  const db = await getDb();
  const current = await findIndicator(db, null, id);
  if (!current?.isCatalogue) return undefined;
  const input = indicatorFormInput(form);
  delete input.code;
  const parsed = makeOwnIndicatorSchema(locale).safeParse(input);
  if (!parsed.success) return { ok: false, errors: fieldErrorsOf(parsed.error) };
  const fields = { ...toFields(parsed.data), code: current.code, proxyIdea: current.proxyIdea };
  return (await updateCatalogueIndicator(db, id, userId, fields)) ? { ok: true, id } : undefined;
}

/** Deletes an own indicator unless an accounting uses it. */
export async function removeOwnIndicator(
  orgId: string,
  id: string,
): Promise<{ ok: true } | { ok: false; inUse: number }> {
  const db = await getDb();
  const inUse = await countIndicatorUse(db, orgId, id);
  if (inUse > 0) return { ok: false, inUse };
  return (await deleteOwnIndicator(db, orgId, id)) ? { ok: true } : { ok: false, inUse: 0 };
}

/** One indicator the organisation may see (catalogue or own), with how many of its accountings use it. */
export async function getIndicatorForOrg(
  orgId: string | null,
  id: string,
): Promise<{ indicator: IndicatorRow; useCount: number } | undefined> {
  const db = await getDb();
  const indicator = await findIndicator(db, orgId, id);
  if (!indicator) return undefined;
  return { indicator, useCount: orgId ? await countIndicatorUse(db, orgId, id) : 0 };
}
