import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertEvidenceFile } from "~db/queries/evidence.server";
import { insertMembership } from "~db/queries/organisations.server";
import { getMethod } from "~/domain/method-guide";
import type { OrgKind, Role } from "~/domain/permissions";
import { call, makeOrg, makeRequest, makeUser, sessionCookieFor, useTestApp } from "../support/app";
import { makeAccounting, makeLinkedIndicator, makeOwnIndicator, makePublishedReport } from "../support/factories";

/**
 * The authorization matrix, generated from the route manifest (every module in app/routes, its URL
 * pattern from the file name, GET for a loader, POST for an action) × every role: anonymous; admin,
 * editor and viewer of the owning association; the admin of another association; a funder reviewer; an
 * umbrella admin; a GSE analyst. Each answer is classified (ok, login, 403, 404, 405) and compared with
 * the route's policy below — a route without a policy fails. Across tenants the 404 carries the same body
 * as for an id that does not exist.
 */
type RouteModule = { loader?: unknown; action?: unknown };
const modules = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });
type Fn = Parameters<typeof call>[0];

const ROLES = ["anonymous", "admin", "editor", "viewer", "otherAssociation", "funder", "umbrella", "gse"] as const;
type RoleName = (typeof ROLES)[number];
type Outcome = "ok" | "login" | "403" | "404" | "405" | "guest";

let db: Db;
let close: () => Promise<void>;
const cookies: Partial<Record<RoleName, string>> = {};
const userIds: Partial<Record<RoleName, string>> = {};
const ids: Record<string, string> = {};
let ownerSlug = "";
let otherSlug = "";
let otherAccountingId = "";

beforeAll(async () => {
  ({ db, close } = await useTestApp());
  const owner = await makeOrg(db, "association");
  ownerSlug = owner.slug;
  const member = async (orgId: string, role: Role) => {
    const user = await makeUser(db);
    await insertMembership(db, orgId, user.id, role);
    return { user, cookie: await sessionCookieFor(user.id) };
  };
  const remember = (role: RoleName, m: { user: { id: string }; cookie: string }) => {
    userIds[role] = m.user.id;
    return m.cookie;
  };
  const admin = await member(owner.id, "admin");
  cookies.admin = remember("admin", admin);
  cookies.editor = remember("editor", await member(owner.id, "editor"));
  cookies.viewer = remember("viewer", await member(owner.id, "viewer"));
  const other = await makeOrg(db, "association");
  otherSlug = other.slug;
  cookies.otherAssociation = remember("otherAssociation", await member(other.id, "admin"));
  otherAccountingId = (await makeAccounting(db, other.id)).id;
  const orgOf = async (kind: OrgKind, role: Role) => member((await makeOrg(db, kind)).id, role);
  cookies.funder = remember("funder", await orgOf("funder", "reviewer"));
  cookies.umbrella = remember("umbrella", await orgOf("umbrella", "admin"));
  cookies.gse = remember("gse", await orgOf("network", "analyst"));

  const accounting = await makeAccounting(db, owner.id, { createdBy: admin.user.id });
  ids.accountingId = accounting.id;
  const report = await makePublishedReport(db, { orgId: owner.id, accountingId: accounting.id, user: admin.user });
  ids.reportId = report.reportId;
  ids.version = String(report.version);
  ids.indicatorId = await makeOwnIndicator(db, owner.id);
  ids.linkId = (
    await makeLinkedIndicator(db, {
      orgId: owner.id,
      accountingId: accounting.id,
      indicator: { id: ids.indicatorId },
      values: [{ periodKey: "2025", value: 12 }],
    })
  ).linkId;
  const value = await db.one<{ id: string }>("SELECT id FROM indicator_values WHERE accounting_indicator_id = $1", [
    ids.linkId,
  ]);
  ids.evidenceId = await insertEvidenceFile(
    db,
    owner.id,
    accounting.id,
    admin.user.id,
    { indicatorValueId: value!.id },
    {
      name: "underlag.txt",
      mimeType: "text/plain",
      bytes: new TextEncoder().encode("underlag"),
    },
  );
  ids.stepKey = getMethod("sroi").steps[0]!.key;
  ids.id = report.versionId;
  ids.token = "x".repeat(43);
  ids.orgSlug = ownerSlug;
}, 300_000);
afterAll(() => close());

