import { randomBytes } from "node:crypto";
import {
  closeSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * An exclusive lock on DATA_DIR for the embedded database: PGlite is a single-process database, and a
 * second process opening a live data directory corrupts it. The lock is a file `DATA_DIR/synlig.lock`
 * created atomically (a hard link of a complete temporary file, so no reader sees it half-written) and
 * holding the owner's pid, its start time (from /proc, so a recycled pid is not mistaken for the owner)
 * and host. A lock whose owner no longer runs (killed with SIGKILL, power loss) is stale and is taken
 * over; a lock whose owner runs refuses the start with a DataDirLockedError naming that process.
 */
export const LOCK_FILE = "synlig.lock";

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly owner: LockOwner,
  ) {
    super(
      `DATA_DIR ${dataDir} is in use by another Synlig process (pid ${owner.pid}` +
        `${owner.startedAt ? `, started ${owner.startedAt}` : ""}), which holds its embedded database.\n` +
        `Stop that process first, or give this one another DATA_DIR (or a DATABASE_URL). Nothing was opened.`,
    );
    this.name = "DataDirLockedError";
  }
}

export interface LockOwner {
  pid: number;
  /** Process start time in clock ticks since boot (Linux /proc/PID/stat field 22), when known. */
  procStart?: string;
  host: string;
  startedAt?: string;
  token: string;
}

export interface DataDirLock {
  readonly path: string;
  /** Removes the lock file if it is still ours. Idempotent. */
  release(): void;
}

function procStartOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Field 2 (comm) may contain spaces and parentheses; the fields after the last ")" are fixed.
    const rest = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return rest[19];
  } catch {
    return undefined;
  }
}

/** Tokens of the locks this process holds. */
const held = new Set<string>();

/** Whether the process that wrote a lock still runs. */
export function isOwnerAlive(owner: LockOwner): boolean {
  if (owner.host !== hostname()) return true; // another machine on a shared disk: never assume it died
  if (owner.pid === process.pid) return held.has(owner.token); // else a recycled pid: not ours
  try {
    process.kill(owner.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ESRCH") return false;
    // EPERM: a process with that pid exists and belongs to another user.
  }
  if (owner.procStart) {
    const now = procStartOf(owner.pid);
    if (now !== undefined && now !== owner.procStart) return false;
  }
  return true;
}

function readOwner(file: string): LockOwner | undefined {
  try {
    const parsed = JSON.parse(readFileSync(file, "utf8")) as Partial<LockOwner>;
    if (typeof parsed.pid !== "number" || typeof parsed.token !== "string") return undefined;
    return { host: "", ...parsed } as LockOwner;
  } catch {
    return undefined;
  }
}

function tryCreate(file: string, owner: LockOwner): boolean {
  const tmp = `${file}.${owner.token}.tmp`;
  const fd = openSync(tmp, "wx", 0o600);
  try {
    writeSync(fd, JSON.stringify(owner));
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(tmp, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw error;
  } finally {
    unlinkSync(tmp);
  }
}

/**
 * Takes the lock on dataDir (created if missing) or throws DataDirLockedError. The lock is released
 * when the process exits normally; a killed process leaves a stale lock that the next start takes over.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const dir = path.resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, LOCK_FILE);
  const procStart = procStartOf(process.pid);
  const owner: LockOwner = {
    pid: process.pid,
    ...(procStart ? { procStart } : {}),
    host: hostname(),
    startedAt: new Date().toISOString(),
    token: randomBytes(8).toString("hex"),
  };

  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(file, owner)) {
      held.add(owner.token);
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        held.delete(owner.token);
        if (readOwner(file)?.token === owner.token) rmSync(file, { force: true });
        process.off("exit", release);
      };
      process.on("exit", release);
      return { path: file, release };
    }
    const current = readOwner(file);
    if (current && isOwnerAlive(current)) throw new DataDirLockedError(dir, current);
    // Stale (owner gone) or unreadable (a crash while the file was created is impossible with the hard
    // link, but a hand-edited file is): take it over, guarded so two starts do not both take it over.
    const guard = `${file}.takeover`;
    try {
      mkdirSync(guard);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      // Another start is taking it over; a guard older than 10 s is left by a killed process.
      try {
        if (Date.now() - statSync(guard).mtimeMs > 10_000) rmSync(guard, { recursive: true, force: true });
      } catch {
        /* gone meanwhile */
      }
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
      continue;
    }
    try {
      const again = readOwner(file);
      if (again?.token === current?.token) rmSync(file, { force: true });
    } finally {
      rmSync(guard, { recursive: true, force: true });
    }
  }
  const current = readOwner(file);
  if (current) throw new DataDirLockedError(dir, current);
  throw new Error(`Could not take the lock ${file}`);
}
