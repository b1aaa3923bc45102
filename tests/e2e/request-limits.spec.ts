import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { memoryOf, postHuge } from "../support/huge-body";
import { kill9, spawnTsx, type Child } from "../support/processes";

/**
 * 150 MB posted to a form, a signed-in form and the JSON API of the real server answers 413 at once, and
 * the server's peak memory hardly moves (it used to grow by more than 1 GB).
 */
const PORT = Number(process.env.E2E_PORT ?? 3111) + 204;
const base = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;

async function waitForHealth(): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error("server did not start");
}

test("150 MB bodies answer 413 quickly and do not grow the server's memory", async () => {
  test.setTimeout(180_000);
  const dataDir = mkdtempSync(path.join(tmpdir(), "synlig-limits-"));
  let server: Child | undefined;
  try {
    server = spawnTsx("server/index.ts", {
      PORT: String(PORT),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: "",
      BUILD_DIR: process.env.BUILD_DIR ?? "build",
    });
    await waitForHealth();
    const signup = await fetch(`${base}/signup`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({
        name: "Stor Post",
        email: `stor-${Date.now()}@example.se`,
        password: "ett långt lösenord",
      }),
    });
    expect(signup.status).toBe(302);
    const cookie = /synlig_session=[^;]+/.exec(signup.headers.get("set-cookie") ?? "")?.[0];
    expect(cookie).toBeTruthy();

    const pid = server.proc.pid!;
    const before = await memoryOf(pid);
    const figures: string[] = [];
    for (const [url, type] of [
      ["/signup", "application/x-www-form-urlencoded"],
      ["/settings/tokens", "application/x-www-form-urlencoded"],
      ["/api/v1/calculate/sroi", "application/json"],
    ] as const) {
      for (const chunked of [false, true]) {
        const r = await postHuge(`${base}${url}`, 150 * MB, { chunked, contentType: type, cookie });
        figures.push(`${url} ${chunked ? "chunked" : "length"}: ${r.status} in ${r.ms} ms`);
        expect(r.status, url).toBe(413);
        expect(r.ms, url).toBeLessThan(10_000);
      }
    }
    const after = await memoryOf(pid);
    const growth = after.peak - before.peak;
    console.log(
      `peak RSS ${Math.round(before.peak / MB)} MB → ${Math.round(after.peak / MB)} MB under 6 × 150 MB; ${figures.join("; ")}`,
    );
    expect(growth).toBeLessThan(100 * MB);
    // The server still answers.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  } finally {
    if (server) await kill9(server);
  }
});
