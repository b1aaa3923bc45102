import path from "node:path";
import { env } from "~server/env.server";
import { openPglite, openPostgres, type Db } from "./client.server";
import { lockDataDir, type DataDirLock } from "./data-dir-lock.server";
import { migrate } from "./migrate.server";

/**
 * The process-wide database. Kept on globalThis so the HTTP entry and the Remix server build (which
 * bundles its own copy of this module) share ONE connection — two PGlite instances on one data
 * directory would corrupt it.
 */
const KEY = Symbol.for("synlig.db");
type Holder = { [KEY]?: Promise<Db> };
const holder = globalThis as unknown as Holder;

export interface StartOptions {
  seed?: (db: Db) => Promise<void>;
}

async function open(options: StartOptions): Promise<Db> {
  const e = env();
  const db = e.DATABASE_URL ? await openPostgres(e.DATABASE_URL) : await openEmbedded(e.DATA_DIR);
  try {
    await migrate(db);
    if (options.seed) await options.seed(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * The embedded database in DATA_DIR/pglite, opened only after this process holds the DATA_DIR lock
 * (a second process refuses to start before it touches a file of the live database).
 */
export async function openEmbedded(dataDir: string): Promise<Db> {
  const lock: DataDirLock = lockDataDir(dataDir);
  let db: Db;
  try {
    db = await openPglite(path.resolve(dataDir, "pglite"));
  } catch (error) {
    lock.release();
    throw error;
  }
  return {
    ...db,
    kind: db.kind,
    async close() {
      try {
        await db.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** Opens, migrates and (optionally) seeds the database once per process. */
export function startDb(options: StartOptions = {}): Promise<Db> {
  holder[KEY] ??= open(options);
  return holder[KEY];
}

/** The database of this process (opened on first use). */
export function getDb(): Promise<Db> {
  return startDb();
}

/** Tests put their own database in place. */
export function setDb(db: Db | undefined): void {
  if (db) holder[KEY] = Promise.resolve(db);
  else delete holder[KEY];
}
