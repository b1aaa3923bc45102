import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import type { AccountingRow } from "~db/queries/accountings.server";
import { seedIndicatorCatalogue } from "~db/seed/indicators.server";
import * as actionPlan from "~/routes/o.$orgSlug.accountings.$accountingId.action-plan";
import * as chain from "~/routes/o.$orgSlug.accountings.$accountingId.chain";
import * as indicator from "~/routes/o.$orgSlug.accountings.$accountingId.indicators.$linkId";
import * as stakeholders from "~/routes/o.$orgSlug.accountings.$accountingId.stakeholders";
import * as newAccounting from "~/routes/o.$orgSlug.accountings.new";
import type { ConflictData } from "~/utils/action-data";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting, makeLinkedIndicator } from "../support/factories";

/**
 * Issue 10: the association's journey without silent data loss. A ticked "Ta med gruppen" is
 * stored as ticked; the indicator page's one save keeps the baseline; a save based on an older
 * version of a block row or of an indicator's values answers 409 with labelled differences; a
 * double-submitted create form creates one row.
 */
let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  await db.transaction((tx) => seedIndicatorCatalogue(tx));
});
afterAll(() => close());

type Member = Awaited<ReturnType<typeof makeMember>>;
type Route = { action: typeof chain.action };

const base = (m: Member, a: AccountingRow) => `/o/${m.org.slug}/accountings/${a.id}`;

async function post(mod: Route, m: Member, a: AccountingRow, page: string, form: [string, string][], extra = {}) {
  return call(mod.action, makeRequest(`${base(m, a)}/${page}`, { cookie: m.cookie, form }), {
    orgSlug: m.org.slug,
    accountingId: a.id,
    ...extra,
  });
}

const stakeholderFields = (name: string, included: string | null): [string, string][] => [
  ["intent", "save"],
  ["name", name],
  ["size", "12"],
  ["involvement", "Samtal"],
  ["whatChanges", "Bättre betyg"],
  ...(included === null ? [] : ([["included", included]] as [string, string][])),
];

describe("stakeholders: 'Ta med gruppen i redovisningen'", () => {
  it("a ticked box is stored as included, whatever value it posts; an unticked one as excluded", async () => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { createdBy: m.user.id });
    // The browser posted `included=` (React set the checkbox's value to ""): that is ticked too.
    for (const [name, included] of [
      ["Barn", ""],
      ["Föräldrar", "on"],
      ["Skolan", null],
    ] as const) {
      expect((await post(stakeholders, m, a, "stakeholders", stakeholderFields(name, included))).status).toBe(302);
    }
    const rows = await db.query<{ name: string; included: boolean }>(
      "SELECT name, included FROM stakeholders WHERE accounting_id = $1 ORDER BY position",
      [a.id],
    );
    expect(rows).toEqual([
      { name: "Barn", included: true },
      { name: "Föräldrar", included: true },
      { name: "Skolan", included: false },
    ]);
  });
});

describe("version checks on block rows", () => {
  it.each([
    [
      "stakeholders",
      stakeholders,
      "stakeholders",
      [
        ["name", "Deltagare"],
        ["size", ""],
        ["involvement", ""],
        ["whatChanges", ""],
      ],
      ["name", "Deltagare i läxhjälpen"],
      ["name", "Alla deltagare"],
      "Grupp",
    ],
    [
      "chain",
      chain,
      "chain_items",
      [
        ["level", "activity"],
        ["text", "Läxhjälp varje vecka"],
        ["assumption", ""],
        ["risk", ""],
      ],
      ["text", "Läxhjälp två gånger i veckan"],
      ["text", "Läxhjälp på lördagar"],
      "Beskrivning",
    ],
    [
      "action-plan",
      actionPlan,
      "action_plan_items",
      [
        ["what", "Fråga deltagarna"],
        ["when", "Hösten"],
        ["who", "Ordföranden"],
        ["measure", "Svarsfrekvens"],
      ],
      ["what", "Fråga deltagarna och föräldrarna"],
      ["what", "Fråga lärarna"],
      "Vad?",
    ],
  ] as const)(
    "%s: the second of two saves from version 1 answers 409 and changes nothing",
    async (page, mod, table, fields, first, second, label) => {
      const m = await makeMember(db);
      const a = await makeAccounting(db, m.org.id, { method: "lfa", createdBy: m.user.id });
      const f = fields as readonly (readonly [string, string])[];
      const create: [string, string][] = [["intent", "save"], ...f.map(([k, v]): [string, string] => [k, v])];
      expect((await post(mod, m, a, page, create)).status).toBe(302);
      const [row] = await db.query<{ id: string; version: number }>(
        `SELECT id, version FROM ${table} WHERE accounting_id = $1`,
        [a.id],
      );
      expect(row!.version).toBe(1);
      const edit = (change: readonly [string, string]): [string, string][] => [
        ...create.map(([k, v]): [string, string] => [k, k === change[0] ? change[1] : v]),
        ["id", row!.id],
        ["baseVersion", "1"],
      ];
      // Two sessions opened the row at version 1. The first save goes through …
      expect((await post(mod, m, a, page, edit(first))).status).toBe(302);
      // … the second answers 409 with both versions, labelled, and writes nothing.
      const stale = await post(mod, m, a, page, edit(second));
      expect(stale.status).toBe(409);
      const body = (await stale.json()) as { conflict: ConflictData; values: Record<string, string> };
      expect(body.conflict.version).toBe(2);
      expect(body.conflict.differences).toContainEqual({
        path: first[0],
        label,
        yours: second[1],
        theirs: first[1],
      });
      expect(body.values[second[0]]).toBe(second[1]);
      const stored = await db.one<Record<string, unknown>>(`SELECT * FROM ${table} WHERE id = $1`, [row!.id]);
      expect(stored![first[0] === "what" ? "what" : first[0]]).toBe(first[1]);
      // "Spara min version": the same fields on top of version 2 go through.
      const mine = await post(mod, m, a, page, [
        ...edit(second).filter(([k]) => k !== "baseVersion"),
        ["baseVersion", "2"],
      ]);
      expect(mine.status).toBe(302);
      expect(
        (await db.one<{ version: number }>(`SELECT version FROM ${table} WHERE id = $1`, [row!.id]))!.version,
      ).toBe(3);
    },
  );
});

