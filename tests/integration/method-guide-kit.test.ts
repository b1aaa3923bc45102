import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import * as actionPlan from "~/routes/o.$orgSlug.accountings.$accountingId.action-plan";
import * as chain from "~/routes/o.$orgSlug.accountings.$accountingId.chain";
import * as stakeholders from "~/routes/o.$orgSlug.accountings.$accountingId.stakeholders";
import * as stepRoute from "~/routes/o.$orgSlug.accountings.$accountingId.steps.$stepKey";
import * as tokens from "~/routes/settings_.tokens";
import type { ConfirmRequest } from "~/utils/action-data";
import { createApiToken } from "~server/api-tokens/tokens.server";
import { makeAccounting } from "../support/factories";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";

/**
 * The method guide's and the account pages' actions on the mutation kit (ADR 007): a destructive
 * intent asks first and changes nothing until `confirmed=yes`; a missing or unknown intent changes
 * nothing and says so on the form.
 */
let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

type Member = Awaited<ReturnType<typeof makeMember>>;

async function post(
  mod: { action: typeof chain.action },
  m: Member,
  id: string,
  page: string,
  form: [string, string][],
) {
  return call(mod.action, makeRequest(`/o/${m.org.slug}/accountings/${id}/${page}`, { cookie: m.cookie, form }), {
    orgSlug: m.org.slug,
    accountingId: id,
    stepKey: "context-analysis",
  });
}

const count = async (table: string, id: string) =>
  (await db.one<{ c: number }>(`SELECT count(*)::int AS c FROM ${table} WHERE id = $1`, [id]))!.c;

describe("block pages: delete only after confirmation", () => {
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
    ],
    [
      "chain",
      chain,
      "chain_items",
      [
        ["level", "activity"],
        ["text", "Träffar varje vecka"],
        ["assumption", ""],
        ["risk", ""],
      ],
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
    ],
  ] as const)("%s", async (page, mod, table, fields) => {
    const m = await makeMember(db);
    const accounting = await makeAccounting(db, m.org.id, { method: "lfa", createdBy: m.user.id });
    const saved = await post(mod, m, accounting.id, page, [
      ["intent", "save"],
      ...(fields as readonly (readonly [string, string])[]).map(([k, v]): [string, string] => [k, v]),
    ]);
    expect(saved.status).toBe(302);
    const [row] = await db.query<{ id: string }>(`SELECT id FROM ${table} WHERE accounting_id = $1`, [accounting.id]);
    const withReturn: [string, string][] = [
      ["intent", "delete"],
      ["id", row!.id],
      ["returnTo", "steps/context-analysis"],
    ];

    // Without confirmed=yes: the question, with the fields the confirm page posts again; nothing deleted.
    for (const confirmed of [[], [["confirmed", "no"]]] as [string, string][][]) {
      const ask = await post(mod, m, accounting.id, page, [...withReturn, ...confirmed]);
      expect(ask.status).toBe(200);
      const { confirm } = (await ask.json()) as { confirm: ConfirmRequest };
      expect(confirm.fields).toEqual({ intent: "delete", id: row!.id, returnTo: "steps/context-analysis" });
      expect(confirm.title).not.toBe("");
      expect(await count(table, row!.id)).toBe(1);
    }
    // With it: deleted, and back to the page (still pointing at the step).
    const del = await post(mod, m, accounting.id, page, [...withReturn, ["confirmed", "yes"]]);
    expect(del.status).toBe(302);
    expect(del.headers.get("Location")).toBe(
      `/o/${m.org.slug}/accountings/${accounting.id}/${page}?returnTo=steps%2Fcontext-analysis`,
    );
    expect(await count(table, row!.id)).toBe(0);
  });
});

describe("unknown or missing intents", () => {
  it("the step page saves nothing without a known intent (it used to save for any intent)", async () => {
    const m = await makeMember(db);
    const accounting = await makeAccounting(db, m.org.id, { method: "lfa", createdBy: m.user.id });
    for (const intent of [[], [["intent", "spara"]]] as [string, string][][]) {
      const res = await post(stepRoute, m, accounting.id, "steps/context-analysis", [
        ...intent,
        ["baseVersion", "0"],
        ["background", "Ska inte sparas"],
      ]);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { errors: Record<string, string> }).errors._form).toMatch(/ingenting ändrades/);
    }
    expect(await db.query("SELECT 1 FROM accounting_steps WHERE accounting_id = $1", [accounting.id])).toEqual([]);
  });
});

describe("API tokens: revoke only after confirmation", () => {
  it("asks first, then revokes", async () => {
    const m = await makeMember(db);
    const { id } = await createApiToken(m.user.id, "Rapportskript");
    const revoked = async () =>
      (await db.one<{ r: boolean }>("SELECT revoked_at IS NOT NULL AS r FROM api_tokens WHERE id = $1", [id]))!.r;
    const ask = await call(
      tokens.action,
      makeRequest("/settings/tokens", { cookie: m.cookie, form: { intent: "revoke", tokenId: id } }),
    );
    expect(ask.status).toBe(200);
    expect(((await ask.json()) as { confirm: ConfirmRequest }).confirm.fields).toEqual({
      intent: "revoke",
      tokenId: id,
    });
    expect(await revoked()).toBe(false);
    const res = await call(
      tokens.action,
      makeRequest("/settings/tokens", { cookie: m.cookie, form: { intent: "revoke", tokenId: id, confirmed: "yes" } }),
    );
    expect(res.status).toBe(302);
    expect(await revoked()).toBe(true);
  });
});
