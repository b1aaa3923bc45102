// `npm run backup [-- FILE]`: a backup of the database this configuration uses (DATABASE_URL, or the
// embedded one in DATA_DIR, which needs the server stopped). Default file: backups/synlig-<time>.<ext>.
import path from "node:path";
import { backup, type Backend } from "~db/backup.server";
import { DataDirLockedError } from "~db/data-dir-lock.server";
import { env } from "~server/env.server";

const e = env();
const backend: Backend = e.DATABASE_URL
  ? { kind: "postgres", url: e.DATABASE_URL }
  : { kind: "pglite", dataDir: e.DATA_DIR };
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file =
  process.argv[2] ?? path.join("backups", `synlig-${stamp}.${backend.kind === "postgres" ? "dump" : "tar.gz"}`);
try {
  await backup(backend, file);
  console.log(`Backup of the ${backend.kind === "postgres" ? "PostgreSQL" : "embedded"} database written to ${file}`);
} catch (error) {
  console.error(
    error instanceof DataDirLockedError
      ? `${error.message}\nThe embedded database is backed up while the server is stopped.`
      : `Backup failed: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