describe("idempotent creates with a form token", () => {
  it.each([
    ["stakeholders", stakeholders, "stakeholders", stakeholderFields("Barn", "on")],
    [
      "chain",
      chain,
      "chain_items",
      [
        ["intent", "save"],
        ["level", "activity"],
        ["text", "Läxhjälp"],
        ["assumption", ""],
        ["risk", ""],
      ],
    ],
  ] as const)("%s: a double-submitted add form creates one row", async (page, mod, table, fields) => {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, { createdBy: m.user.id });
    const token = randomUUID();
    const form: [string, string][] = [...(fields as readonly [string, string][]), ["formToken", token]];
    const [one, two] = await Promise.all([post(mod, m, a, page, form), post(mod, m, a, page, form)]);
    expect([one.status, two.status]).toEqual([302, 302]);
    const count = async () =>
      (await db.one<{ c: number }>(`SELECT count(*)::int AS c FROM ${table} WHERE accounting_id = $1`, [a.id]))!.c;
    expect(await count()).toBe(1);
    // A new render of the form (a new token) adds the next row.
    const next = form.map(([k, v]): [string, string] => [k, k === "formToken" ? randomUUID() : v]);
    expect((await post(mod, m, a, page, next)).status).toBe(302);
    expect(await count()).toBe(2);
  });

  it("a double-submitted 'new accounting' form creates one accounting and both answers lead to it", async () => {
    const m = await makeMember(db);
    const token = randomUUID();
    const form: [string, string][] = [
      ["intent", "create"],
      ["formToken", token],
      ["title", "Läxhjälp 2026"],
      ["purpose", "grant-report"],
      ["method", "snabbspar"],
      ["periodStart", "2026-01-01"],
      ["periodEnd", "2026-12-31"],
      ["periodGranularity", "year"],
    ];
    const send = () =>
      call(newAccounting.action, makeRequest(`/o/${m.org.slug}/accountings/new`, { cookie: m.cookie, form }), {
        orgSlug: m.org.slug,
      });
    const first = await send();
    const second = await send();
    expect(first.status).toBe(302);
    expect(second.status).toBe(302);
    expect(second.headers.get("Location")).toBe(first.headers.get("Location"));
    const rows = await db.query("SELECT id FROM accountings WHERE org_id = $1", [m.org.id]);
    expect(rows).toHaveLength(1);
  });
});

