import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import * as accountingsNew from "~/routes/o.$orgSlug.accountings.new";
import * as invite from "~/routes/invite.$token";
import * as login from "~/routes/login";
import * as orgIndex from "~/routes/o.$orgSlug._index";
import * as publicPdf from "~/routes/r.$token.pdf";
import * as publicReport from "~/routes/r.$token";
import * as signup from "~/routes/signup";
import * as tokens from "~/routes/settings_.tokens";
import { call, makeMember, makeRequest, makeUser, TEST_PASSWORD, useTestApp } from "../support/app";

/**
 * Hostile input answers 400 or 404, never 500, even where it reaches a loader or action directly (the HTTP
 * entry refuses most of it before: see tests/e2e/hostile-input.spec.ts): NUL bytes in form fields, titles,
 * tokens and URL parameters, and a newline in `redirectTo`. Nothing is written.
 */
let db: Db;
let close: () => Promise<void>;
let member: Awaited<ReturnType<typeof makeMember>>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  member = await makeMember(db, "association", "admin");
});
afterAll(() => close());

const NUL = "a\u0000b";
type Fn = Parameters<typeof call>[0];

async function count(table: string): Promise<number> {
  return (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;
}

describe("NUL bytes", () => {
  it("in a sign-up form: 400, no account", async () => {
    const before = await count("users");
    for (const field of ["name", "email", "password"] as const) {
      const form = {
        intent: "signup",
        name: "Nul Test",
        email: `nul-${Date.now()}@example.se`,
        password: "ett långt lösenord",
      };
      form[field] = field === "email" ? `n${NUL}@example.se` : `${form[field]}${NUL}`;
      const res = await call(signup.action as Fn, makeRequest("/signup", { form }));
      expect(res.status, field).toBe(400);
    }
    expect(await count("users")).toBe(before);
  });

  it("in an accounting's title: 400, no accounting", async () => {
    const before = await count("accountings");
    const res = await call(
      accountingsNew.action as Fn,
      makeRequest(`/o/${member.org.slug}/accountings/new`, {
        cookie: member.cookie,
        form: {
          intent: "create",
          title: `Redovisning ${NUL}`,
          purpose: "grant-report",
          periodStart: "2026-01-01",
          periodEnd: "2026-12-31",
          periodGranularity: "quarter",
          method: "sroi",
        },
      }),
      { orgSlug: member.org.slug },
    );
    expect(res.status).toBe(400);
    expect(await count("accountings")).toBe(before);
  });

  it("in a token's name and a token id: 400, no token", async () => {
    const before = await count("api_tokens");
    const made = await call(
      tokens.action as Fn,
      makeRequest("/settings/tokens", { cookie: member.cookie, form: { intent: "create", name: `Skript ${NUL}` } }),
    );
    expect(made.status).toBe(400);
    const revoke = await call(
      tokens.action as Fn,
      makeRequest("/settings/tokens", {
        cookie: member.cookie,
        form: { intent: "revoke", tokenId: NUL, confirmed: "yes" },
      }),
    );
    expect(revoke.status).toBeLessThan(500);
    expect(await count("api_tokens")).toBe(before);
  });

  it("in URL parameters (organisation, public link and invitation tokens): 404", async () => {
    const cases: [Fn, string, Record<string, string>][] = [
      [orgIndex.loader as Fn, "/o/%00", { orgSlug: "\u0000" }],
      [orgIndex.loader as Fn, "/o/a%00b", { orgSlug: NUL }],
      [publicReport.loader as Fn, "/r/a%00b", { token: NUL }],
      [publicPdf.loader as Fn, "/r/a%00b.pdf", { token: NUL }],
      [invite.loader as Fn, "/invite/a%00b", { token: NUL }],
    ];
    for (const [fn, path, params] of cases) {
      const res = await call(fn, makeRequest(path, { cookie: member.cookie }), params);
      expect(res.status, path).toBe(404);
    }
  });
});

describe("a newline in redirectTo", () => {
  it("signs in and goes to the start page instead", async () => {
    const user = await makeUser(db);
    for (const redirectTo of ["/\r\nSet-Cookie: evil=1", "/o\nx", "/\tx"]) {
      const res = await call(
        login.action as Fn,
        makeRequest("/login", { form: { intent: "login", email: user.email, password: TEST_PASSWORD, redirectTo } }),
      );
      expect(res.status, JSON.stringify(redirectTo)).toBe(302);
      expect(res.headers.get("Location")).toBe("/");
    }
  });
});
