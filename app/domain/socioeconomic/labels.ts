import type { Locale } from "~/i18n/types";

/**
 * The actors (aktörer / kostnadsbärare) of a socio-economic account (docs/domain/method-guide.md §1.3, §6), in
 * display order. `ovrig-stat` is the rest of the state, e.g. the justice system (rättsväsendet).
 */
export const ACTOR_KEYS = [
  "kommun",
  "region",
  "arbetsformedlingen",
  "forsakringskassan",
  "ovrig-stat",
  "individ",
] as const;
export type ActorKey = (typeof ACTOR_KEYS)[number];

/** The public sector: every actor except the individual/household. */
export const PUBLIC_ACTORS: readonly ActorKey[] = [
  "kommun",
  "region",
  "arbetsformedlingen",
  "forsakringskassan",
  "ovrig-stat",
];
/** "Staten": the state agencies, shown as a subtotal. */
export const STATE_ACTORS: readonly ActorKey[] = ["arbetsformedlingen", "forsakringskassan", "ovrig-stat"];

/** Real = use or production of resources; transfer = money moved between actors (§1.3, §6.1). */
export const EFFECT_TYPES = ["real", "transfer"] as const;
export type EffectType = (typeof EFFECT_TYPES)[number];

export const ACTOR_LABELS: Record<ActorKey, Record<Locale, string>> = {
  kommun: { sv: "Kommun", en: "Municipality" },
  region: { sv: "Region", en: "Region" },
  arbetsformedlingen: { sv: "Arbetsförmedlingen", en: "Swedish Public Employment Service" },
  forsakringskassan: { sv: "Försäkringskassan", en: "Swedish Social Insurance Agency" },
  "ovrig-stat": {
    sv: "Övrig stat (till exempel rättsväsendet)",
    en: "Other state bodies (for example the justice system)",
  },
  individ: { sv: "Individ/hushåll", en: "Individual/household" },
};

/** Names of the subtotals and totals of the account. */
export const AGGREGATE_LABELS: Record<"publicSector" | "state" | "society", Record<Locale, string>> = {
  publicSector: { sv: "Offentlig sektor", en: "Public sector" },
  state: { sv: "Staten", en: "The state" },
  society: { sv: "Samhället (reala effekter)", en: "Society (real effects)" },
};

export const EFFECT_TYPE_LABELS: Record<EffectType, Record<Locale, string>> = {
  real: { sv: "Real effekt", en: "Real effect" },
  transfer: { sv: "Transferering (finansiell effekt)", en: "Transfer (financial effect)" },
};

/** The name of an actor in the reader's language, e.g. "Arbetsförmedlingen". */
export function actorLabel(actor: ActorKey, locale: Locale): string {
  return ACTOR_LABELS[actor][locale];
}
