import { inflateRawSync } from "node:zlib";

/**
 * Bounds on a ZIP archive (an XLSX workbook is one) checked before a library unpacks it in memory: the
 * number of entries, and the size of every entry after decompression — read from the central directory
 * and then proven by inflating each entry with a hard output limit, since a hostile archive can declare
 * small sizes and still expand without end ("zip bomb").
 */
export const ZIP_LIMITS = {
  /** Entries in the archive (a workbook has a few dozen). */
  maxEntries: 2_000,
  /** All entries together after decompression. */
  maxTotalBytes: 64 * 1024 * 1024,
} as const;

export type ZipCheck = { ok: true } | { ok: false; reason: "not-a-zip" | "too-large" };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

export function checkZipBounds(
  data: Uint8Array,
  limits: { maxEntries: number; maxTotalBytes: number } = ZIP_LIMITS,
): ZipCheck {
  const buf = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  // The end-of-central-directory record: 22 bytes plus a comment of up to 65 535 bytes, at the end.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return { ok: false, reason: "not-a-zip" };
  const entries = buf.readUInt16LE(eocd + 10);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  // ZIP64 (sizes or counts of 0xFFFF/0xFFFFFFFF) is never needed for a workbook we accept.
  if (entries === 0xffff || cdOffset === 0xffffffff) return { ok: false, reason: "too-large" };
  if (entries > limits.maxEntries) return { ok: false, reason: "too-large" };

  let total = 0;
  let p = cdOffset;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return { ok: false, reason: "not-a-zip" };
    const method = buf.readUInt16LE(p + 10);
    const compressed = buf.readUInt32LE(p + 20);
    const declared = buf.readUInt32LE(p + 24);
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (compressed === 0xffffffff || declared === 0xffffffff) return { ok: false, reason: "too-large" };
    total += declared;
    if (total > limits.maxTotalBytes) return { ok: false, reason: "too-large" };

    if (localOffset + 30 > buf.length || buf.readUInt32LE(localOffset) !== LOCAL)
      return { ok: false, reason: "not-a-zip" };
    const start = localOffset + 30 + buf.readUInt16LE(localOffset + 26) + buf.readUInt16LE(localOffset + 28);
    if (start + compressed > buf.length) return { ok: false, reason: "not-a-zip" };
    if (method === 8) {
      try {
        // One byte more than declared is allowed to find out that the entry is larger than it says.
        const out = inflateRawSync(buf.subarray(start, start + compressed), { maxOutputLength: declared + 1 });
        if (out.length > declared) return { ok: false, reason: "too-large" };
      } catch (error) {
        if (error instanceof RangeError || (error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE")
          return { ok: false, reason: "too-large" };
        return { ok: false, reason: "not-a-zip" };
      }
    } else if (method === 0) {
      if (compressed !== declared) return { ok: false, reason: "not-a-zip" };
    } else {
      return { ok: false, reason: "not-a-zip" };
    }
    p += 46 + nameLength + extraLength + commentLength;
  }
  return { ok: true };
}
