import { getDb } from "~db/index.server";
import { listCatalogueProxies } from "~db/queries/indicators.server";
import { findSroiMap, saveSroiMap } from "~db/queries/value.server";
import type { Messages } from "~/i18n";
import { localized } from "~/i18n/localized";
import type { Locale } from "~/i18n/types";
import { flattenValues } from "~/domain/value/form-data";
import type { ConflictData } from "~/utils/action-data";
import { formatDateTime } from "~/utils/format";
import { differencesOf } from "../mutation.server";
import { sroiFieldLabel } from "./conflict-labels.server";
import {
  emptySroiForm,
  fillSroiHelpers,
  normaliseSroiForm,
  storedToSroiForm,
  validateSroiForm,
  type CatalogueProxy,
  type SroiFormTexts,
  type SroiFormValues,
  type SroiKind,
  type StoredSroiMap,
} from "~/domain/value/sroi-model";

/**
 * Loading and saving the impact map (värdekarta) of an accounting. The form is validated with the
 * same code the browser uses for its live preview (`validateSroiForm`, i.e. `parseSroiInput`).
 */

/**
 * The proxies of the indicator catalogue (GEN-03, INT-03, ASF-05 as seeded), for the proxy picker:
 * the rows as the network role has edited them in the database.
 */
export async function catalogueProxies(locale: Locale): Promise<CatalogueProxy[]> {
  return (await listCatalogueProxies(await getDb())).map((row) => ({
    code: row.code,
    name: localized(row.name, locale),
    valueSek: row.proxy.valueSek,
    source: row.proxy.source,
    year: row.proxy.priceYear,
    description: localized(row.proxy.description, locale),
  }));
}

export function sroiTexts(t: Messages): SroiFormTexts {
  return {
    percentMissing: t.value.common.percentMissing,
    percentNotNumber: t.value.common.percentNotNumber,
    percentRange: t.value.common.percentRange,
    hoursNotNumber: t.value.common.hoursNotNumber,
  };
}

export interface ImpactMapState {
  values: SroiFormValues;
  /** 0 when nothing is saved yet. */
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

function stateOf(row: Awaited<ReturnType<typeof findSroiMap<StoredSroiMap>>>, locale: Locale): ImpactMapState {
  if (!row) return { values: emptySroiForm(locale), version: 0, updatedAt: null, updatedByName: null };
  return {
    values: storedToSroiForm(row.input, row.discountRate, row.kind, locale),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

/** The saved impact map as form values (an empty form when none is saved). */
export async function loadImpactMap({
  orgId,
  accountingId,
  locale,
}: {
  orgId: string;
  accountingId: string;
  locale: Locale;
}): Promise<ImpactMapState> {
  return stateOf(await findSroiMap<StoredSroiMap>(await getDb(), orgId, accountingId), locale);
}

export type SaveImpactMapResult =
  | { ok: true; version: number }
  | { ok: false; status: 400; errors: Record<string, string>; values: SroiFormValues }
  | { ok: false; status: 409; values: SroiFormValues; conflict: ConflictData };

/**
 * The conflict of a stale save of one of the value forms: who saved the other version and when,
 * the labelled differences, and "keep mine" (the user's values posted again on the saved version).
 */
export function valueConflict(
  yours: unknown,
  current: { values: unknown; version: number; updatedAt: string | null; updatedByName: string | null },
  message: string,
  label: (path: string) => string,
): ConflictData {
  return {
    message,
    by: current.updatedByName,
    at: current.updatedAt,
    version: current.version,
    differences: differencesOf(yours, current.values, label),
    keepMine: { intent: "save", fields: Object.entries(flattenValues(yours)) },
  };
}

/**
 * Validates and saves the posted impact map. `baseVersion` is the version the user started from;
 * a newer saved version gives a 409 with both versions, and the user's input is kept.
 */
export async function saveImpactMap(args: {
  orgId: string;
  accountingId: string;
  userId: string;
  raw: unknown;
  baseVersion: number;
  locale: Locale;
  t: Messages;
}): Promise<SaveImpactMapResult> {
  const { orgId, accountingId, userId, locale, t } = args;
  const values = fillSroiHelpers(normaliseSroiForm(args.raw), await catalogueProxies(locale), locale);
  const checked = validateSroiForm(values, locale, sroiTexts(t));
  if (!checked.ok) return { ok: false, status: 400, errors: checked.errors, values };
  const saved = await saveSroiMap<StoredSroiMap>(await getDb(), {
    orgId,
    accountingId,
    input: checked.stored,
    discountRate: checked.input.discountRate,
    kind: checked.kind satisfies SroiKind,
    baseVersion: args.baseVersion,
    userId,
  });
  if (saved.ok) return { ok: true, version: saved.version };
  const current = stateOf(saved.current, locale);
  return {
    ok: false,
    status: 409,
    values,
    conflict: valueConflict(values, current, conflictMessage(current, locale, t), sroiFieldLabel(t, locale)),
  };
}

/** "N N saved a new version at … Your changes are not saved." */
export function conflictMessage(
  current: { updatedAt: string | null; updatedByName: string | null },
  locale: Locale,
  t: Messages,
): string {
  const who = current.updatedByName ?? t.value.common.someoneElse;
  const when = current.updatedAt ? formatDateTime(current.updatedAt, locale) : "";
  return t.value.common.conflict(who, when);
}
