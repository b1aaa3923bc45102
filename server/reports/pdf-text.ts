/**
 * Text for the PDF's standard fonts (Helvetica with WinAnsiEncoding). Everything written to the PDF
 * goes through `pdfSafeText`, so characters the encoding lacks never reach the file as garbage:
 * typographic signs get a plain equivalent (U+2212 minus → "-", U+202F → no-break space, "≥" → ">="),
 * accented letters outside Latin-1 lose their accent, and anything else becomes "?".
 * Å Ä Ö å ä ö é – — “ ” ‘ ’ • … € and the no-break space are in WinAnsi and pass unchanged.
 */

/** The 27 printable characters WinAnsi has in 0x80–0x9F, in addition to Latin-1. */
const WIN_ANSI_HIGH = "€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ";

const REPLACEMENTS: Record<string, string> = {
  "\u2212": "-", // minus sign
  "\u2010": "-", // hyphen
  "\u2011": "-", // non-breaking hyphen
  "\u2012": "–", // figure dash
  "\u2015": "—", // horizontal bar
  "\u202f": "\u00a0", // narrow no-break space (Intl sv-SE)
  "\u2007": "\u00a0", // figure space
  "\u2009": " ", // thin space
  "\u200a": " ", // hair space
  "\u2002": " ",
  "\u2003": " ",
  "\u200b": "", // zero-width space
  "\u200d": "",
  "\ufeff": "",
  "\u00ad": "", // soft hyphen
  "\t": " ",
  "≈": "~",
  "≥": ">=",
  "≤": "<=",
  "≠": "!=",
  "→": "->",
  "←": "<-",
  "⇒": "=>",
  "\u2032": "'",
  "\u2033": '"',
  "\u201b": "'",
  "\u201f": '"',
  "\u2039": "‹",
  "\u2026": "…",
  "\u2713": "x", // check mark
  "\u2714": "x",
  "\u2022": "•",
  "\u25cf": "•",
  "\u00b7": "·",
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || WIN_ANSI_HIGH.includes(ch);
}

/** Maps text to characters Helvetica/WinAnsi can show; keeps line breaks ("\n"). */
export function pdfSafeText(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC").replace(/\r\n?/g, "\n")) {
    if (ch === "\n" || isWinAnsi(ch)) {
      out += ch;
      continue;
    }
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
      continue;
    }
    const stripped = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out += stripped && [...stripped].every(isWinAnsi) ? stripped : "?";
  }
  return out;
}
