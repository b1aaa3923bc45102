import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { buildTemplateXlsx, readValuesXlsx } from "~server/indicators/spreadsheet.server";
import { checkZipBounds } from "~server/indicators/zip-bounds.server";

/** A minimal ZIP writer: one deflated entry per item, sizes as given (a hostile archive may lie). */
function zip(entries: { name: string; data: Buffer; declared?: number }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const compressed = deflateRawSync(e.data);
    const name = Buffer.from(e.name);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, eocd]));
}

describe("XLSX decompression is bounded before exceljs unpacks it", () => {
  it("a real workbook passes", async () => {
    const xlsx = await buildTemplateXlsx({ indicators: [{ code: "GEN-01", name: "Deltagare" }], periods: [] });
    expect(checkZipBounds(new Uint8Array(xlsx))).toEqual({ ok: true });
  });

  it("an archive that declares 200 MB is refused without inflating", () => {
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(1024), declared: 200 * 1024 * 1024 }]);
    expect(checkZipBounds(bomb)).toEqual({ ok: false, reason: "too-large" });
  });

  it("an archive that lies (declares 1 kB, expands to 100 MB) is refused after 1 kB of output", () => {
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(100 * 1024 * 1024), declared: 1024 }]);
    expect(bomb.length).toBeLessThan(200 * 1024);
    const start = Date.now();
    expect(checkZipBounds(bomb)).toEqual({ ok: false, reason: "too-large" });
    expect(Date.now() - start).toBeLessThan(1000);
  });

  it("too many entries, or garbage, are refused", () => {
    const many = zip(Array.from({ length: 2001 }, (_, i) => ({ name: `f${i}`, data: Buffer.from("x") })));
    expect(checkZipBounds(many)).toEqual({ ok: false, reason: "too-large" });
    expect(checkZipBounds(new Uint8Array([0x50, 0x4b, 3, 4, 1, 2, 3]))).toEqual({ ok: false, reason: "not-a-zip" });
  });

  it("the import answers with a problem, not an exhausted process", async () => {
    const bomb = zip([{ name: "xl/worksheets/sheet1.xml", data: Buffer.alloc(100 * 1024 * 1024), declared: 1024 }]);
    const result = await readValuesXlsx(bomb);
    expect(result.rows).toEqual([]);
    expect(result.problems[0]).toMatchObject({ en: expect.stringContaining("too large once unpacked") });
  });
});
