/**
 * The method catalogue (docs/domain/method-guide.md §2): the eight methods in the guide's order, and the light
 * path (snabbspåret) as a separate definition of the same shape.
 */
import { ECG } from "./methods/ecg";
import { GRI } from "./methods/gri";
import { ISO26000 } from "./methods/iso26000";
import { LFA } from "./methods/lfa";
import { NYTTOSAM } from "./methods/nyttosam";
import { SNABBSPAR } from "./methods/snabbspar";
import { SOCIAL_ACCOUNTING } from "./methods/social-accounting";
import { SROI } from "./methods/sroi";
import { VISOREK } from "./methods/visorek";
import { METHOD_KEYS, PATH_KEYS, type MethodDefinition, type MethodKey, type MethodStep, type PathKey } from "./types";

export { ECG, GRI, ISO26000, LFA, NYTTOSAM, SNABBSPAR, SOCIAL_ACCOUNTING, SROI, VISOREK };

/** The eight methods of the GSE guide, in the guide's order (§2.1–2.8). */
export const METHODS: readonly MethodDefinition[] = [
  VISOREK,
  ECG,
  SOCIAL_ACCOUNTING,
  SROI,
  LFA,
  NYTTOSAM,
  GRI,
  ISO26000,
];

/** Every path an accounting can follow: the eight methods, then the light path. */
export const ALL_PATHS: readonly MethodDefinition[] = [...METHODS, SNABBSPAR];

const BY_KEY = new Map<string, MethodDefinition>(ALL_PATHS.map((m) => [m.key, m]));

export function isMethodKey(value: unknown): value is MethodKey {
  return typeof value === "string" && (METHOD_KEYS as readonly string[]).includes(value);
}

export function isPathKey(value: unknown): value is PathKey {
  return typeof value === "string" && (PATH_KEYS as readonly string[]).includes(value);
}

/** The method or light path with this key, or undefined. */
export function findMethod(key: string): MethodDefinition | undefined {
  return BY_KEY.get(key);
}

/** The method or light path with this key; throws for an unknown key (a programming error). */
export function getMethod(key: PathKey): MethodDefinition {
  const method = BY_KEY.get(key);
  if (!method) throw new Error(`Unknown method key: ${key}`);
  return method;
}

/** A step of a method by its key, or undefined. */
export function findStep(method: MethodDefinition, stepKey: string): MethodStep | undefined {
  return method.steps.find((s) => s.key === stepKey);
}
