import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertMembership } from "~db/queries/organisations.server";
import * as apiOrg from "~/routes/api.v1.orgs.$orgSlug";
import * as login from "~/routes/login";
import * as orgHome from "~/routes/o.$orgSlug._index";
import * as members from "~/routes/o.$orgSlug.members";
import * as affiliations from "~/routes/o.$orgSlug.affiliations";
import * as orgsNew from "~/routes/orgs.new";
import * as invite from "~/routes/invite.$token";
import * as signup from "~/routes/signup";
import * as settings from "~/routes/settings";
import { LIMITS } from "~server/auth/throttle.server";
import { getUserId } from "~server/auth/session.server";
import {
  call,
  makeMember,
  makeOrg,
  makeRequest,
  makeUser,
  sessionCookieFor,
  TEST_PASSWORD,
  useTestApp,
} from "../support/app";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

describe("tenancy", () => {
  it("a member of one organisation gets 404 for another organisation's pages and API", async () => {
    const a = await makeMember(db);
    const b = await makeMember(db);
    const own = await call(orgHome.loader, makeRequest(`/o/${a.org.slug}`, { cookie: a.cookie }), {
      orgSlug: a.org.slug,
    });
    expect(own.status).toBe(200);
    for (const [mod, path] of [
      [orgHome, `/o/${b.org.slug}`],
      [members, `/o/${b.org.slug}/members`],
      [apiOrg, `/api/v1/orgs/${b.org.slug}`],
    ] as const) {
      const res = await call(mod.loader, makeRequest(path, { cookie: a.cookie }), { orgSlug: b.org.slug });
      expect(res.status, path).toBe(404);
    }
    const api = await call(apiOrg.loader, makeRequest(`/api/v1/orgs/${a.org.slug}`, { cookie: a.cookie }), {
      orgSlug: a.org.slug,
    });
    expect(await api.json()).toMatchObject({ organisation: { slug: a.org.slug, role: "admin", members: 1 } });
  });

  it("the API answers 401 without a session and pages redirect to sign-in", async () => {
    const a = await makeMember(db);
    const api = await call(apiOrg.loader, makeRequest(`/api/v1/orgs/${a.org.slug}`), { orgSlug: a.org.slug });
    expect(api.status).toBe(401);
    const page = await call(orgHome.loader, makeRequest(`/o/${a.org.slug}`), { orgSlug: a.org.slug });
    expect(page.status).toBe(302);
    expect(page.headers.get("Location")).toBe(`/login?redirectTo=${encodeURIComponent(`/o/${a.org.slug}`)}`);
  });

  it("a viewer cannot invite (403) and an umbrella page is 404 for an association", async () => {
    const v = await makeMember(db, "association", "viewer");
    const res = await call(
      members.action,
      makeRequest(`/o/${v.org.slug}/members`, { cookie: v.cookie, form: { intent: "invite", role: "editor" } }),
      {
        orgSlug: v.org.slug,
      },
    );
    expect(res.status).toBe(403);
    const aff = await call(affiliations.loader, makeRequest(`/o/${v.org.slug}/affiliations`, { cookie: v.cookie }), {
      orgSlug: v.org.slug,
    });
    expect(aff.status).toBe(404);
  });
});

