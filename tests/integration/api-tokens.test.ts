import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as apiList from "~/routes/api.v1.reports";
import * as members from "~/routes/o.$orgSlug.members";
import * as settings from "~/routes/settings";
import * as tokens from "~/routes/settings_.tokens";
import { createApiToken } from "~server/api-tokens/tokens.server";
import { call, makeMember, makeRequest, TEST_PASSWORD, useTestApp } from "../support/app";

/**
 * API tokens are a credential of /api/v1 only, with scopes and an expiry, and they end when the
 * password changes. Before: a bearer token was a full login on every page and action (the resolver
 * registered by the API routes' import served getUserId everywhere), including minting more tokens.
 */
let app: Awaited<ReturnType<typeof useTestApp>>;
beforeAll(async () => {
  app = await useTestApp();
});
afterAll(async () => {
  await app.close();
});

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
const listReports = (token: string) => call(apiList.loader, makeRequest("/api/v1/reports", { headers: bearer(token) }));
const tokenCount = async (userId: string) =>
  (await app.db.one<{ n: number }>("SELECT count(*)::int AS n FROM api_tokens WHERE user_id = $1", [userId]))!.n;

describe("API tokens", () => {
  it("are no login on web pages and actions", async () => {
    const { user, org } = await makeMember(app.db);
    const { token } = await createApiToken(user.id, "skript", { scopes: ["reports:read", "indicators:write"] });
    const mint = await call(
      tokens.action,
      makeRequest("/settings/tokens", {
        headers: bearer(token),
        form: { intent: "create", name: "mer", scopes: "reports:read" },
      }),
    );
    expect(mint.status).toBe(302);
    expect(mint.headers.get("Location")).toMatch(/^\/login\?/);
    expect(await tokenCount(user.id)).toBe(1);
    const invite = await call(
      members.action,
      makeRequest(`/o/${org.slug}/members`, { headers: bearer(token), form: { intent: "invite", role: "admin" } }),
      { orgSlug: org.slug },
    );
    expect(invite.status).toBe(302);
    expect(invite.headers.get("Location")).toMatch(/^\/login\?/);
    const page = await call(settings.loader, makeRequest("/settings", { headers: bearer(token) }));
    expect(page.status).toBe(302);
    // …while the API takes it.
    expect((await listReports(token)).status).toBe(200);
  });

  it("need the scope of the endpoint", async () => {
    const { user } = await makeMember(app.db);
    const { token: indicatorsOnly } = await createApiToken(user.id, "indikatorer", { scopes: ["indicators:read"] });
    const res = await listReports(indicatorsOnly);
    expect(res.status).toBe(403);
    expect(res.headers.get("WWW-Authenticate")).toContain('scope="reports:read"');
    const { token: reports } = await createApiToken(user.id, "rapporter", { scopes: ["reports:read"] });
    expect((await listReports(reports)).status).toBe(200);
  });

  it("expire", async () => {
    const { user } = await makeMember(app.db);
    const { id, token } = await createApiToken(user.id, "kort", { lifetimeDays: 30 });
    expect((await listReports(token)).status).toBe(200);
    await app.db.query("UPDATE api_tokens SET expires_at = now() - interval '1 second' WHERE id = $1", [id]);
    expect((await listReports(token)).status).toBe(401);
  });

  it("end when the password changes", async () => {
    const { user, cookie } = await makeMember(app.db);
    const { token } = await createApiToken(user.id, "skript");
    const changed = await call(
      settings.action,
      makeRequest("/settings", {
        cookie,
        form: { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "ett helt nytt långt lösenord" },
      }),
    );
    expect(changed.status).toBe(302);
    expect((await listReports(token)).status).toBe(401);
  });

  it("are created with the chosen scopes and lifetime; at least one scope", async () => {
    const { user, cookie } = await makeMember(app.db);
    const none = await call(
      tokens.action,
      makeRequest("/settings/tokens", { cookie, form: { intent: "create", name: "inget" } }),
    );
    expect(none.status).toBe(400);
    const res = await call(
      tokens.action,
      makeRequest("/settings/tokens", {
        cookie,
        form: [
          ["intent", "create"],
          ["name", "Ärendesystemet"],
          ["scopes", "reports:read"],
          ["scopes", "indicators:write"],
          ["lifetimeDays", "30"],
        ],
      }),
    );
    expect(res.status).toBe(200);
    const row = await app.db.one<{ scopes: string[]; days: number }>(
      `SELECT scopes, round(extract(epoch FROM expires_at - created_at) / 86400)::int AS days FROM api_tokens WHERE user_id = $1`,
      [user.id],
    );
    expect(row).toEqual({ scopes: ["reports:read", "indicators:write"], days: 30 });
  });
});
