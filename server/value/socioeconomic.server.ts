import { getDb } from "~db/index.server";
import { findSocioeconomic, saveSocioeconomic } from "~db/queries/value.server";
import type { Messages } from "~/i18n";
import type { Locale } from "~/i18n/types";
import {
  emptySocioForm,
  normaliseSocioForm,
  storedToSocioForm,
  validateSocioForm,
  type SocioFormTexts,
  type SocioFormValues,
  type StoredSocioeconomic,
} from "~/domain/value/socioeconomic-model";
import type { ConflictData } from "~/utils/action-data";
import { socioFieldLabel } from "./conflict-labels.server";
import { conflictMessage, valueConflict } from "./impact-map.server";

/** Loading and saving the socio-economic account of an accounting (docs/domain/method-guide.md §6). */

export function socioTexts(t: Messages): SocioFormTexts {
  return {
    percentMissing: t.value.common.percentMissing,
    percentNotNumber: t.value.common.percentNotNumber,
    percentRange: t.value.common.percentRange,
    successRateName: t.value.socio.successRate,
  };
}

export interface SocioState {
  values: SocioFormValues;
  version: number;
  updatedAt: string | null;
  updatedByName: string | null;
}

function stateOf(row: Awaited<ReturnType<typeof findSocioeconomic<StoredSocioeconomic>>>, locale: Locale): SocioState {
  if (!row) return { values: emptySocioForm(), version: 0, updatedAt: null, updatedByName: null };
  return {
    values: storedToSocioForm(row.input, locale),
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedByName: row.updatedByName,
  };
}

export async function loadSocioeconomic({
  orgId,
  accountingId,
  locale,
}: {
  orgId: string;
  accountingId: string;
  locale: Locale;
}): Promise<SocioState> {
  return stateOf(await findSocioeconomic<StoredSocioeconomic>(await getDb(), orgId, accountingId), locale);
}

export type SaveSocioResult =
  | { ok: true; version: number }
  | { ok: false; status: 400; errors: Record<string, string>; values: SocioFormValues }
  | { ok: false; status: 409; values: SocioFormValues; conflict: ConflictData };

/** Validates and saves the posted account if it is still at `baseVersion`; 409 with both versions otherwise. */
export async function saveSocioeconomicAccount(args: {
  orgId: string;
  accountingId: string;
  userId: string;
  raw: unknown;
  baseVersion: number;
  locale: Locale;
  t: Messages;
}): Promise<SaveSocioResult> {
  const { orgId, accountingId, userId, locale, t } = args;
  const values = normaliseSocioForm(args.raw);
  const checked = validateSocioForm(values, locale, socioTexts(t));
  if (!checked.ok) return { ok: false, status: 400, errors: checked.errors, values };
  const saved = await saveSocioeconomic<StoredSocioeconomic>(await getDb(), {
    orgId,
    accountingId,
    input: checked.input,
    baseVersion: args.baseVersion,
    userId,
  });
  if (saved.ok) return { ok: true, version: saved.version };
  const current = stateOf(saved.current, locale);
  return {
    ok: false,
    status: 409,
    values,
    conflict: valueConflict(values, current, conflictMessage(current, locale, t), socioFieldLabel(t)),
  };
}
