// `npm run restore -- FILE`: puts a backup made by `npm run backup` back in place of the database this
// configuration uses (stop the server first; PostgreSQL: objects in the backup are dropped and recreated).
import { restore, type Backend } from "~db/backup.server";
import { DataDirLockedError } from "~db/data-dir-lock.server";
import { env } from "~server/env.server";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- FILE");
  process.exit(2);
}
const e = env();
const backend: Backend = e.DATABASE_URL
  ? { kind: "postgres", url: e.DATABASE_URL }
  : { kind: "pglite", dataDir: e.DATA_DIR };
try {
  const { kept } = await restore(backend, file);
  console.log(`Restored ${file}.${kept ? ` The previous database directory is kept as ${kept}.` : ""}`);
} catch (error) {
  console.error(
    error instanceof DataDirLockedError
      ? `${error.message}\nStop the server before restoring.`
      : `Restore failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
