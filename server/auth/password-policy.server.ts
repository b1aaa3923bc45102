import { dictionary } from "@zxcvbn-ts/language-common";

/**
 * Common passwords, shipped with the app (no outbound calls): the 49 000 most common passwords of
 * zxcvbn-ts's common dictionary plus Swedish favourites. A password is refused when it is on the list,
 * or is a listed password (of four or more characters) with digits or punctuation added before or after
 * ("password123456", "!sommar2024").
 */
const SWEDISH = [
  "lösenord",
  "losenord",
  "sommar",
  "vinter",
  "hösten",
  "våren",
  "sverige",
  "stockholm",
  "göteborg",
  "goteborg",
  "malmö",
  "föreningen",
  "forening",
  "kassör",
  "ordförande",
  "styrelsen",
  "synlig",
  "qwertyuiopå",
  "hejhej",
  "älskling",
  "kärlek",
  "fotboll",
  "hammarby",
  "djurgården",
  "blåvitt",
];

let common: Set<string> | undefined;
function commonSet(): Set<string> {
  common ??= new Set([...dictionary["passwords-common"], ...SWEDISH].map((p) => p.toLowerCase()));
  return common;
}

export function isCommonPassword(password: string): boolean {
  const p = password.normalize("NFKC").toLowerCase().trim();
  const set = commonSet();
  if (set.has(p) || set.has(p.replace(/\s+/g, ""))) return true;
  const core = p.replace(/^[\d\W_]+|[\d\W_]+$/gu, "");
  if (core.length >= 4 && set.has(core)) return true;
  // One word repeated ("sommarsommar") or a run of one character.
  if (/^(.)\1+$/u.test(p)) return true;
  const half = p.length / 2;
  return Number.isInteger(half) && p.slice(0, half) === p.slice(half) && set.has(p.slice(0, half));
}
