import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DataDirLockedError, LOCK_FILE, lockDataDir } from "~db/data-dir-lock.server";
import { hashTree, kill9, spawnTsx, type Child } from "../support/processes";

/**
 * The embedded database is single-process: a second start on the same DATA_DIR must refuse before it
 * touches a file of the live database, and a lock left by a killed process must not block a restart.
 */
const dirs: string[] = [];
const children: Child[] = [];
afterAll(async () => {
  for (const c of children) await kill9(c);
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), "synlig-lock-"));
  dirs.push(d);
  return d;
}

function holder(dataDir: string): Child {
  const c = spawnTsx("tests/support/db-holder.ts", { DATA_DIR: dataDir, DATABASE_URL: "" });
  children.push(c);
  return c;
}

describe("DATA_DIR lock", () => {
  it(
    "a second server on a live DATA_DIR refuses, naming the holder, and touches nothing; a kill -9 does not block the restart",
    { timeout: 240_000 },
    async () => {
      const dataDir = tempDir();
      const first = holder(dataDir);
      const pid = Number((await first.next("ready")).split(" ")[1]);
      first.send("write before-the-second-start");
      await first.next("ok");
      const before = hashTree(path.join(dataDir, "pglite"));

      const second = spawnTsx("server/index.ts", {
        DATA_DIR: dataDir,
        DATABASE_URL: "",
        PORT: "3324",
        HOST: "127.0.0.1",
      });
      children.push(second);
      const { code } = await second.exited;
      expect(code).toBe(1);
      expect(second.stderr()).toContain("Synlig cannot start");
      expect(second.stderr()).toContain(`pid ${pid}`);
      expect(second.stderr()).toContain(`DATA_DIR ${dataDir}`);
      expect(hashTree(path.join(dataDir, "pglite"))).toBe(before);

      // The first process still works after the refused start.
      first.send("write after-the-second-start");
      await first.next("ok");
      await kill9(first);

      const again = holder(dataDir);
      await again.next("ready");
      again.send("keys");
      expect(await again.next("keys")).toBe("keys after-the-second-start,before-the-second-start");
      again.proc.kill("SIGTERM");
      again.proc.stdin!.end();
      await again.exited;
    },
  );

  it("refuses while the owner runs and takes over a lock whose owner is gone or whose pid was recycled", async () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, LOCK_FILE);

    const lock = lockDataDir(dataDir);
    expect(() => lockDataDir(dataDir)).toThrow(DataDirLockedError); // our own live lock (another opener in-process)
    lock.release();
    lockDataDir(dataDir).release();

    // A process that has exited.
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => gone.once("exit", r));
    writeFileSync(file, JSON.stringify({ pid: gone.pid, host: hostname(), token: "dead" }));
    lockDataDir(dataDir).release();

    // A live process that is not the owner: the recorded start time differs (pid recycled).
    writeFileSync(file, JSON.stringify({ pid: process.ppid, procStart: "1", host: hostname(), token: "recycled" }));
    lockDataDir(dataDir).release();

    // A live owner.
    writeFileSync(file, JSON.stringify({ pid: process.ppid, host: hostname(), token: "alive" }));
    expect(() => lockDataDir(dataDir)).toThrow(/pid \d+/);
  });
});
