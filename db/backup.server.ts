import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { lockDataDir } from "./data-dir-lock.server";

/**
 * Backups of both backends. The embedded database: PGlite's own dump of its data directory (a gzipped
 * tar), taken while this process holds the DATA_DIR lock — so the server must be stopped, and a running
 * one is named instead. PostgreSQL: `pg_dump --format=custom`, restored with `pg_restore --clean`.
 */
export type Backend = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string };

export async function backup(backend: Backend, file: string): Promise<void> {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  if (backend.kind === "postgres") {
    run("pg_dump", ["--format=custom", "--no-owner", "--file", file, "--dbname", backend.url]);
    return;
  }
  const lock = lockDataDir(backend.dataDir);
  try {
    const dir = path.resolve(backend.dataDir, "pglite");
    if (!existsSync(dir)) throw new Error(`There is no embedded database in ${dir} to back up.`);
    const pg = await PGlite.create({ dataDir: dir });
    try {
      const dump = await pg.dumpDataDir("gzip");
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await pg.close();
    }
  } finally {
    lock.release();
  }
}

/**
 * Restores a backup over the database. The embedded directory that was there is kept beside it as
 * `pglite.replaced-<time>` (delete it once the restore is checked).
 */
export async function restore(backend: Backend, file: string): Promise<{ kept?: string }> {
  if (!existsSync(file)) throw new Error(`No backup file ${file}.`);
  if (backend.kind === "postgres") {
    run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname", backend.url, file]);
    return {};
  }
  const lock = lockDataDir(backend.dataDir);
  try {
    const dir = path.resolve(backend.dataDir, "pglite");
    let kept: string | undefined;
    if (existsSync(dir)) {
      kept = `${dir}.replaced-${new Date().toISOString().replace(/[:.]/g, "-")}`;
      renameSync(dir, kept);
    }
    const pg = await PGlite.create({ dataDir: dir, loadDataDir: new Blob([readFileSync(file)]) });
    await pg.query("SELECT 1");
    await pg.close();
    return { kept };
  } finally {
    lock.release();
  }
}

function run(command: string, args: string[]): void {
  const r = spawnSync(command, args, { stdio: ["ignore", "inherit", "pipe"], encoding: "utf8" });
  if (r.error) throw new Error(`${command} could not run (${r.error.message}); install the PostgreSQL client tools.`);
  if (r.status !== 0) throw new Error(`${command} failed: ${r.stderr.trim()}`);
}
