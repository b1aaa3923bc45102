import type { IndicatorUnit } from "./units";

/**
 * Shared types for indicators (docs/domain/method-guide.md §1.1, §1.3, §9). Pure data shapes: no I/O.
 */

/** A text in both UI languages; Swedish is the source of truth. */
export interface LocalizedText {
  sv: string;
  en: string;
}

/**
 * The effect-chain level an indicator measures (§1.1). "activity" is a chain level but not an
 * indicator level: activities are described, their products are counted as outputs.
 */
export const INDICATOR_LEVELS = ["input", "output", "outcome", "impact"] as const;
export type IndicatorLevel = (typeof INDICATOR_LEVELS)[number];

/** Whether a higher or a lower value is better (§1.3 "Indicator"). */
export const INDICATOR_DIRECTIONS = ["increase", "decrease"] as const;
export type IndicatorDirection = (typeof INDICATOR_DIRECTIONS)[number];

/**
 * Sector tags of the catalogue (§9). The ID prefix maps to a tag: GEN → general, IDR → idrott,
 * INT → integration, ASF → arbetsintegrering, FR → funktionsratt, NYK → nykterhet,
 * STU → studieforbund, LAN → landsbygd.
 */
export const INDICATOR_SECTORS = [
  "general",
  "idrott",
  "integration",
  "arbetsintegrering",
  "funktionsratt",
  "nykterhet",
  "studieforbund",
  "landsbygd",
] as const;
export type IndicatorSector = (typeof INDICATOR_SECTORS)[number];

/** A financial proxy (§1.3): always stored with its source and year (§11 "Versioning"). */
export interface IndicatorProxy {
  /** Value in SEK per unit of the indicator (per hour, per household and year, …). */
  valueSek: number;
  description: LocalizedText;
  /** Who published the figure, and where. */
  source: string;
  /** Year the source was published. */
  sourceYear: number;
  /** Year whose price level the value is expressed in. */
  priceYear: number;
}

/** What every indicator definition has, whether from the catalogue or the association's own. */
export interface IndicatorDefinition {
  code: string;
  name: LocalizedText;
  definition: LocalizedText;
  unit: IndicatorUnit;
  level: IndicatorLevel;
  direction: IndicatorDirection;
  sectors: IndicatorSector[];
  dataSource: LocalizedText;
  proxy?: IndicatorProxy;
  /** An idea for valuing the outcome where no published SEK figure exists (§9 proxy column). */
  proxyIdea?: LocalizedText;
}

/** Catalogue ID prefix → sector tag (§9): `IDR-02` belongs to "idrott". */
export const CATALOGUE_PREFIX_SECTOR: Record<string, IndicatorSector> = {
  GEN: "general",
  IDR: "idrott",
  INT: "integration",
  ASF: "arbetsintegrering",
  FR: "funktionsratt",
  NYK: "nykterhet",
  STU: "studieforbund",
  LAN: "landsbygd",
};

/** The sector of a catalogue code from its prefix, or null for a code outside the catalogue scheme. */
export function sectorForCatalogueCode(code: string): IndicatorSector | null {
  const prefix = /^([A-Z]+)-\d+$/.exec(code.trim().toUpperCase())?.[1];
  return (prefix && CATALOGUE_PREFIX_SECTOR[prefix]) || null;
}