describe("accounts", () => {
  it("signs up, refuses a duplicate e-mail with a Swedish message and keeps the typed values", async () => {
    const email = `ny-${Date.now()}@example.se`;
    const ok = await call(
      signup.action,
      makeRequest("/signup", { form: { intent: "signup", name: "Ny Person", email, password: TEST_PASSWORD } }),
    );
    expect(ok.status).toBe(302);
    expect(ok.headers.get("Set-Cookie")).toMatch(/synlig_session=.+HttpOnly.*SameSite=Lax/i);
    const dup = await call(
      signup.action,
      makeRequest("/signup", {
        form: { intent: "signup", name: "Ny Person", email: email.toUpperCase(), password: TEST_PASSWORD },
      }),
    );
    // The same answer as a new sign-up (the owner gets a mail instead), and no session opens.
    expect(dup.status).toBe(302);
    expect(dup.headers.get("Location")).toBe(ok.headers.get("Location"));
    expect(dup.headers.get("Set-Cookie")).toMatch(/synlig_session=.+HttpOnly.*SameSite=Lax/i);
    const dupCookie = dup.headers.get("Set-Cookie")!.split(";")[0]!;
    expect(await getUserId(makeRequest("/", { cookie: dupCookie }))).toBeUndefined();
  });

  it("validates every field with clear messages and never answers 500 for odd input", async () => {
    const long = "x".repeat(300);
    const res = await call(
      signup.action,
      makeRequest("/signup", { form: { intent: "signup", name: long, email: "fel", password: "kort" } }),
    );
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: Record<string, string> };
    expect(errors).toEqual({
      name: "Namnet får vara högst 100 tecken.",
      email: "Skriv e-postadressen som namn@exempel.se.",
      password: "Lösenordet behöver vara minst 12 tecken.",
    });
    const json = await call(login.action, makeRequest("/login", { json: { email: "x" } }));
    expect(json.status).toBe(400);
    const english = await call(
      signup.action,
      makeRequest("/signup", {
        form: { intent: "signup", name: "", email: "", password: "" },
        headers: { Cookie: "synlig_lang=en" },
      }),
    );
    expect(((await english.json()) as { errors: Record<string, string> }).errors.name).toBe("Enter your name.");
  });

  it("signs in with the form fields email and password and answers with a redirect and the cookie", async () => {
    const user = await makeUser(db);
    const res = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: TEST_PASSWORD } }),
    );
    expect(res.status).toBe(302);
    expect(res.headers.get("Set-Cookie")).toContain("synlig_session=");
    const wrong = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: "fel lösenord här" } }),
    );
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { errors: Record<string, string> }).errors._form).toMatch(/stämmer inte/);
  });

  it("rate-limits failed sign-ins per e-mail and client address, without locking the owner out", async () => {
    const user = await makeUser(db);
    const attacker = { clientIp: "203.0.113.7" };
    for (let i = 0; i < LIMITS.signIn.perEmailAndIp; i++) {
      await call(
        login.action,
        makeRequest("/login", { form: { intent: "login", email: user.email, password: "fel lösenord" } }),
        {},
        attacker,
      );
    }
    const blocked = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: TEST_PASSWORD } }),
      {},
      attacker,
    );
    expect(blocked.status).toBe(429);
    const owner = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: TEST_PASSWORD } }),
      {},
      { clientIp: "198.51.100.20" },
    );
    expect(owner.status).toBe(302);
  });

  it("changes the password after checking the current one", async () => {
    const user = await makeUser(db);
    const cookie = await sessionCookieFor(user.id);
    const wrong = await call(
      settings.action,
      makeRequest("/settings", {
        cookie,
        form: { intent: "password", currentPassword: "fel", newPassword: "ett nytt långt lösenord" },
      }),
    );
    expect(wrong.status).toBe(400);
    const ok = await call(
      settings.action,
      makeRequest("/settings", {
        cookie,
        form: { intent: "password", currentPassword: TEST_PASSWORD, newPassword: "ett nytt långt lösenord" },
      }),
    );
    expect(ok.status).toBe(302);
    const signIn = await call(
      login.action,
      makeRequest("/login", { form: { intent: "login", email: user.email, password: "ett nytt långt lösenord" } }),
    );
    expect(signIn.status).toBe(302);
  });
});

