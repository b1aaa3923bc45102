import http from "node:http";
import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD } from "./support";

/**
 * Hostile requests to the running server answer 400 or 405, never 500: unknown methods, broken or
 * forged host headers, NUL bytes in URLs and form fields, a newline in redirectTo.
 */
const PORT = Number(process.env.E2E_PORT ?? 3111);

function raw(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { ...options.headers };
    if (options.body !== undefined) {
      headers["Content-Type"] ??= "application/x-www-form-urlencoded";
      headers["Content-Length"] = String(Buffer.byteLength(options.body));
    }
    const req = http.request({ host: "127.0.0.1", port: PORT, method, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (body += d));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, location: res.headers.location, body }));
    });
    req.on("error", reject);
    req.end(options.body);
  });
}

async function demoCookie(): Promise<string> {
  const res = await fetch(`http://127.0.0.1:${PORT}/login`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ intent: "login", email: "anna@kvarteret.example", password: DEMO_PASSWORD }),
  });
  const cookie = /synlig_session=[^;]+/.exec(res.headers.get("set-cookie") ?? "")?.[0];
  if (!cookie) throw new Error("demo sign-in failed");
  return cookie;
}

test("hostile requests answer 400 or 405, never 500", async () => {
  const cookie = await demoCookie();
  const tried: string[] = [];
  const expectStatus = async (label: string, run: Promise<{ status: number }>, expected: number) => {
    const { status } = await run;
    tried.push(`${label} → ${status}`);
    expect(status, label).toBe(expected);
  };

  for (const method of ["TRACE", "PROPFIND", "MKCOL", "LOCK"]) {
    for (const path of ["/", "/o/kvarteret", "/api/v1/methods", "/assets/none.js"])
      await expectStatus(`${method} ${path}`, raw(method, path), 405);
  }

  for (const host of ["evil.example:99999", "a b", "[::1", "ex%00ample", "evil.example/x", "a,,b"]) {
    await expectStatus(
      `X-Forwarded-Host ${JSON.stringify(host)}`,
      raw("GET", "/login", { headers: { "X-Forwarded-Host": host } }),
      400,
    );
  }
  await expectStatus("Host a b", raw("GET", "/login", { headers: { Host: "a b" } }), 400);

  for (const path of [
    "/o/%00",
    "/o/a%00b/accountings",
    "/r/abc%00def",
    "/invite/%00",
    "/login?redirectTo=%00",
    "/api/v1/reports?x=%00",
  ]) {
    await expectStatus(`GET ${path} signed in`, raw("GET", path, { headers: { Cookie: cookie } }), 400);
  }

  const nulForms: [string, string][] = [
    ["/signup", `intent=signup&name=a%00b&email=nul-${Date.now()}%40example.se&password=ett+l%C3%A5ngt+l%C3%B6senord`],
    ["/login", "intent=login&email=a%00b%40example.se&password=x"],
    ["/settings/tokens", "intent=create&name=Skript%00"],
    [
      "/o/kvarteret/accountings/new",
      "intent=create&title=Ny%00&purpose=annual&periodStart=2026-01-01&periodEnd=2026-12-31&periodGranularity=year&method=sroi",
    ],
  ];
  for (const [path, body] of nulForms) {
    await expectStatus(`POST ${path} with NUL`, raw("POST", path, { body, headers: { Cookie: cookie } }), 400);
  }

  const redirect = await raw("POST", "/login", {
    body: `intent=login&email=anna%40kvarteret.example&password=${DEMO_PASSWORD}&redirectTo=%2F%0D%0ASet-Cookie%3A+evil%3D1`,
  });
  tried.push(`POST /login redirectTo with CRLF → ${redirect.status} ${redirect.location}`);
  expect(redirect.status).toBe(302);
  expect(redirect.location).toBe("/");

  console.log(`${tried.length} hostile requests:\n  ${tried.join("\n  ")}`);
});
