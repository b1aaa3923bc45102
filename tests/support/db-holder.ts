import { createInterface } from "node:readline";
import { startDb } from "~db/index.server";

/**
 * A process that opens the app's database the way the server does (DATA_DIR or DATABASE_URL from the
 * environment, migrated) and then takes commands on stdin, one per line, answering on stdout:
 * `write KEY` → `ok KEY` once the row is committed; `count` → `count N`; `keys` → `keys K1,K2,…`.
 * Used by the lock and crash tests to hold a database open in another process.
 */
const db = await startDb();
await db.exec("CREATE TABLE IF NOT EXISTS probe_writes (key text PRIMARY KEY, at timestamptz NOT NULL DEFAULT now())");
process.stdout.write(`ready ${process.pid}\n`);

const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  const [command, arg] = line.trim().split(" ");
  if (command === "write" && arg) {
    await db.query("INSERT INTO probe_writes (key) VALUES ($1)", [arg]);
    process.stdout.write(`ok ${arg}\n`);
  } else if (command === "count") {
    const row = await db.one<{ n: number }>("SELECT count(*)::int AS n FROM probe_writes");
    process.stdout.write(`count ${row?.n ?? 0}\n`);
  } else if (command === "keys") {
    const rows = await db.query<{ key: string }>("SELECT key FROM probe_writes ORDER BY key");
    process.stdout.write(`keys ${rows.map((r) => r.key).join(",")}\n`);
  }
}
await db.close();
