import { inflateSync } from "node:zlib";

/**
 * Minimal text extraction from the PDFs jsPDF writes, for golden tests (no pdf.js or poppler
 * needed): reads the page tree in order, inflates FlateDecode content streams, collects the strings
 * of `Tj`/`TJ` operators, undoes PDF string escapes and maps WinAnsiEncoding bytes back to Unicode.
 * One string per line, in drawing order; pages as separate arrays.
 */

const WIN_ANSI_80_9F: Record<number, string> = {
  0x80: "€",
  0x82: "‚",
  0x83: "ƒ",
  0x84: "„",
  0x85: "…",
  0x86: "†",
  0x87: "‡",
  0x88: "ˆ",
  0x89: "‰",
  0x8a: "Š",
  0x8b: "‹",
  0x8c: "Œ",
  0x8e: "Ž",
  0x91: "‘",
  0x92: "’",
  0x93: "“",
  0x94: "”",
  0x95: "•",
  0x96: "–",
  0x97: "—",
  0x98: "˜",
  0x99: "™",
  0x9a: "š",
  0x9b: "›",
  0x9c: "œ",
  0x9e: "ž",
  0x9f: "Ÿ",
};

interface PdfObject {
  dict: string;
  stream?: Uint8Array;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
}

/** Parses "n 0 obj … endobj" objects; streams are cut by their /Length so binary data is safe. */
export function parseObjects(bytes: Uint8Array): Map<number, PdfObject> {
  const text = latin1(bytes);
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj/g;
  let match: RegExpExecArray | null;
  while ((match = header.exec(text))) {
    const start = match.index + match[0].length;
    const streamAt = text.indexOf("stream", start);
    const endAt = text.indexOf("endobj", start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = text.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? NaN);
      let dataStart = streamAt + "stream".length;
      if (text[dataStart] === "\r") dataStart++;
      if (text[dataStart] === "\n") dataStart++;
      const stream = bytes.slice(dataStart, dataStart + length);
      objects.set(Number(match[1]), { dict, stream });
      header.lastIndex = text.indexOf("endobj", dataStart + length) + "endobj".length;
    } else {
      objects.set(Number(match[1]), { dict: text.slice(start, endAt) });
      header.lastIndex = endAt + "endobj".length;
    }
  }
  return objects;
}

function decodeString(raw: string): string {
  let bytes = "";
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== "\\") {
      bytes += ch;
      continue;
    }
    const next = raw[++i];
    const simple: Record<string, string> = {
      n: "\n",
      r: "\r",
      t: "\t",
      b: "\b",
      f: "\f",
      "(": "(",
      ")": ")",
      "\\": "\\",
    };
    if (next in simple) bytes += simple[next];
    else if (/[0-7]/.test(next)) {
      let oct = next;
      while (oct.length < 3 && /[0-7]/.test(raw[i + 1] ?? "")) oct += raw[++i];
      bytes += String.fromCharCode(parseInt(oct, 8));
    } else if (next === "\n" || next === "\r") {
      // line continuation
    } else bytes += next;
  }
  return [...bytes].map((c) => WIN_ANSI_80_9F[c.charCodeAt(0)] ?? c).join("");
}

/** The text strings of one content stream, in drawing order. */
export function contentStrings(content: string): string[] {
  const out: string[] = [];
  const literal = String.raw`\((?:\\[\s\S]|[^\\)])*\)`;
  const re = new RegExp(String.raw`(${literal})\s*Tj|\[((?:${literal}|[^\]])*)\]\s*TJ`, "g");
  let m: RegExpExecArray | null;
  while ((m = re.exec(content))) {
    if (m[1]) out.push(decodeString(m[1].slice(1, -1)));
    else out.push((m[2].match(new RegExp(literal, "g")) ?? []).map((s) => decodeString(s.slice(1, -1))).join(""));
  }
  return out;
}

/** Text of every page, in page order. */
export function extractPdfPages(bytes: Uint8Array): string[][] {
  const objects = parseObjects(bytes);
  const pagesRoot = [...objects.values()].find((o) => /\/Type \/Pages\b/.test(o.dict));
  if (!pagesRoot) throw new Error("no page tree");
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(pagesRoot.dict)![1].matchAll(/(\d+) 0 R/g)].map((k) => Number(k[1]));
  return kids.map((id) => {
    const page = objects.get(id)!;
    const refs = /\/Contents\s+(?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page.dict);
    const ids = refs?.[1]
      ? [...refs[1].matchAll(/(\d+) 0 R/g)].map((r) => Number(r[1]))
      : refs?.[2]
        ? [Number(refs[2])]
        : [];
    return ids.flatMap((cid) => {
      const obj = objects.get(cid)!;
      const data = /\/FlateDecode/.test(obj.dict) ? inflateSync(obj.stream!) : obj.stream!;
      return contentStrings(latin1(new Uint8Array(data)));
    });
  });
}

/**
 * Readable golden text: a header per page, one string per line, no-break spaces as spaces, and the
 * contents page's dot leaders left out.
 */
export function pdfGoldenText(bytes: Uint8Array): string {
  return extractPdfPages(bytes)
    .map((lines, i) =>
      [`=== page ${i + 1} ===`, ...lines.filter((l) => !/^\.{3,}$/.test(l)).map((l) => l.replace(/\u00a0/g, " "))].join(
        "\n",
      ),
    )
    .join("\n")
    .concat("\n");
}