const RANDOM_ID = "00000000-0000-4000-8000-00000000beef";

function routeName(file: string): string {
  return file.replace(/^.*\/routes\//, "").replace(/\.tsx?$/, "");
}

function paramNames(name: string): string[] {
  return [...name.matchAll(/\$([A-Za-z]+)/g)].map((m) => m[1]!);
}

function pathOf(name: string, params: Record<string, string>): string {
  const segments = name
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) =>
      s
        .replace(/_$/, "")
        .replace(/^\$([A-Za-z]+)$/, (_, p: string) => params[p] ?? p)
        .replace(/\[|\]/g, ""),
    )
    .filter((s) => !s.startsWith("_"));
  return `/${segments.join("/")}`;
}

async function outcomeOf(res: Response): Promise<Outcome | `other ${number}`> {
  if (res.status === 302 || res.status === 303) {
    const to = res.headers.get("Location") ?? "";
    if (to.startsWith("/login")) return "login";
    return "ok";
  }
  if (res.status === 401) return "login";
  if ([403, 404, 405].includes(res.status)) return String(res.status) as Outcome;
  if (res.status < 500) return "ok";
  return `other ${res.status}`;
}

async function run(fn: Fn, method: "GET" | "POST", path: string, params: Record<string, string>, cookie?: string) {
  const request = makeRequest(path, method === "POST" ? { cookie, form: {} } : { cookie });
  return call(fn, request, params);
}

/** Who gets what, per policy. */
const POLICIES = {
  /** Anyone, signed in or not. */
  public: {
    anonymous: "ok",
    admin: "ok",
    editor: "ok",
    viewer: "ok",
    otherAssociation: "ok",
    funder: "ok",
    umbrella: "ok",
    gse: "ok",
  },
  /** A JSON endpoint that only takes POST. */
  postOnly: {
    anonymous: "405",
    admin: "405",
    editor: "405",
    viewer: "405",
    otherAssociation: "405",
    funder: "405",
    umbrella: "405",
    gse: "405",
  },
  /** Any signed-in person (their own account, their own lists). */
  signedIn: {
    anonymous: "login",
    admin: "ok",
    editor: "ok",
    viewer: "ok",
    otherAssociation: "ok",
    funder: "ok",
    umbrella: "ok",
    gse: "ok",
  },
  /** Members of the owning association read; nobody else learns it exists. */
  read: {
    anonymous: "login",
    admin: "ok",
    editor: "ok",
    viewer: "ok",
    otherAssociation: "404",
    funder: "404",
    umbrella: "404",
    gse: "404",
  },
  /** Admins and editors change; viewers are refused; nobody else learns it exists. */
  edit: {
    anonymous: "login",
    admin: "ok",
    editor: "ok",
    viewer: "403",
    otherAssociation: "404",
    funder: "404",
    umbrella: "404",
    gse: "404",
  },
  /** Only admins (publishing, public links, members). */
  admin: {
    anonymous: "login",
    admin: "ok",
    editor: "403",
    viewer: "403",
    otherAssociation: "404",
    funder: "404",
    umbrella: "404",
    gse: "404",
  },
  /** Signing out: everyone ends on the sign-in page. */
  signOut: {
    anonymous: "login",
    admin: "login",
    editor: "login",
    viewer: "login",
    otherAssociation: "login",
    funder: "login",
    umbrella: "login",
    gse: "login",
  },
  /** An umbrella's page at an association's address: there is none. */
  umbrellaPage: {
    anonymous: "login",
    admin: "404",
    editor: "404",
    viewer: "404",
    otherAssociation: "404",
    funder: "404",
    umbrella: "404",
    gse: "404",
  },
  /** A token that does not exist (public report, invitation): not found for everyone. */
  unknownToken: {
    anonymous: "404",
    admin: "404",
    editor: "404",
    viewer: "404",
    otherAssociation: "404",
    funder: "404",
    umbrella: "404",
    gse: "404",
  },
} as const satisfies Record<string, Record<RoleName, Outcome>>;
type Policy = keyof typeof POLICIES;

