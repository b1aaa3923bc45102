import { formatNumber } from "~/utils/format";
import { messagesFor } from "~/i18n";

/**
 * Helpers shared by the value forms in the browser and on the server: Swedish number parsing and
 * turning flat form field names (`outcomes.0.quantity`) into nested objects and back. Pure.
 */

/** Largest list index a form may post; protects the server from `outcomes.99999999.x`. */
export const MAX_FORM_INDEX = 200;

/**
 * Reads a number the way people type it in Sweden: "12 345,50", "−5000", "3,5", "0.035". Spaces
 * (also no-break) are thousands separators; comma or dot is the decimal sign. Returns undefined for
 * an empty field and the trimmed text itself when it is not a number, so validation can say so.
 */
export function parseDecimal(raw: unknown): number | string | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : String(raw);
  if (typeof raw !== "string") return undefined;
  const text = raw.trim();
  if (text === "") return undefined;
  const normalised = text
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[\u2212\u2013]/, "-")
    .replace(/(kr|%)$/i, "")
    .replace(",", ".");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return text;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : text;
}

/**
 * A number for display in an input, without float noise. Swedish: decimal comma and a no-break
 * space between thousands ("1 500", "12 345,5"), which `parseDecimal` reads back. English: no
 * grouping, since a comma there would read as a decimal sign.
 */
export function numberToField(value: number | undefined | null, locale: "sv" | "en" = "sv"): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return "";
  const clean = Number(value.toPrecision(12));
  return messagesFor(locale).format.groupInInputs ? formatNumber(clean, locale, 10) : String(clean);
}

/** Whether a checkbox or text value means "yes". */
export function isChecked(raw: unknown): boolean {
  return raw === true || raw === "true" || raw === "on" || raw === "1" || raw === "yes";
}

const FORBIDDEN = new Set(["__proto__", "prototype", "constructor"]);

/**
 * Nests flat `a.0.b` entries into objects and arrays. Keys that could pollute prototypes and list
 * indexes above `MAX_FORM_INDEX` are dropped; holes in lists are removed.
 */
export function nestEntries(entries: Iterable<[string, unknown]>): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [name, value] of entries) {
    const parts = name.split(".");
    if (parts.some((p) => p === "" || FORBIDDEN.has(p))) continue;
    if (parts.some((p) => /^\d+$/.test(p) && Number(p) > MAX_FORM_INDEX)) continue;
    let node: Record<string, unknown> | unknown[] = root;
    let ok = true;
    for (let i = 0; i < parts.length - 1; i += 1) {
      const key = parts[i]!;
      const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
      const container = node as Record<string, unknown>;
      let child = container[key];
      if (child === undefined) {
        child = nextIsIndex ? [] : {};
        container[key] = child;
      }
      if (typeof child !== "object" || child === null || Array.isArray(child) !== nextIsIndex) {
        ok = false;
        break;
      }
      node = child as Record<string, unknown> | unknown[];
    }
    if (!ok) continue;
    const last = parts[parts.length - 1]!;
    const container = node as Record<string, unknown>;
    if (container[last] === undefined) container[last] = value;
  }
  return compact(root) as Record<string, unknown>;
}

function compact(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== undefined).map(compact);
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = compact(v);
    return out;
  }
  return value;
}

/** Flattens nested values into `a.0.b` → text, for comparing two versions of a form. */
export function flattenValues(value: unknown, prefix = ""): Record<string, string> {
  const out: Record<string, string> = {};
  if (Array.isArray(value)) {
    value.forEach((v, i) => Object.assign(out, flattenValues(v, prefix ? `${prefix}.${i}` : String(i))));
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) Object.assign(out, flattenValues(v, prefix ? `${prefix}.${k}` : k));
  } else if (prefix) {
    out[prefix] = value === undefined || value === null ? "" : String(value);
  }
  return out;
}
