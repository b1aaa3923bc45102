/** Servers under test, sign-in, and load runs (autocannon on loopback, bounded in time). */
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import autocannon from "autocannon";

export const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");

export interface Server {
  name: string;
  url: string;
  proc: ChildProcess;
  /** Milliseconds from spawn to the first healthy answer. */
  startMs: number;
  output: () => string;
  stop: () => Promise<void>;
}

/** Spawns `node <args>` in the repository with env on top of the process environment, waits for /healthz. */
export async function startServer(
  name: string,
  args: string[],
  env: Record<string, string | undefined>,
  port: number,
  timeoutMs = 180_000,
): Promise<Server> {
  const t0 = performance.now();
  const proc = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  const keep = (b: Buffer) => {
    out = (out + b.toString()).slice(-20_000);
  };
  proc.stdout!.on("data", keep);
  proc.stderr!.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    proc.on("exit", () => {
      exited = true;
      resolve();
    }),
  );
  for (;;) {
    if (exited) throw new Error(`${name} exited before it was healthy:\n${out}`);
    if (performance.now() - t0 > timeoutMs) {
      proc.kill("SIGKILL");
      throw new Error(`${name} not healthy after ${timeoutMs} ms:\n${out}`);
    }
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  const startMs = performance.now() - t0;
  return {
    name,
    url,
    proc,
    startMs,
    output: () => out,
    stop: async () => {
      if (exited) return;
      proc.kill("SIGTERM");
      const timer = setTimeout(() => proc.kill("SIGKILL"), 8000);
      await exit;
      clearTimeout(timer);
    },
  };
}

/** Signs in through POST /login and returns the Cookie header value. */
export async function signIn(url: string, email: string, password: string): Promise<string> {
  const r = await fetch(`${url}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Origin: url },
    body: new URLSearchParams({ intent: "login", email, password, redirectTo: "/" }),
    redirect: "manual",
  });
  const cookies = r.headers.getSetCookie().map((c) => c.split(";")[0]!);
  const session = cookies.find((c) => c.startsWith("synlig_session="));
  if (!session) throw new Error(`sign-in as ${email} failed: HTTP ${r.status}`);
  return session;
}

/** Resident set size of a process in MiB (Linux /proc), or undefined elsewhere. */
export function rssMiB(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** CPU time (user + system) a process has used so far, in milliseconds (Linux /proc), or undefined. */
export function cpuMs(pid: number | undefined): number | undefined {
  if (!pid) return undefined;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    // utime and stime are fields 14 and 15 of stat(5), counted from the state field (3) here.
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

export interface Load {
  connections: number;
  seconds: number;
  rps: number;
  p50: number;
  p975: number;
  p99: number;
  requests: number;
  errors: number;
  non2xx: number;
  rssMaxMiB?: number;
  /** Server CPU time per completed request (ms): steadier than req/s on a shared machine. */
  cpuMsPerRequest?: number;
}

/** One bounded load run; samples the server's RSS while it runs. */
export async function load(
  url: string,
  options: { connections: number; seconds: number; cookie?: string; pid?: number },
): Promise<Load> {
  let rssMax = 0;
  const sampler = setInterval(() => {
    rssMax = Math.max(rssMax, rssMiB(options.pid) ?? 0);
  }, 200);
  const cpuBefore = cpuMs(options.pid);
  try {
    const result = await autocannon({
      url,
      connections: options.connections,
      duration: options.seconds,
      headers: options.cookie ? { Cookie: options.cookie, "Accept-Encoding": "gzip" } : { "Accept-Encoding": "gzip" },
    });
    return {
      connections: options.connections,
      seconds: options.seconds,
      rps: result.requests.average,
      p50: result.latency.p50,
      p975: result.latency.p97_5,
      p99: result.latency.p99,
      requests: result.requests.total,
      errors: result.errors,
      non2xx: result.non2xx,
      rssMaxMiB: rssMax > 0 ? Math.round(rssMax) : undefined,
      cpuMsPerRequest:
        cpuBefore !== undefined && result.requests.total > 0
          ? ((cpuMs(options.pid) ?? cpuBefore) - cpuBefore) / result.requests.total
          : undefined,
    };
  } finally {
    clearInterval(sampler);
  }
}
