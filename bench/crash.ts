import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPostgres } from "~db/client.server";
import { crashRounds, type CrashResult } from "../tests/support/crash";

/**
 * The full crash-safety run for `npm run bench`: many SIGKILL rounds during streams of acknowledged writes,
 * on the embedded database and (when DATABASE_URL is set) on a scratch PostgreSQL database. Returns one
 * line of figures per backend; throws when an acknowledged write is missing.
 */
export async function benchCrash(options: { rounds?: number; log?: (line: string) => void } = {}): Promise<string[]> {
  const rounds = options.rounds ?? 20;
  const log = options.log ?? (() => {});
  const lines: string[] = [];
  const figures = (backend: string, r: CrashResult) =>
    `crash ${backend}: ${r.rounds} kills, ${r.acknowledged} writes acknowledged, ${r.found} found after the kills, ${r.lost.length} lost (${r.unacknowledged} in flight, unacknowledged)`;

  const work = mkdtempSync(path.join(tmpdir(), "synlig-bench-crash-"));
  try {
    const pglite = await crashRounds({ env: { DATABASE_URL: "", DATA_DIR: path.join(work, "data") }, rounds, log });
    lines.push(figures("PGlite", pglite));
    if (pglite.lost.length) throw new Error(`${lines.at(-1)}: ${pglite.lost.slice(0, 5).join(", ")}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }

  const url = process.env.DATABASE_URL;
  if (url) {
    const name = `synlig_bc_${randomBytes(6).toString("hex")}`;
    const admin = await openPostgres(url, { max: 1 });
    await admin.exec(`CREATE DATABASE ${name}`);
    try {
      const u = new URL(url);
      u.pathname = `/${name}`;
      const pg = await crashRounds({ env: { DATABASE_URL: u.toString() }, rounds, log });
      lines.push(figures("PostgreSQL", pg));
      if (pg.lost.length) throw new Error(`${lines.at(-1)}: ${pg.lost.slice(0, 5).join(", ")}`);
    } finally {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    }
  }
  return lines;
}

// Run on its own: `npx tsx bench/crash.ts [rounds]`.
if (import.meta.url === `file://${process.argv[1]}`) {
  const lines = await benchCrash({ rounds: Number(process.argv[2] ?? 20), log: (l) => console.log(l) });
  for (const l of lines) console.log(l);
}
