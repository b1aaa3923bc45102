import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { seedDemo, seedReference } from "~db/seed/seed.server";
import { DEMO_USE_CASE_STEPS } from "~server/demo/publish-demo-reports.server";
import { createInvitation } from "~server/organisations/invitations.server";
import { call, makeRequest, sessionCookieFor, useTestApp } from "../support/app";

/**
 * "An unknown intent changes nothing" (ADR 007): every route's action gets a post whose `intent`
 * no form sends, on real demo data (Anna's accounting with indicators, values, evidence, a value
 * map and published reports), and must answer 400 while every table stays exactly as it was (row
 * counts and a checksum of each table's rows, before and after).
 */
type RouteModule = { action?: (args: never) => unknown };
const routes = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });

/** JSON endpoints take no form intents: a form post is simply invalid input for them. */
const JSON_API = /\/routes\/api\./;

let db: Db;
let close: () => Promise<void>;
const actors: Record<string, { userId: string; orgSlug: string }> = {};
const ids: Record<string, string> = {};

async function idOf(sql: string, params: unknown[] = []): Promise<string> {
  const row = await db.one<{ id: string | number }>(sql, params);
  if (!row) throw new Error(`no demo row for: ${sql}`);
  return String(row.id);
}

beforeAll(async () => {
  ({ db, close } = await useTestApp());
  await seedReference(db);
  await seedDemo(db, DEMO_USE_CASE_STEPS);
  const user = async (email: string) => idOf("SELECT id FROM users WHERE email = $1", [email]);
  actors.anna = { userId: await user("anna@kvarteret.example"), orgSlug: "kvarteret" };
  actors.lena = { userId: await user("lena@foreningscenter.example"), orgSlug: "goteborgs-foreningscenter" };
  const org = await idOf("SELECT id FROM organisations WHERE slug = 'kvarteret'");
  // Anna's accounting with the most data: the one with a value map and published report versions.
  ids.accountingId = await idOf(
    `SELECT a.id FROM accountings a JOIN sroi_maps m ON m.accounting_id = a.id
      WHERE a.org_id = $1 ORDER BY a.created_at LIMIT 1`,
    [org],
  );
  ids.linkId = await idOf(
    `SELECT ai.id FROM accounting_indicators ai
      WHERE ai.accounting_id = $1
      ORDER BY (SELECT count(*) FROM indicator_values v WHERE v.accounting_indicator_id = ai.id) DESC LIMIT 1`,
    [ids.accountingId],
  ).catch(() => idOf("SELECT id FROM accounting_indicators WHERE accounting_id = $1 LIMIT 1", [ids.accountingId]));
  ids.reportId = await idOf(
    `SELECT r.id FROM reports r WHERE r.accounting_id = $1
      ORDER BY (SELECT count(*) FROM report_versions v WHERE v.report_id = r.id) DESC LIMIT 1`,
    [ids.accountingId],
  );
  ids.indicatorId = await idOf(
    "SELECT id FROM indicators WHERE org_id = $1 OR org_id IS NULL ORDER BY org_id NULLS LAST LIMIT 1",
    [org],
  );
  ids.evidenceId = await idOf(
    "SELECT id FROM evidence_files WHERE org_id = $1 UNION ALL SELECT '00000000-0000-4000-8000-000000000000' LIMIT 1",
    [org],
  );
  const invitation = await createInvitation(org, "association", actors.anna.userId, { role: "editor", email: "" });
  if (!invitation.ok) throw new Error("no invitation");
  ids.token = invitation.token;
  ids.stepKey = await idOf("SELECT step_key AS id FROM accounting_steps WHERE accounting_id = $1 LIMIT 1", [
    ids.accountingId,
  ]);
});
afterAll(() => close());

function actorFor(file: string) {
  return /affiliations/.test(file) ? actors.lena! : actors.anna!;
}

function paramsFor(file: string, orgSlug: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const m of file.matchAll(/\$([A-Za-z]+)/g)) {
    const name = m[1]!;
    params[name] =
      name === "orgSlug" ? orgSlug : name === "version" ? "1" : (ids[name] ?? "00000000-0000-4000-8000-000000000000");
  }
  return params;
}

function pathFor(file: string, params: Record<string, string>): string {
  const name = file.replace(/^.*\/routes\//, "").replace(/\.tsx?$/, "");
  const segments = name
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) =>
      s
        .replace(/_$/, "")
        .replace(/^\$([A-Za-z]+)$/, (_, p: string) => params[p] ?? p)
        .replace(/\[|\]/g, ""),
    );
  return `/${segments.join("/")}`;
}

/** Row count and an md5 over every row of every table (sessions by id only: reading a page may touch them). */
async function snapshot(): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rowText = name === "sessions" ? "t.id::text" : "t::text";
    const row = await db.one<{ c: number; h: string | null }>(
      `SELECT count(*) AS c, md5(string_agg(${rowText}, '|' ORDER BY ${rowText})) AS h FROM "${name}" t`,
    );
    out[name] = `${row?.c ?? 0}:${row?.h ?? ""}`;
  }
  return out;
}

const UNKNOWN: [string, string][] = [
  ["intent", "no-such-intent"],
  ["id", "00000000-0000-4000-8000-000000000000"],
  ["confirmed", "yes"],
  ["baseVersion", "999"],
];

describe("an unknown intent answers 400 and changes nothing", () => {
  const entries = Object.entries(routes).filter(
    ([file, mod]) => typeof mod.action === "function" && !JSON_API.test(file),
  );

  it("finds the form actions", () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  for (const [file, mod] of entries) {
    it(`action of ${file.replace(/^.*\/routes\//, "")}`, async () => {
      const actor = actorFor(file);
      const params = paramsFor(file, actor.orgSlug);
      const path = pathFor(file, params);
      // A fresh session per post: an action that wrongly signed out must not hide the next route's result.
      const cookie = await sessionCookieFor(actor.userId);
      const before = await snapshot();
      const res = await call(
        mod.action as Parameters<typeof call>[0],
        makeRequest(path, { cookie, form: UNKNOWN }),
        params,
      );
      const after = await snapshot();
      const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
      expect(changed, `${path}: tables changed by an unknown intent`).toEqual([]);
      expect(res.status, `${path} answered ${res.status}`).toBe(400);
      const body = (await res.json()) as { errors?: Record<string, string> };
      expect(body.errors?._form, `${path}: the answer says why`).toBeTruthy();
    });
  }
});
