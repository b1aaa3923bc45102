import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Db } from "./client.server";

/**
 * Forward-only migrations: every pending `db/migrations/NNNNN_name.sql` is applied in file order
 * inside ONE transaction and recorded in `schema_migrations`. If any file fails, nothing is
 * applied and a MigrationError names the file.
 */
export const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "migrations");

const FILE_PATTERN = /^\d{5}_[a-z0-9_]+\.sql$/;

export class MigrationError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Migration ${file} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = "MigrationError";
  }
}

export interface MigrationFile {
  name: string;
  sql: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".sql"))
    .sort();
  for (const name of names) {
    if (!FILE_PATTERN.test(name)) throw new Error(`Migration file name ${name} must look like 00001_name.sql`);
  }
  return names.map((name) => ({ name, sql: readFileSync(path.join(dir, name), "utf8") }));
}

/** Applies pending migrations; returns the names applied now. */
export async function migrate(db: Db, files: MigrationFile[] = readMigrations()): Promise<string[]> {
  await db.exec(
    `CREATE TABLE IF NOT EXISTS schema_migrations (
       name text PRIMARY KEY,
       applied_at timestamptz NOT NULL DEFAULT now()
     )`,
  );
  return db.transaction(async (tx) => {
    if (db.kind === "postgres") await tx.query("SELECT pg_advisory_xact_lock(4242001)");
    const applied = new Set(
      (await tx.query<{ name: string }>("SELECT name FROM schema_migrations")).map((r) => r.name),
    );
    const pending = files.filter((f) => !applied.has(f.name));
    for (const file of pending) {
      try {
        await tx.exec(file.sql);
        await tx.query("INSERT INTO schema_migrations (name) VALUES ($1)", [file.name]);
      } catch (error) {
        throw new MigrationError(file.name, error);
      }
    }
    return pending.map((f) => f.name);
  });
}
