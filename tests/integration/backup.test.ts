import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openPostgres } from "~db/client.server";
import { ROOT, spawnTsx } from "../support/processes";

/**
 * `npm run backup` and `npm run restore` on the backend the tests run on (embedded PGlite, or PostgreSQL
 * when DATABASE_URL is set): back up, change data, restore, find the backed-up state; a backup of the
 * embedded database while a server holds it is refused, naming the holder.
 */
const url = process.env.DATABASE_URL;
const work = mkdtempSync(path.join(tmpdir(), "synlig-backup-"));
let scratch: { url: string; drop: () => Promise<void> } | undefined;
afterAll(async () => {
  await scratch?.drop();
  rmSync(work, { recursive: true, force: true });
});

async function scratchDb(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `synlig_b_${randomBytes(6).toString("hex")}`;
  const admin = await openPostgres(url!, { max: 1 });
  await admin.exec(`CREATE DATABASE ${name}`);
  const u = new URL(url!);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      await admin.exec(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    },
  };
}

function script(name: "backup" | "restore", env: Record<string, string>, args: string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", `scripts/${name}.ts`, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

/** Opens the database in a child process, runs the commands, closes it normally; returns the last `keys`. */
async function session(env: Record<string, string>, commands: string[]): Promise<string> {
  const child = spawnTsx("tests/support/db-holder.ts", env);
  await child.next("ready", 120_000);
  let keys = "";
  for (const c of commands) {
    child.send(c);
    const line = await child.next(c === "keys" ? "keys" : "ok");
    if (c === "keys") keys = line.slice(5);
  }
  child.proc.stdin!.end();
  await child.exited;
  return keys;
}

describe(`backup and restore (${url ? "PostgreSQL" : "PGlite"})`, () => {
  it("restores the backed-up state after later changes", { timeout: 300_000 }, async () => {
    let env: Record<string, string>;
    if (url) {
      scratch = await scratchDb();
      env = { DATABASE_URL: scratch.url, DATA_DIR: path.join(work, "unused") };
    } else {
      env = { DATABASE_URL: "", DATA_DIR: path.join(work, "data") };
    }
    await session(env, ["write before-1", "write before-2"]);

    const file = path.join(work, url ? "synlig.dump" : "synlig.tar.gz");
    const made = script("backup", env, [file]);
    expect(made.code, made.out).toBe(0);

    expect(await session(env, ["write after-1", "keys"])).toBe("after-1,before-1,before-2");

    const restored = script("restore", env, [file]);
    expect(restored.code, restored.out).toBe(0);
    expect(await session(env, ["keys"])).toBe("before-1,before-2");
    // The app starts on the restored database (migrations see it as up to date) and can write again.
    expect(await session(env, ["write after-restore", "keys"])).toBe("after-restore,before-1,before-2");
  });

  it.skipIf(Boolean(url))(
    "refuses to back up the embedded database while a server holds it",
    { timeout: 300_000 },
    async () => {
      const env = { DATABASE_URL: "", DATA_DIR: path.join(work, "held") };
      const holder = spawnTsx("tests/support/db-holder.ts", env);
      const pid = Number((await holder.next("ready", 120_000)).split(" ")[1]);
      try {
        const r = script("backup", env, [path.join(work, "held.tar.gz")]);
        expect(r.code).toBe(1);
        expect(r.out).toContain(`pid ${pid}`);
        expect(r.out).toContain("server is stopped");
      } finally {
        holder.proc.stdin!.end();
        await holder.exited;
      }
    },
  );
});