/** Every route module and method: its policy. A new route must get an entry here. */
const MATRIX: Record<string, { GET?: Policy; POST?: Policy }> = {
  _index: { GET: "signedIn" },
  "api.v1.calculate.socioeconomic": { GET: "postOnly", POST: "public" },
  "api.v1.calculate.sroi": { GET: "postOnly", POST: "public" },
  "api.v1.methods": { GET: "public" },
  "api.v1.methods_.recommend": { GET: "postOnly", POST: "public" },
  "api.v1.orgs.$orgSlug": { GET: "read" },
  "api.v1.reports.$id.pdf": { GET: "read" },
  "api.v1.reports.$id": { GET: "read" },
  "api.v1.reports": { GET: "signedIn" },
  "favicon[.]ico": { GET: "public" },
  "forgot-password": { GET: "public", POST: "public" },
  healthz: { GET: "public" },
  "invite.$token": { GET: "unknownToken", POST: "signedIn" },
  language: { GET: "public", POST: "public" },
  login: { GET: "public", POST: "public" },
  logout: { GET: "public", POST: "signOut" },
  "o.$orgSlug._index": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId._index": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.action-plan": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.chain": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.evidence.$evidenceId": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.evidence._index": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.impact-map": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.indicators.$linkId": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.indicators._index": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.indicators.add": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.indicators.export": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.indicators.import": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.indicators.template": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId._index": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.diff": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.finances": { GET: "edit", POST: "edit" },
  // Editors post here (the audience); the publish intent itself is for admins (checked after the intent).
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.publish": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.stories": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.tender": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId.versions": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId_.versions.$version.pdf": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.$reportId_.versions.$version": { GET: "read", POST: "admin" },
  "o.$orgSlug.accountings.$accountingId.reports._index": { GET: "read" },
  "o.$orgSlug.accountings.$accountingId.reports.new": { GET: "edit", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.socioeconomic": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.stakeholders": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId.steps.$stepKey": { GET: "read", POST: "edit" },
  "o.$orgSlug.accountings.$accountingId": { GET: "read" },
  "o.$orgSlug.accountings._index": { GET: "read" },
  "o.$orgSlug.accountings.new": { GET: "edit", POST: "edit" },
  "o.$orgSlug.affiliations": { GET: "umbrellaPage", POST: "umbrellaPage" },
  "o.$orgSlug.guide._index": { GET: "read" },
  "o.$orgSlug.guide.compare": { GET: "read" },
  "o.$orgSlug.indicators.$indicatorId": { GET: "read", POST: "edit" },
  "o.$orgSlug.indicators._index": { GET: "read" },
  "o.$orgSlug.indicators.new": { GET: "edit", POST: "edit" },
  "o.$orgSlug.members": { GET: "read", POST: "admin" },
  "o.$orgSlug.reports": { GET: "read" },
  // The association's own details: admins only.
  "o.$orgSlug.settings": { GET: "admin", POST: "admin" },
  "o.$orgSlug": { GET: "read" },
  "orgs.new": { GET: "signedIn", POST: "signedIn" },
  "r.$token.pdf": { GET: "unknownToken" },
  "reset-password.$token": { GET: "public", POST: "public" },
  "r.$token": { GET: "unknownToken" },
  settings: { GET: "signedIn", POST: "signedIn" },
  "settings_.tokens": { GET: "signedIn", POST: "signedIn" },
  signup: { GET: "public", POST: "public" },
};

const entries = Object.entries(modules).map(([file, mod]) => ({ name: routeName(file), mod }));
const methodsOf = (mod: RouteModule) =>
  (["GET", "POST"] as const).filter((m) => typeof (m === "GET" ? mod.loader : mod.action) === "function");

describe("authorization matrix", () => {
  it("has a policy for every route and method, and none for a route or method that does not exist", () => {
    const missing: string[] = [];
    for (const { name, mod } of entries) {
      for (const m of methodsOf(mod)) if (!MATRIX[name]?.[m]) missing.push(`${m} ${name}`);
    }
    const stale = Object.entries(MATRIX).flatMap(([name, methods]) => {
      const mod = entries.find((e) => e.name === name)?.mod;
      return (Object.keys(methods) as ("GET" | "POST")[])
        .filter((m) => !mod || !methodsOf(mod).includes(m))
        .map((m) => `${m} ${name}`);
    });
    expect(missing, "routes without an entry in MATRIX").toEqual([]);
    expect(stale, "entries in MATRIX for routes that do not exist").toEqual([]);
  });

  for (const { name, mod } of entries) {
    for (const method of methodsOf(mod)) {
      it(`${method} ${name} × ${ROLES.length} roles`, { timeout: 120_000 }, async () => {
        const policy = MATRIX[name]?.[method];
        if (!policy) throw new Error(`no policy for ${method} ${name}`);
        const fn = (method === "GET" ? mod.loader : mod.action) as Fn;
        const params = Object.fromEntries(paramNames(name).map((p) => [p, ids[p] ?? RANDOM_ID]));
        const path = pathOf(name, params);
        const got: Record<string, string> = {};
        for (const role of ROLES) {
          // Signing out ends the session: it gets a session of its own.
          const id = userIds[role];
          const cookie = name === "logout" && id ? await sessionCookieFor(id) : cookies[role];
          got[role] = await outcomeOf(await run(fn, method, path, params, cookie));
        }
        expect(got).toEqual(POLICIES[policy]);
      });
    }
  }

  const tenantRoutes = entries.filter(({ name }) => name.startsWith("o.$orgSlug") || name.startsWith("api.v1.orgs"));
  const randomFor = (p: string) => (p === "version" ? "999" : p === "stepKey" ? ids.stepKey! : RANDOM_ID);
  for (const { name, mod } of tenantRoutes) {
    for (const method of methodsOf(mod)) {
      const idParams = paramNames(name).filter((p) => p !== "orgSlug" && p !== "stepKey");
      if (idParams.length === 0) continue;
      it(`${method} ${name}: another association's member gets the same 404 for its ids as for random ones`, async () => {
        const fn = (method === "GET" ? mod.loader : mod.action) as Fn;
        const variants: [Record<string, string>, Record<string, string>][] = [];
        const base = Object.fromEntries(paramNames(name).map((p) => [p, ids[p]!]));
        // The owner's ids under the other association's own address, against random ids there.
        const foreign = { ...base, orgSlug: otherSlug };
        const random = { ...foreign, ...Object.fromEntries(idParams.map((p) => [p, randomFor(p)])) };
        variants.push([foreign, random]);
        if (idParams.includes("accountingId") && idParams.length > 1) {
          // Deeper ids of the owner under the other association's own accounting.
          const deeper = { ...foreign, accountingId: otherAccountingId };
          const deeperRandom = { ...random, accountingId: otherAccountingId };
          variants.push([deeper, deeperRandom]);
        }
        for (const [a, b] of variants) {
          const ra = await run(fn, method, pathOf(name, a), a, cookies.otherAssociation);
          const rb = await run(fn, method, pathOf(name, b), b, cookies.otherAssociation);
          expect(ra.status, JSON.stringify(a)).toBe(404);
          expect(rb.status, JSON.stringify(b)).toBe(404);
          expect(await ra.text()).toBe(await rb.text());
        }
      });
    }
  }
});
