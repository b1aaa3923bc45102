import { randomBytes } from "node:crypto";
import { kill9, spawnTsx, type Child } from "./processes";

/**
 * Crash rounds: a process with the app's database (tests/support/db-holder.ts, opened exactly as the server
 * opens it) takes a stream of writes, each acknowledged only after its commit; it is killed with SIGKILL at
 * a random moment while writes are in flight, started again, and every acknowledged write must be there.
 * Used by tests/integration/crash-safety.test.ts (a few rounds) and bench/crash.ts (many).
 */
export interface CrashOptions {
  /** Environment naming the database: DATA_DIR (embedded) or DATABASE_URL. */
  env: Record<string, string>;
  rounds: number;
  /** Writes kept in flight at once. */
  inFlight?: number;
  /** The kill comes after this many ms of writing, at random in [min, max]. */
  killAfterMs?: [number, number];
  log?: (line: string) => void;
}

export interface CrashResult {
  rounds: number;
  acknowledged: number;
  found: number;
  lost: string[];
  /** Writes sent but not acknowledged before the kill (they may or may not be there). */
  unacknowledged: number;
}

async function started(env: Record<string, string>): Promise<Child> {
  const child = spawnTsx("tests/support/db-holder.ts", env);
  await child.next("ready", 180_000);
  return child;
}

async function keysOf(child: Child): Promise<Set<string>> {
  child.send("keys");
  const line = await child.next("keys", 120_000);
  return new Set(line.slice(5).split(",").filter(Boolean));
}

export async function crashRounds(options: CrashOptions): Promise<CrashResult> {
  const { env, rounds, inFlight = 8, killAfterMs = [300, 1500], log = () => {} } = options;
  const acknowledged = new Set<string>();
  let sent = 0;
  const run = randomBytes(3).toString("hex");
  for (let round = 0; round < rounds; round++) {
    const child = await started(env);
    const present = await keysOf(child);
    const missing = [...acknowledged].filter((k) => !present.has(k));
    if (missing.length > 0) {
      await kill9(child);
      return {
        rounds: round,
        acknowledged: acknowledged.size,
        found: acknowledged.size - missing.length,
        lost: missing,
        unacknowledged: sent - acknowledged.size,
      };
    }
    let pending = 0;
    let n = 0;
    let stopped = false;
    const next = () => {
      while (!stopped && pending < inFlight) {
        pending += 1;
        sent += 1;
        child.send(`write ${run}-${round}-${n++}`);
      }
    };
    child.onLine("ok ", (line) => {
      acknowledged.add(line.slice(3));
      pending -= 1;
      next();
    });
    next();
    const [min, max] = killAfterMs;
    await new Promise((r) => setTimeout(r, min + Math.random() * (max - min)));
    stopped = true;
    await kill9(child);
    log(`round ${round + 1}: killed after ${n} writes sent, ${acknowledged.size} acknowledged in all`);
  }
  const child = await started(env);
  const present = await keysOf(child);
  child.proc.stdin!.end();
  await child.exited;
  const lost = [...acknowledged].filter((k) => !present.has(k));
  return {
    rounds,
    acknowledged: acknowledged.size,
    found: acknowledged.size - lost.length,
    lost,
    unacknowledged: sent - acknowledged.size,
  };
}
