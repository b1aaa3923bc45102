/**
 * Reading numbers the way Swedish spreadsheets and forms write them (docs/domain/method-guide.md §10.2:
 * indicator values arrive from forms and spreadsheet imports).
 *
 * Accepted, in order of how common they are here:
 * - decimal comma: `12,5`, `,5`, `-3,5`
 * - thousands grouped with a space, a no-break space (U+00A0), a narrow no-break space (U+202F) or
 *   a thin space (U+2009), always in groups of three digits: `12 345,5`, `1 234`
 * - a plain decimal point, as English-locale exports write it: `12345.5`
 * - a minus sign as hyphen-minus, Unicode minus (U+2212) or en dash (U+2013), or a leading `+`
 * - an exponent as Excel writes very large or small numbers: `1E+15`, `1,5E-3`
 * - a trailing `%` (the number is read as written: `3,5 %` → 3.5, a value in per cent), `kr`,
 *   `SEK` or `:-` (a money suffix that carries no meaning for the number)
 * - unambiguous mixed grouping: `1.234.567`, `1.234,5` (dots group thousands because a comma or a
 *   second dot shows it) and `1,234.5`, `1,234,567` (commas group thousands because a dot or a
 *   second comma shows it)
 *
 * The ambiguity rule for a single dot followed by exactly three digits (`1.234`, `12.500`): it is
 * read as a **decimal point** (1.234, 12.5). Swedish writing groups thousands with spaces, never a
 * lone dot, while software in English locales writes decimals with a dot, and the same rule must
 * hold for `12345.5` and `1.234`. Because a person who meant "one thousand two hundred…" would get
 * a value a thousand times too small, `readSwedishNumber` flags the case with `ambiguous: true` so
 * imports and forms can ask the user to check it. A single comma is always a decimal comma
 * (`1,234` → 1.234), as in Swedish.
 *
 * Anything else is unreadable and gives `null`: `abc`, `1,2,3`, `1 23` (a group that is not three
 * digits), an empty string, `12,5,` or two numbers in one cell.
 */

/** The parts of a number as read from text. */
export interface ReadNumber {
  value: number;
  /** The text ended in `%`. */
  percent: boolean;
  /** A lone dot followed by exactly three digits (`1.234`): read as a decimal, but worth a check. */
  ambiguous: boolean;
}

const SPACE = "[ \\u00a0\\u202f\\u2009]";
const SPACE_GROUPED = new RegExp(`^\\d{1,3}(?:${SPACE}\\d{3})+(?:,\\d+)?$`);
const SPACES = new RegExp(SPACE, "g");
const COMMA_DECIMAL = /^(?:\d+(?:,\d+)?|,\d+)$/;
const DOT_DECIMAL = /^(?:\d+\.\d+|\.\d+)$/;
const AMBIGUOUS_DOT = /^\d{1,3}\.\d{3}$/;
const DOT_THOUSANDS_COMMA_DECIMAL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const DOT_THOUSANDS_ONLY = /^\d{1,3}(?:\.\d{3}){2,}$/;
const COMMA_THOUSANDS_DOT_DECIMAL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const COMMA_THOUSANDS_ONLY = /^\d{1,3}(?:,\d{3}){2,}$/;
const EXPONENT = /^(\d+(?:[.,]\d+)?)[eE]([+-]?\d{1,3})$/;
const MINUS = /^[-\u2212\u2013]/;
const SUFFIX = /(?:%|kr\.?|sek|:-)$/i;

/**
 * Reads a number written the Swedish way (see the module comment for the accepted forms and the
 * `1.234` rule). Returns `null` when the text is not one readable number.
 */
export function readSwedishNumber(text: string | number | null | undefined): ReadNumber | null {
  if (typeof text === "number") {
    return Number.isFinite(text) ? { value: text, percent: false, ambiguous: false } : null;
  }
  if (text == null) return null;
  let s = text.trim();
  if (s === "") return null;

  let percent = false;
  const suffix = SUFFIX.exec(s);
  if (suffix) {
    percent = suffix[0] === "%";
    s = s.slice(0, suffix.index).trimEnd();
  }

  let sign = 1;
  if (MINUS.test(s)) {
    sign = -1;
    s = s.slice(1).trimStart();
  } else if (s.startsWith("+")) {
    s = s.slice(1).trimStart();
  }
  if (s === "") return null;

  const value = readUnsigned(s);
  if (value === null) return null;
  return { value: sign * value + 0, percent, ambiguous: AMBIGUOUS_DOT.test(s) };
}

function readUnsigned(s: string): number | null {
  if (COMMA_DECIMAL.test(s)) return Number(s.replace(",", "."));
  if (SPACE_GROUPED.test(s)) return Number(s.replace(SPACES, "").replace(",", "."));
  if (DOT_DECIMAL.test(s)) return Number(s);
  if (DOT_THOUSANDS_COMMA_DECIMAL.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  if (DOT_THOUSANDS_ONLY.test(s)) return Number(s.replace(/\./g, ""));
  if (COMMA_THOUSANDS_DOT_DECIMAL.test(s) || COMMA_THOUSANDS_ONLY.test(s)) return Number(s.replace(/,/g, ""));
  const exp = EXPONENT.exec(s);
  if (exp) {
    const n = Number(`${exp[1].replace(",", ".")}e${exp[2]}`);
    return Number.isFinite(n) ? n : null;
  }
  return null;
}

/**
 * Parses a number as Swedish spreadsheets and forms write it: `12 345,5` → 12345.5,
 * `−3,5` → -3.5, `3,5 %` → 3.5, `12345.5` → 12345.5, `1.234` → 1.234 (a dot is a decimal point;
 * see the module comment). A number passes through unchanged. Returns `null` for unreadable text
 * (`abc`, `1,2,3`, ``).
 */
export function parseSwedishNumber(text: string | number | null | undefined): number | null {
  return readSwedishNumber(text)?.value ?? null;
}

/**
 * Writes a number for a machine-readable Swedish file (CSV for Excel with Swedish settings): decimal
 * comma, no thousands separators, full precision, no rounding: 12345.5 → `12345,5`.
 * Not for display: use `formatNumber` in `~/utils/format` there.
 */
export function toSwedishDecimalString(value: number): string {
  if (!Number.isFinite(value)) return "";
  return String(value + 0).replace(".", ",");
}
