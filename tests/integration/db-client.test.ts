import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { openTestDb } from "../support/test-db";

let db: Db;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ db, cleanup } = await openTestDb());
  await db.exec("CREATE TABLE t (id serial PRIMARY KEY, n numeric, d date, j jsonb, b bytea, big bigint)");
});
afterAll(() => cleanup());

describe(`the query interface (${process.env.DATABASE_URL ? "postgres" : "pglite"})`, () => {
  it("normalises types the same way on both backends", async () => {
    const bytes = new Uint8Array([1, 2, 250]);
    await db.query("INSERT INTO t (n, d, j, b, big) VALUES ($1, $2, $3, $4, $5)", [
      "12.50",
      "2026-11-22",
      { a: [1, "två"], nested: { x: true } },
      bytes,
      9007199254740,
    ]);
    const row = await db.one<{ n: number; d: string; j: unknown; b: Uint8Array; big: number; c: number }>(
      "SELECT n, d, j, b, big, (SELECT count(*) FROM t) AS c FROM t",
    );
    expect(row).toBeDefined();
    expect(row!.n).toBe(12.5);
    expect(row!.d).toBe("2026-11-22");
    expect(row!.j).toEqual({ a: [1, "två"], nested: { x: true } });
    expect(Array.from(row!.b)).toEqual([1, 2, 250]);
    expect(row!.big).toBe(9007199254740);
    expect(row!.c).toBe(1);
    const arr = await db.one<{ a: unknown }>("SELECT $1::jsonb AS a", [[1, 2]]);
    expect(arr!.a).toEqual([1, 2]);
  });

  it("rolls a failed transaction back and commits a good one", async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.query("INSERT INTO t (n) VALUES (1)");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect((await db.one<{ c: number }>("SELECT count(*) AS c FROM t WHERE n = 1"))!.c).toBe(0);
    await db.transaction(async (tx) => {
      await tx.query("INSERT INTO t (n) VALUES (2)");
    });
    expect((await db.one<{ c: number }>("SELECT count(*) AS c FROM t WHERE n = 2"))!.c).toBe(1);
  });
});

describe("array and jsonb parameters", () => {
  it("send JS arrays to array columns and jsonb arrays alike", async () => {
    await db.exec("CREATE TABLE u (ids uuid[] NOT NULL DEFAULT '{}', tags text[], j jsonb)");
    const id = "6f1c2a52-7d0e-4f0e-9d3f-3a5f4a1b2c3d";
    await db.query("INSERT INTO u (ids, tags, j) VALUES ($1, $2, $3)", [[id], ["a", "b"], [{ x: 1 }]]);
    const row = await db.one<{ ids: string[]; tags: string[]; j: unknown }>("SELECT ids, tags, j FROM u");
    expect(row).toEqual({ ids: [id], tags: ["a", "b"], j: [{ x: 1 }] });
  });
});
