import { spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";

/** Child processes of the app for the lock, crash and backup tests. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

export interface Child {
  proc: ChildProcess;
  /** Resolves with the next stdout line that starts with prefix. */
  next(prefix: string, timeoutMs?: number): Promise<string>;
  send(line: string): void;
  /** Calls fn with every later stdout line that starts with prefix. */
  onLine(prefix: string, fn: (line: string) => void): void;
  stderr(): string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function spawnTsx(script: string, env: Record<string, string>, args: string[] = []): Child {
  const proc = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: ROOT,
    env: { ...process.env, LOG_REQUESTS: "false", SEED_DEMO: "false", ...env },
    stdio: ["pipe", "pipe", "pipe"],
  });
  let err = "";
  proc.stderr!.on("data", (d: Buffer) => (err += d.toString()));
  const waiting: { prefix: string; resolve: (l: string) => void }[] = [];
  const seen: string[] = [];
  const listeners: { prefix: string; fn: (line: string) => void }[] = [];
  createInterface({ input: proc.stdout! }).on("line", (line) => {
    const listener = listeners.find((l) => line.startsWith(l.prefix));
    if (listener) return listener.fn(line);
    const i = waiting.findIndex((w) => line.startsWith(w.prefix));
    if (i >= 0) waiting.splice(i, 1)[0]!.resolve(line);
    else seen.push(line);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    proc.once("exit", (code, signal) => resolve({ code, signal })),
  );
  return {
    proc,
    exited,
    stderr: () => err,
    send: (line) => {
      if (proc.stdin!.writable) proc.stdin!.write(`${line}\n`);
    },
    onLine: (prefix, fn) => listeners.push({ prefix, fn }),
    next(prefix, timeoutMs = 60_000) {
      const i = seen.findIndex((l) => l.startsWith(prefix));
      if (i >= 0) return Promise.resolve(seen.splice(i, 1)[0]!);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no "${prefix}" line from ${script} within ${timeoutMs} ms; stderr: ${err}`)),
          timeoutMs,
        );
        waiting.push({
          prefix,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
        void exited.then(({ code, signal }) => {
          clearTimeout(timer);
          reject(new Error(`${script} exited (${code ?? signal}) before "${prefix}"; stderr: ${err}`));
        });
      });
    },
  };
}

/** Kills a child with SIGKILL and waits until it is gone. */
export async function kill9(child: Child): Promise<void> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill("SIGKILL");
  await child.exited;
}

/** A SHA-256 over every file's relative path, size and content under dir. */
export function hashTree(dir: string): string {
  const hash = createHash("sha256");
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else {
        hash.update(`${path.relative(dir, p)}\0${statSync(p).size}\0`);
        hash.update(readFileSync(p));
      }
    }
  };
  walk(dir);
  return hash.digest("hex");
}