describe("organisations", () => {
  it("creates an association with a valid organisationsnummer and rejects a wrong check digit", async () => {
    const user = await makeUser(db);
    const cookie = await sessionCookieFor(user.id);
    const umbrella = await makeOrg(db, "umbrella");
    const bad = await call(
      orgsNew.action,
      makeRequest("/orgs/new", {
        cookie,
        form: {
          intent: "create",
          name: "Föreningen Test",
          orgNumber: "802412-3451",
          sector: "idrott",
          sizeBand: "S",
          umbrellaId: umbrella.id,
        },
      }),
    );
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { errors: Record<string, string>; values: Record<string, string> };
    expect(body.errors.orgNumber).toMatch(/kontrollsiffra/);
    expect(body.values.name).toBe("Föreningen Test");
    const number = `80${String(Date.now()).slice(-7)}`;
    const { withCheckDigit } = await import("~/domain/org-number");
    const ok = await call(
      orgsNew.action,
      makeRequest("/orgs/new", {
        cookie,
        form: {
          intent: "create",
          name: "Föreningen Test",
          orgNumber: withCheckDigit(number).replace("-", ""),
          sector: "idrott",
          sizeBand: "S",
          umbrellaId: umbrella.id,
        },
      }),
    );
    expect(ok.status).toBe(302);
    const slug = ok.headers.get("Location")!.replace("/o/", "");
    const row = await db.one<{ umbrellaStatus: string; orgNumber: string }>(
      `SELECT umbrella_status AS "umbrellaStatus", org_number AS "orgNumber" FROM organisations WHERE slug = $1`,
      [slug],
    );
    expect(row).toEqual({ umbrellaStatus: "pending", orgNumber: withCheckDigit(number) });
    const dup = await call(
      orgsNew.action,
      makeRequest("/orgs/new", {
        cookie,
        form: {
          intent: "create",
          name: "Annan",
          orgNumber: withCheckDigit(number),
          sector: "idrott",
          sizeBand: "S",
          umbrellaId: "",
        },
      }),
    );
    expect(((await dup.json()) as { errors: Record<string, string> }).errors.orgNumber).toMatch(/finns redan/);

    // The umbrella's admin confirms it.
    const admin = await makeUser(db);
    await insertMembership(db, umbrella.id, admin.id, "admin");
    const adminCookie = await sessionCookieFor(admin.id);
    const org = await db.one<{ id: string }>("SELECT id FROM organisations WHERE slug = $1", [slug]);
    const confirm = await call(
      affiliations.action,
      makeRequest(`/o/${umbrella.slug}/affiliations`, {
        cookie: adminCookie,
        form: { intent: "confirm", associationId: org!.id, name: "Föreningen Test" },
      }),
      { orgSlug: umbrella.slug },
    );
    expect(confirm.status).toBe(302);
    expect(
      (await db.one<{ s: string }>("SELECT umbrella_status AS s FROM organisations WHERE id = $1", [org!.id]))!.s,
    ).toBe("confirmed");
  });

  it("invites by a one-time link that expires", async () => {
    const a = await makeMember(db);
    const res = await call(
      members.action,
      makeRequest(`/o/${a.org.slug}/members`, {
        cookie: a.cookie,
        form: { intent: "invite", role: "editor", email: "" },
      }),
      {
        orgSlug: a.org.slug,
      },
    );
    const { link } = (await res.json()) as { link: string };
    const token = link.split("/invite/")[1]!;
    const invitee = await makeUser(db);
    const cookie = await sessionCookieFor(invitee.id);
    const accepted = await call(
      invite.action,
      makeRequest(`/invite/${token}`, { cookie, form: { intent: "accept" } }),
      { token },
    );
    expect(accepted.status).toBe(302);
    const role = await db.one<{ role: string }>("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2", [
      a.org.id,
      invitee.id,
    ]);
    expect(role?.role).toBe("editor");
    const again = await call(invite.action, makeRequest(`/invite/${token}`, { cookie, form: { intent: "accept" } }), {
      token,
    });
    expect(again.status).toBe(410);
    await db.query(
      "UPDATE invitations SET expires_at = now() - interval '1 minute', accepted_at = NULL WHERE org_id = $1",
      [a.org.id],
    );
    const expired = await call(invite.loader, makeRequest(`/invite/${token}`, { cookie }), { token });
    expect(expired.status).toBe(404);
  });
});
