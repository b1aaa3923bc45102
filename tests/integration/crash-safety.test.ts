import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgres } from "~db/client.server";
import { crashRounds } from "../support/crash";

/**
 * SIGKILL during a stream of acknowledged writes loses none of them, on the backend the tests run on
 * (the embedded database in a DATA_DIR, or PostgreSQL when DATABASE_URL is set). The full form, with many
 * more rounds, is `npm run bench` (bench/crash.ts).
 */
const url = process.env.DATABASE_URL;
const work = mkdtempSync(path.join(tmpdir(), "synlig-crash-"));
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await drop?.();
  rmSync(work, { recursive: true, force: true });
});

describe(`crash safety (${url ? "PostgreSQL" : "PGlite"})`, () => {
  it("every acknowledged write is there after kill -9 and a restart", { timeout: 600_000 }, async () => {
    let env: Record<string, string>;
    if (url) {
      const name = `synlig_c_${randomBytes(6).toString("hex")}`;
      const admin = await openPostgres(url, { max: 1 });
      await admin.exec(`CREATE DATABASE ${name}`);
      drop = async () => {
        await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await admin.close();
      };
      const u = new URL(url);
      u.pathname = `/${name}`;
      env = { DATABASE_URL: u.toString(), DATA_DIR: path.join(work, "unused") };
    } else {
      env = { DATABASE_URL: "", DATA_DIR: path.join(work, "data") };
    }
    const result = await crashRounds({ env, rounds: 3 });
    expect(result.acknowledged).toBeGreaterThan(0);
    expect(result.lost).toEqual([]);
    expect(result.found).toBe(result.acknowledged);
  });
});
