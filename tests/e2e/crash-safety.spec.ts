import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";

/**
 * Killing the server (SIGKILL) right after a sign-up was acknowledged loses nothing: the embedded
 * database in DATA_DIR has the account when the server starts again.
 */
const PORT = Number(process.env.E2E_PORT ?? 3111) + 205;
const base = `http://127.0.0.1:${PORT}`;

function startServer(dataDir: string): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      SEED_DEMO: "false",
      LOG_REQUESTS: "false",
      DATABASE_URL: "",
    },
    stdio: "ignore",
  });
}

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
}

test("kill -9 right after a sign-up loses nothing", async () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), "synlig-crash-"));
  const email = `krasch-${Date.now()}@example.se`;
  const password = "ett långt lösenord";

  let server = startServer(dataDir);
  try {
    await waitForHealth();
    const signup = await fetch(`${base}/signup`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "signup", name: "Krasch Test", email, password }),
    });
    expect(signup.status).toBe(302);
    server.kill("SIGKILL");
    await exited(server);

    server = startServer(dataDir);
    await waitForHealth();
    const login = await fetch(`${base}/login`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ intent: "login", email, password }),
    });
    expect(login.status).toBe(302);
    expect(login.headers.get("set-cookie")).toContain("synlig_session=");
  } finally {
    server.kill("SIGKILL");
    await exited(server);
  }
});