describe("indicator page: one save keeps the baseline, and a stale save answers 409", () => {
  async function setup() {
    const m = await makeMember(db);
    const a = await makeAccounting(db, m.org.id, {
      createdBy: m.user.id,
      periodStart: "2026-01-01",
      periodEnd: "2026-12-31",
      periodGranularity: "half-year",
    });
    const { linkId } = await makeLinkedIndicator(db, {
      orgId: m.org.id,
      accountingId: a.id,
      indicator: { code: "GEN-01" },
    });
    const send = (form: [string, string][]) => post(indicator, m, a, `indicators/${linkId}`, form, { linkId });
    return { m, a, linkId, send };
  }

  it("'Spara' with a typed baseline, targets and actuals stores all of them", async () => {
    const { linkId, send } = await setup();
    const res = await send([
      ["intent", "grid"],
      ["baseVersion", "1"],
      ["baselineValue", "14"],
      ["baselineDate", "2025-12-31"],
      ["baselineSource", "Närvarolistor 2025"],
      ["baselineNote", ""],
      ["target.2026-H1", "20"],
      ["actual.2026-H1", "18"],
      ["note.2026-H1", ""],
      ["quality.2026-H1", "measured"],
    ]);
    expect(res.status).toBe(302);
    const baseline = await db.one<{ value: number; source: string }>(
      "SELECT value, source FROM indicator_baselines WHERE accounting_indicator_id = $1",
      [linkId],
    );
    expect(baseline).toEqual({ value: 14, source: "Närvarolistor 2025" });
    // A wrong baseline stops the whole save, with its message under the field's name.
    const bad = await send([
      ["intent", "grid"],
      ["baseVersion", "2"],
      ["baselineValue", "fjorton"],
      ["baselineDate", "2025-12-31"],
      ["baselineSource", "Närvarolistor 2025"],
      ["target.2026-H1", "25"],
    ]);
    expect(bad.status).toBe(400);
    expect(Object.keys(((await bad.json()) as { errors: Record<string, string> }).errors)).toContain("baselineValue");
    const target = await db.one<{ value: number }>(
      "SELECT value FROM indicator_targets WHERE accounting_indicator_id = $1 AND period_key = '2026-H1'",
      [linkId],
    );
    expect(target!.value).toBe(20);
  });

  it("two sessions save one value from the same version: the second gets the conflict view's data", async () => {
    const { linkId, send } = await setup();
    const grid = (target: string, version: string): [string, string][] => [
      ["intent", "grid"],
      ["baseVersion", version],
      ["target.2026-H1", target],
    ];
    expect((await send(grid("20", "1"))).status).toBe(302);
    const stale = await send(grid("30", "1"));
    expect(stale.status).toBe(409);
    const { conflict } = (await stale.json()) as { conflict: ConflictData };
    expect(conflict.version).toBe(2);
    expect(conflict.differences).toEqual([
      { path: "target.2026-H1", label: "Målvärde, första halvåret 2026", yours: "30", theirs: "20" },
    ]);
    expect(conflict.keepMine?.intent).toBe("grid");
    const target = async () =>
      (await db.one<{ value: number }>(
        "SELECT value FROM indicator_targets WHERE accounting_indicator_id = $1 AND period_key = '2026-H1'",
        [linkId],
      ))!.value;
    expect(await target()).toBe(20);
    expect((await send(grid("30", "2"))).status).toBe(302);
    expect(await target()).toBe(30);
  });
});

describe("the association's own settings page", () => {
  const settings = () => import("~/routes/o.$orgSlug.settings");
  const form = (over: Record<string, string> = {}): Record<string, string> => ({
    intent: "save",
    name: "Läxhjälpen i Gårdsten",
    orgNumber: "802412-3450",
    sector: "kultur",
    sizeBand: "S",
    umbrellaId: "",
    ideaRegisterNumber: "",
    ...over,
  });

  it("admins change the details with creation's validation, and every change is in the history", async () => {
    const mod = await settings();
    const m = await makeMember(db);
    const send = (f: Record<string, string>, cookie = m.cookie) =>
      call(mod.action, makeRequest(`/o/${m.org.slug}/settings`, { cookie, form: f }), { orgSlug: m.org.slug });
    // A wrong check digit is refused as on creation, and nothing changes.
    const bad = await send(form({ orgNumber: "802412-3451" }));
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors.orgNumber).toMatch(/kontrollsiffra/);
    const saved = await send(form({ ideaRegisterNumber: "IO-2025-0042" }));
    expect(saved.status).toBe(302);
    const row = await db.one<{ name: string; sector: string; idea: string | null }>(
      "SELECT name, sector, idea_register_number AS idea FROM organisations WHERE id = $1",
      [m.org.id],
    );
    expect(row).toEqual({ name: "Läxhjälpen i Gårdsten", sector: "kultur", idea: "IO-2025-0042" });
    const page = (await (
      await call(mod.loader, makeRequest(`/o/${m.org.slug}/settings`, { cookie: m.cookie }), { orgSlug: m.org.slug })
    ).json()) as { history: { changes: { field: string; to: string }[] }[] };
    expect(page.history).toHaveLength(1);
    expect(page.history[0]!.changes).toContainEqual({ field: "ideaRegisterNumber", from: "", to: "IO-2025-0042" });
    // An organisation number another organisation has is refused.
    const other = await makeMember(db);
    const otherNumber = (await db.one<{ n: string }>("SELECT org_number AS n FROM organisations WHERE id = $1", [
      other.org.id,
    ]))!.n;
    const taken = await send(form({ orgNumber: otherNumber }));
    expect(taken.status).toBe(400);
    expect(((await taken.json()) as { errors: Record<string, string> }).errors.orgNumber).not.toBe("");
    // Not an admin: no page.
    const editor = await makeMember(db, "association", "editor");
    const denied = await call(mod.loader, makeRequest(`/o/${editor.org.slug}/settings`, { cookie: editor.cookie }), {
      orgSlug: editor.org.slug,
    });
    expect([403, 404]).toContain(denied.status);
  });
});
