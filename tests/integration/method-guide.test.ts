import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertMembership } from "~db/queries/organisations.server";
import { KVARTERET_IMPACT_MAP } from "~db/seed/value.server";
import { flattenValues } from "~/domain/value/form-data";
import { storedToSroiForm } from "~/domain/value/sroi-model";
import { getMethod, sampleStepValues, toFormEntries, isValueField, type PathKey } from "~/domain/method-guide";
import * as apiMethods from "~/routes/api.v1.methods";
import * as apiRecommend from "~/routes/api.v1.methods_.recommend";
import * as actionPlan from "~/routes/o.$orgSlug.accountings.$accountingId.action-plan";
import * as chain from "~/routes/o.$orgSlug.accountings.$accountingId.chain";
import * as impactMap from "~/routes/o.$orgSlug.accountings.$accountingId.impact-map";
import * as overview from "~/routes/o.$orgSlug.accountings.$accountingId._index";
import * as stakeholders from "~/routes/o.$orgSlug.accountings.$accountingId.stakeholders";
import * as stepRoute from "~/routes/o.$orgSlug.accountings.$accountingId.steps.$stepKey";
import * as list from "~/routes/o.$orgSlug.accountings._index";
import * as newAccounting from "~/routes/o.$orgSlug.accountings.new";
import * as guide from "~/routes/o.$orgSlug.guide._index";
import * as compare from "~/routes/o.$orgSlug.guide.compare";
import { loadMethodGuideReportData } from "~server/method-guide/report-source.server";
import { loadValueReportData } from "~server/value/report-source.server";
import type { ConfirmRequest, ConflictData } from "~/utils/action-data";
import { call, makeMember, makeRequest, makeUser, sessionCookieFor, useTestApp } from "../support/app";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

type Member = Awaited<ReturnType<typeof makeMember>>;

async function createAccounting(m: Member, method: PathKey, title = `Redovisning ${method}`): Promise<string> {
  const res = await call(
    newAccounting.action,
    makeRequest(`/o/${m.org.slug}/accountings/new`, {
      cookie: m.cookie,
      form: {
        intent: "create",
        title,
        purpose: "internal-learning",
        method,
        periodStart: "2026-01-01",
        periodEnd: "2026-12-31",
        periodGranularity: "year",
      },
    }),
    { orgSlug: m.org.slug },
  );
  expect(res.status).toBe(302);
  const id = res.headers.get("Location")!.split("/").pop()!;
  expect(id).toMatch(/^[0-9a-f-]{36}$/);
  return id;
}

function stepPath(m: Member, accountingId: string, stepKey: string) {
  return `/o/${m.org.slug}/accountings/${accountingId}/steps/${stepKey}`;
}

async function postStep(m: Member, accountingId: string, stepKey: string, form: [string, string][]) {
  return call(stepRoute.action, makeRequest(stepPath(m, accountingId, stepKey), { cookie: m.cookie, form }), {
    orgSlug: m.org.slug,
    accountingId,
    stepKey,
  });
}

async function loadStepPage(m: Member, accountingId: string, stepKey: string) {
  const res = await call(stepRoute.loader, makeRequest(stepPath(m, accountingId, stepKey), { cookie: m.cookie }), {
    orgSlug: m.org.slug,
    accountingId,
    stepKey,
  });
  return { status: res.status, body: res.status === 200 ? ((await res.json()) as Record<string, unknown>) : null };
}

async function postBlock(
  mod: { action: typeof chain.action },
  m: Member,
  accountingId: string,
  path: string,
  form: Record<string, string>,
) {
  return call(
    mod.action,
    makeRequest(`/o/${m.org.slug}/accountings/${accountingId}/${path}`, { cookie: m.cookie, form }),
    {
      orgSlug: m.org.slug,
      accountingId,
    },
  );
}

/** Saves the §5.4 worked example (Kvarteret's demo map) through the impact map page, as the browser posts it. */
async function saveKvarteretMap(m: Member, accountingId: string) {
  const values = storedToSroiForm(KVARTERET_IMPACT_MAP, 0.035, "evaluative", "sv");
  const form = Object.entries({ ...flattenValues(values), baseVersion: "0", intent: "save" });
  const res = await call(
    impactMap.action,
    makeRequest(`/o/${m.org.slug}/accountings/${accountingId}/impact-map`, { cookie: m.cookie, form }),
    { orgSlug: m.org.slug, accountingId },
  );
  expect(res.status).toBe(302);
}

async function fillSharedBlocks(m: Member, accountingId: string) {
  expect(
    (
      await postBlock(stakeholders, m, accountingId, "stakeholders", {
        intent: "save",
        name: "Deltagare",
        size: "12",
        involvement: "Enkät",
        whatChanges: "Mer gemenskap",
        included: "on",
      })
    ).status,
  ).toBe(302);
  const groups = await db.query<{ id: string }>("SELECT id FROM stakeholders WHERE accounting_id = $1", [accountingId]);
  expect(
    (
      await postBlock(chain, m, accountingId, "chain", {
        intent: "save",
        level: "activity",
        text: "Träffar varje vecka",
        stakeholderId: "",
        assumption: "",
        risk: "",
      })
    ).status,
  ).toBe(302);
  expect(
    (
      await postBlock(chain, m, accountingId, "chain", {
        intent: "save",
        level: "outcome",
        text: "Mindre ensamhet",
        stakeholderId: groups[0]!.id,
        assumption: "De kommer",
        risk: "",
      })
    ).status,
  ).toBe(302);
  expect(
    (
      await postBlock(actionPlan, m, accountingId, "action-plan", {
        intent: "save",
        what: "Fråga deltagarna",
        goals: "",
        how: "",
        when: "Hösten 2026",
        who: "Ordföranden",
        measure: "Svarsfrekvens",
      })
    ).status,
  ).toBe(302);
}

describe("public method API", () => {
  it("lists the eight methods with their steps", async () => {
    const res = await call(apiMethods.loader as never, makeRequest("/api/v1/methods"));
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      methods: { key: string; name: { sv: string; en: string }; steps: unknown[] }[];
    };
    expect(body.methods.map((m) => m.key)).toEqual([
      "visorek",
      "ecg",
      "social-accounting",
      "sroi",
      "lfa",
      "nyttosam",
      "gri",
      "iso26000",
    ]);
    expect(body.methods[3]!.name.sv).toBe("SROI – social avkastning på investering");
    expect(body.methods[3]!.steps).toHaveLength(6);
  });

  it("recommends ranked methods with reasons and the impact-chain advice", async () => {
    const res = await call(
      apiRecommend.action,
      makeRequest("/api/v1/methods/recommend", {
        json: { size: "S", purpose: "internal-learning", resources: "low", experience: "none" },
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      recommendations: { method: string; reason: { sv: string } }[];
      advice: { sv: string };
    };
    expect(body.recommendations[0]!.method).toBe("visorek");
    expect(body.recommendations.length).toBeLessThanOrEqual(3);
    expect(body.advice.sv).toMatch(/effektkedjan/);
  });

  it("answers 400 with Swedish (or English) messages for invalid JSON and invalid answers", async () => {
    const bad = await call(
      apiRecommend.action,
      new Request("http://localhost/api/v1/methods/recommend", { method: "POST", body: "{inte json" }),
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: { path: string; message: string }[] }).errors[0]!.message).toMatch(
      /^Skicka svaren som ett JSON-objekt/,
    );
    const wrong = await call(
      apiRecommend.action,
      makeRequest("/api/v1/methods/recommend", { json: { size: 3 }, headers: { "Accept-Language": "en-GB,en" } }),
    );
    expect(wrong.status).toBe(400);
    const errors = ((await wrong.json()) as { errors: { path: string; message: string }[] }).errors;
    expect(errors.map((e) => e.path)).toEqual(expect.arrayContaining(["size", "purpose", "resources", "experience"]));
    expect(errors.find((e) => e.path === "size")!.message).toMatch(/^Give the size/);
  });
});

describe("questionnaire and comparison", () => {
  it("shows up to three suggestions for the answers, and field errors in Swedish", async () => {
    const m = await makeMember(db);
    const q =
      "size=M&purpose=tender&resources=high&experience=some&targetGroupFarFromLabourMarket=true&needMonetaryValue=&projectBased=&valuesFocus=&audience=&previousMethod=";
    const res = await call(guide.loader, makeRequest(`/o/${m.org.slug}/guide?${q}`, { cookie: m.cookie }), {
      orgSlug: m.org.slug,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { result: { rule: string; recommendations: { method: string }[] } };
    expect(body.result.rule).toBe("R5");
    expect(body.result.recommendations.map((r) => r.method)).toEqual(["nyttosam", "sroi"]);
    const empty = await call(
      guide.loader,
      makeRequest(`/o/${m.org.slug}/guide?size=&audience=`, { cookie: m.cookie }),
      { orgSlug: m.org.slug },
    );
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { errors: Record<string, string> }).errors).toMatchObject({
      size: "Välj hur stor föreningen är.",
    });
    const cmp = await call(compare.loader, makeRequest(`/o/${m.org.slug}/guide/compare`, { cookie: m.cookie }), {
      orgSlug: m.org.slug,
    });
    expect(cmp.status).toBe(200);
  });
});

describe("accountings", () => {
  it("creates, lists and shows progress; validates the period", async () => {
    const m = await makeMember(db);
    const empty = await call(list.loader, makeRequest(`/o/${m.org.slug}/accountings`, { cookie: m.cookie }), {
      orgSlug: m.org.slug,
    });
    expect(((await empty.json()) as { accountings: unknown[] }).accountings).toEqual([]);
    const bad = await call(
      newAccounting.action,
      makeRequest(`/o/${m.org.slug}/accountings/new`, {
        cookie: m.cookie,
        form: {
          intent: "create",
          title: "",
          purpose: "x",
          method: "sroi",
          periodStart: "2026-12-31",
          periodEnd: "2026-01-01",
          periodGranularity: "year",
        },
      }),
      { orgSlug: m.org.slug },
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors).toEqual({
      title: "Skriv ett namn på redovisningen, högst 120 tecken.",
      purpose: "Välj ett syfte i listan.",
      periodEnd: "Slutdatumet måste vara samma dag som eller efter startdatumet.",
    });
    const id = await createAccounting(m, "sroi", "Arbetsträning 2026");
    const res = await call(list.loader, makeRequest(`/o/${m.org.slug}/accountings`, { cookie: m.cookie }), {
      orgSlug: m.org.slug,
    });
    const body = (await res.json()) as { accountings: { id: string; done: number; total: number }[] };
    expect(body.accountings).toEqual([expect.objectContaining({ id, done: 0, total: 6 })]);
    const ov = await call(overview.loader, makeRequest(`/o/${m.org.slug}/accountings/${id}`, { cookie: m.cookie }), {
      orgSlug: m.org.slug,
      accountingId: id,
    });
    const o = (await ov.json()) as { steps: { state: string }[]; nextStepKey: string };
    expect(o.steps.every((s) => s.state === "not-started")).toBe(true);
    expect(o.nextStepKey).toBe("scope-and-stakeholders");
  });

  it("copies last year's accounting: steps, stakeholders, chain (with links) and action plan", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "snabbspar", "Tjejträning 2025");
    await fillSharedBlocks(m, id);
    const purpose = getMethod("snabbspar").steps[0]!;
    expect(
      (
        await postStep(m, id, purpose.key, [
          ...toFormEntries(purpose, sampleStepValues(purpose)),
          ["intent", "save"],
          ["baseVersion", "0"],
        ])
      ).status,
    ).toBe(200);
    const res = await call(
      newAccounting.action,
      makeRequest(`/o/${m.org.slug}/accountings/new`, {
        cookie: m.cookie,
        form: {
          intent: "create",
          copyFrom: id,
          title: "Tjejträning 2026",
          purpose: "members",
          periodStart: "2026-01-01",
          periodEnd: "2026-12-31",
          periodGranularity: "year",
        },
      }),
      { orgSlug: m.org.slug },
    );
    expect(res.status).toBe(302);
    const copyId = res.headers.get("Location")!.split("/").pop()!;
    const row = await db.one<{ copied_from: string; method: string }>(
      "SELECT copied_from, method FROM accountings WHERE id = $1",
      [copyId],
    );
    expect(row).toEqual({ copied_from: id, method: "snabbspar" });
    const data = await loadMethodGuideReportData(db, m.org.id, copyId);
    expect(data.stakeholders).toEqual([
      { name: "Deltagare", size: 12, involvement: "Enkät", whatChanges: "Mer gemenskap" },
    ]);
    expect(data.impactChain.map((c) => c.text)).toEqual(["Träffar varje vecka", "Mindre ensamhet"]);
    expect(data.actionPlan).toHaveLength(1);
    expect(data.scope).toBe(sampleStepValues(purpose).purpose);
    const linked = await db.one<{ sid: string; aid: string }>(
      `SELECT s.accounting_id AS sid, c.accounting_id AS aid FROM chain_items c JOIN stakeholders s ON s.id = c.stakeholder_id WHERE c.accounting_id = $1`,
      [copyId],
    );
    expect(linked).toEqual({ sid: copyId, aid: copyId });
  });
});

describe("step forms", () => {
  it("saves incomplete work as in progress with what is missing, refuses wrong types, and continues when complete", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "sroi");
    // A step whose required block has no rows yet is saved, with the block listed as missing.
    const blockOnly = await postStep(m, id, "establish-impact", [
      ["intent", "save-continue"],
      ["baseVersion", "0"],
    ]);
    expect(blockOnly.status).toBe(200);
    expect(((await blockOnly.json()) as { missing: Record<string, string> }).missing).toEqual({
      impactMap: "Fyll i ”Effektkarta: dödvikt, undanträngning, tillskrivning och avtagande” på sin egen sida.",
    });
    // Step 5 without the impact map and without the conclusion: saved, both listed as missing.
    const empty = await postStep(m, id, "calculate", [
      ["intent", "save-continue"],
      ["baseVersion", "0"],
      ["sensitivityConclusion", ""],
    ]);
    expect(empty.status).toBe(200);
    const saved = (await empty.json()) as { kind: string; missing: Record<string, string>; baseVersion: number };
    expect(saved.kind).toBe("saved");
    expect(saved.missing).toEqual({
      impactMap: "Fyll i ”Beräkningen i effektkartan: nuvärde, SROI-kvot och känslighetsanalys” på sin egen sida.",
      sensitivityConclusion: "Fyll i ”Vad visar känslighetsanalysen, och vad drar ni för slutsats?”.",
    });
    expect(saved.baseVersion).toBe(1);
    const tooLong = await postStep(m, id, "calculate", [
      ["intent", "save"],
      ["baseVersion", "1"],
      ["sensitivityConclusion", "x".repeat(3001)],
    ]);
    expect(tooLong.status).toBe(400);
    const tooLongErrors = ((await tooLong.json()) as { errors: Record<string, string> }).errors;
    expect(Object.keys(tooLongErrors)).toEqual(["sensitivityConclusion"]);
    expect(tooLongErrors.sensitivityConclusion).toMatch(/^Korta texten till högst 3\s000 tecken\.$/);
    // With the conclusion but still no impact map, only the map is missing.
    const conclusion = "Kvoten håller över 1 i alla scenarier utom när proxyerna sänks.";
    const noMap = await postStep(m, id, "calculate", [
      ["intent", "save-continue"],
      ["baseVersion", "1"],
      ["sensitivityConclusion", conclusion],
    ]);
    expect(noMap.status).toBe(200);
    expect(((await noMap.json()) as { missing: Record<string, string> }).missing).toEqual({
      impactMap: "Fyll i ”Beräkningen i effektkartan: nuvärde, SROI-kvot och känslighetsanalys” på sin egen sida.",
    });
    await saveKvarteretMap(m, id);
    const done = await postStep(m, id, "calculate", [
      ["intent", "save-continue"],
      ["baseVersion", "2"],
      ["sensitivityConclusion", conclusion],
    ]);
    expect(done.status).toBe(302);
    expect(done.headers.get("Location")).toBe(stepPath(m, id, "report-and-use"));
    const row = await db.one<{ data: unknown; status: string; version: number }>(
      "SELECT data, status, version FROM accounting_steps WHERE accounting_id = $1 AND step_key = 'calculate'",
      [id],
    );
    expect(row).toEqual({ data: { sensitivityConclusion: conclusion }, status: "done", version: 3 });
  });

  it("shows the impact map's results read-only on the calculation step, and only there", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "sroi");
    type Blocks = { filled: Record<string, boolean>; sroi: Record<string, unknown> | null };
    const blocksOf = async (stepKey: string) => (await loadStepPage(m, id, stepKey)).body!.blocks as Blocks;
    const before = await blocksOf("calculate");
    expect(before.filled["sroi-impact-map"]).toBe(false);
    expect(before.sroi).toBeNull();
    await saveKvarteretMap(m, id);
    // The worked example of §5.4: 1,25 kr per krona, range 1,00–1,59 over the sensitivity analysis.
    const after = await blocksOf("calculate");
    expect(after.filled["sroi-impact-map"]).toBe(true);
    const sroi = after.sroi as Record<string, number | string>;
    expect(sroi.kind).toBe("evaluative");
    expect(sroi.discountRate).toBe(0.035);
    expect(sroi.totalInputs).toBe(741_000);
    expect(sroi.presentValue).toBeCloseTo(926_848.62, 1);
    expect(sroi.netPresentValue).toBeCloseTo(185_848.62, 1);
    expect(sroi.ratio).toBeCloseTo(1.2508, 4);
    expect(sroi.ratioLow).toBeCloseTo(1.0006, 4);
    expect(sroi.ratioHigh).toBeCloseTo(1.5863, 4);
    expect(sroi.paybackMonths).toBeCloseTo(16.9, 1);
    // The value capability's own report source gives the same figures: one calculation, not two.
    const source = (await loadValueReportData(db, m.org.id, id, "sv")).sroi!;
    expect(sroi.ratio).toBe(source.result.ratio);
    expect(sroi.presentValue).toBe(source.result.presentValue);
    // The steps that build the map show no results.
    expect((await blocksOf("map-outcomes")).sroi).toBeNull();
    expect((await blocksOf("establish-impact")).sroi).toBeNull();
    // A saved map that cannot be calculated counts as filled but shows no figures.
    await db.query("UPDATE sroi_maps SET input = $2 WHERE accounting_id = $1", [id, { inputs: [], outcomes: [] }]);
    const broken = await blocksOf("calculate");
    expect(broken.filled["sroi-impact-map"]).toBe(true);
    expect(broken.sroi).toBeNull();
  });

  it("keeps an autosaved draft across a reload for its author only", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "lfa");
    const res = await postStep(m, id, "context-analysis", [
      ["intent", "autosave"],
      ["baseVersion", "0"],
      ["background", "Utkast om läget i stadsdelen"],
    ]);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { kind: string }).kind).toBe("autosaved");
    const page = await loadStepPage(m, id, "context-analysis");
    expect(page.body).toMatchObject({ draftAt: expect.any(String), baseVersion: 0 });
    expect((page.body!.values as Record<string, unknown>).background).toBe("Utkast om läget i stadsdelen");
    const colleague = await makeUser(db);
    await insertMembership(db, m.org.id, colleague.id, "editor");
    const other = { ...m, cookie: await sessionCookieFor(colleague.id) };
    const theirs = await loadStepPage(other, id, "context-analysis");
    expect(theirs.body).toMatchObject({ draftAt: null });
    expect((theirs.body!.values as Record<string, unknown>).background).toBe("");
  });

  it("adds and removes list rows without JavaScript", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "lfa");
    const added = await postStep(m, id, "risk-analysis", [
      ["intent", "add-row:risks"],
      ["baseVersion", "0"],
      ["risks.0.risk", "Ledaren slutar"],
      ["risks.0.probability", "2"],
    ]);
    expect(added.status).toBe(200);
    const a = (await added.json()) as { kind: string; shape: { risks: Record<string, string>[] } };
    expect(a.kind).toBe("edit");
    expect(a.shape.risks).toEqual([
      { risk: "Ledaren slutar", probability: "2", consequence: "", mitigation: "" },
      { risk: "", probability: "", consequence: "", mitigation: "" },
    ]);
    const removed = await postStep(m, id, "risk-analysis", [
      ["intent", "remove-row:risks:0"],
      ["baseVersion", "0"],
      ["risks.0.risk", "Ledaren slutar"],
      ["risks.1.risk", "Lokalen försvinner"],
    ]);
    const r = (await removed.json()) as { shape: { risks: { risk: string }[] } };
    expect(r.shape.risks.map((x) => x.risk)).toEqual(["Lokalen försvinner"]);
    // The rows are kept as the author's draft.
    const page = await loadStepPage(m, id, "risk-analysis");
    expect(page.body).toMatchObject({ draftAt: expect.any(String) });
    expect((page.body!.values as { risks: { risk: string }[] }).risks.map((x) => x.risk)).toEqual([
      "Lokalen försvinner",
    ]);
  });

  it("answers 409 with both versions when someone else saved first, and overwrites nothing", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "lfa");
    const colleague = await makeUser(db, { name: "Omar Kollega" });
    await insertMembership(db, m.org.id, colleague.id, "editor");
    const other = { ...m, cookie: await sessionCookieFor(colleague.id) };
    // Both open the never-saved step (version 0) and save.
    const first = await postStep(other, id, "context-analysis", [
      ["intent", "save"],
      ["baseVersion", "0"],
      ["background", "Omars text"],
    ]);
    expect(first.status).toBe(200);
    const second = await postStep(m, id, "context-analysis", [
      ["intent", "save"],
      ["baseVersion", "0"],
      ["background", "Min text"],
    ]);
    expect(second.status).toBe(409);
    const body = (await second.json()) as {
      kind: string;
      baseVersion: number;
      values: Record<string, string>;
      conflict: ConflictData;
    };
    expect(body.kind).toBe("conflict");
    // The one conflict shape: who saved, which version, and the differing fields labelled as on the page.
    const background = getMethod("lfa")
      .steps.find((s) => s.key === "context-analysis")!
      .fields.find((f) => f.name === "background")!;
    expect(body.conflict).toMatchObject({ by: "Omar Kollega", version: 1, at: expect.any(String) });
    expect(body.conflict.message).toMatch(/^Omar Kollega sparade en nyare version \d{2}\.\d{2}\./);
    expect(body.conflict.differences).toEqual([
      { path: "background", label: background.label.sv, theirs: "Omars text", yours: "Min text" },
    ]);
    // "Behåll den sparade versionen" drops the draft; "Spara min version" posts mine again on their version.
    expect(body.conflict.keepTheirs).toEqual({ intent: "keep-theirs" });
    expect(body.conflict.keepMine).toEqual({ intent: "save", fields: [["background", "Min text"]] });
    expect(body.values.background).toBe("Min text");
    expect(body.baseVersion).toBe(1);
    const row = await db.one<{ data: unknown }>(
      "SELECT data FROM accounting_steps WHERE accounting_id = $1 AND step_key = 'context-analysis'",
      [id],
    );
    expect(row!.data).toEqual({ background: "Omars text" });
    // "Spara min version" saves against their version and wins deliberately.
    const mine = await postStep(m, id, "context-analysis", [
      ["intent", "save"],
      ["baseVersion", "1"],
      ["background", "Min text"],
    ]);
    expect(mine.status).toBe(200);
    // A stale save against version 1 now conflicts again.
    const stale = await postStep(other, id, "context-analysis", [
      ["intent", "save"],
      ["baseVersion", "1"],
      ["background", "Gammalt"],
    ]);
    expect(stale.status).toBe(409);
  });

  it("viewers read steps but cannot save them (403)", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "lfa");
    const viewer = await makeUser(db);
    await insertMembership(db, m.org.id, viewer.id, "viewer");
    const v = { ...m, cookie: await sessionCookieFor(viewer.id) };
    expect((await loadStepPage(v, id, "context-analysis")).body).toMatchObject({ canEdit: false });
    expect(
      (
        await postStep(v, id, "context-analysis", [
          ["intent", "save"],
          ["baseVersion", "0"],
          ["background", "x"],
        ])
      ).status,
    ).toBe(403);
    expect((await postBlock(chain, v, id, "chain", { intent: "save", level: "input", text: "x" })).status).toBe(403);
  });

  it("answers 404 for a step the method does not have", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "lfa");
    expect((await loadStepPage(m, id, "calculate")).status).toBe(404);
  });
});

describe("shared blocks", () => {
  it("adds, changes and deletes stakeholders (delete needs confirmation)", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "snabbspar");
    const invalid = await postBlock(stakeholders, m, id, "stakeholders", {
      intent: "save",
      name: "",
      size: "många",
      included: "on",
      involvement: "",
      whatChanges: "",
    });
    expect(invalid.status).toBe(400);
    expect(((await invalid.json()) as { errors: Record<string, string> }).errors).toMatchObject({
      name: "Fyll i ”Namn”.",
    });
    await fillSharedBlocks(m, id);
    const [s] = await db.query<{ id: string }>("SELECT id FROM stakeholders WHERE accounting_id = $1", [id]);
    expect(
      (
        await postBlock(stakeholders, m, id, "stakeholders", {
          intent: "save",
          id: s!.id,
          name: "Deltagarna",
          size: "",
          involvement: "",
          whatChanges: "",
        })
      ).status,
    ).toBe(302);
    const ask = await postBlock(stakeholders, m, id, "stakeholders", { intent: "delete", id: s!.id });
    expect(((await ask.json()) as { confirm: ConfirmRequest }).confirm).toEqual({
      title: "Vill du ta bort intressenten Deltagarna?",
      body: expect.any(String),
      confirmLabel: expect.any(String),
      fields: { intent: "delete", id: s!.id },
    });
    expect((await db.query("SELECT 1 FROM stakeholders WHERE id = $1", [s!.id])).length).toBe(1);
    expect(
      (await postBlock(stakeholders, m, id, "stakeholders", { intent: "delete", id: s!.id, confirmed: "yes" })).status,
    ).toBe(302);
    expect((await db.query("SELECT 1 FROM stakeholders WHERE id = $1", [s!.id])).length).toBe(0);
    const chainRow = await db.one<{ stakeholder_id: string | null }>(
      "SELECT stakeholder_id FROM chain_items WHERE accounting_id = $1 AND level = 'outcome'",
      [id],
    );
    expect(chainRow!.stakeholder_id).toBeNull();
  });

  it("requires an outcome to name its stakeholder once there are stakeholders", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "snabbspar");
    await fillSharedBlocks(m, id);
    const res = await postBlock(chain, m, id, "chain", {
      intent: "save",
      level: "outcome",
      text: "Bättre hälsa",
      stakeholderId: "",
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors).toEqual({
      stakeholderId: "Välj vilken intressent effekten gäller.",
    });
  });

  it("the report source returns chain, included stakeholders, action plan and scope", async () => {
    const m = await makeMember(db);
    const id = await createAccounting(m, "sroi");
    await fillSharedBlocks(m, id);
    await postBlock(stakeholders, m, id, "stakeholders", {
      intent: "save",
      name: "Grannar",
      size: "",
      involvement: "",
      whatChanges: "",
    });
    const scope = getMethod("sroi").steps[0]!;
    await postStep(m, id, scope.key, [
      ...toFormEntries(scope, { ...sampleStepValues(scope), activityInScope: "Arbetsträningen" }),
      ["intent", "save"],
      ["baseVersion", "0"],
    ]);
    const data = await loadMethodGuideReportData(db, m.org.id, id);
    expect(data).toEqual({
      impactChain: [
        { level: "activity", text: "Träffar varje vecka" },
        { level: "outcome", text: "Mindre ensamhet", assumption: "De kommer" },
      ],
      stakeholders: [{ name: "Deltagare", size: 12, involvement: "Enkät", whatChanges: "Mer gemenskap" }],
      actionPlan: [
        {
          what: "Fråga deltagarna",
          goals: "",
          how: "",
          when: "Hösten 2026",
          who: "Ordföranden",
          measure: "Svarsfrekvens",
        },
      ],
      scope: "Arbetsträningen",
    });
    const other = await makeMember(db);
    expect(await loadMethodGuideReportData(db, other.org.id, id)).toEqual({
      impactChain: [],
      stakeholders: [],
      actionPlan: [],
    });
  });
});

describe("tenancy", () => {
  it("another organisation gets 404 for the accounting, its steps and blocks, and cannot save into them", async () => {
    const a = await makeMember(db);
    const b = await makeMember(db);
    const id = await createAccounting(a, "sroi");
    await fillSharedBlocks(a, id);
    const params = { orgSlug: a.org.slug, accountingId: id };
    const ownParams = { orgSlug: b.org.slug, accountingId: id };
    for (const [mod, path] of [
      [overview, ""],
      [chain, "/chain"],
      [stakeholders, "/stakeholders"],
      [actionPlan, "/action-plan"],
    ] as const) {
      // b asks through a's slug (not a member) and through its own slug (accounting not in b).
      const viaA = await call(
        mod.loader,
        makeRequest(`/o/${a.org.slug}/accountings/${id}${path}`, { cookie: b.cookie }),
        params,
      );
      expect(viaA.status, path).toBe(404);
      const viaB = await call(
        mod.loader,
        makeRequest(`/o/${b.org.slug}/accountings/${id}${path}`, { cookie: b.cookie }),
        ownParams,
      );
      expect(viaB.status, path).toBe(404);
    }
    const step = await call(
      stepRoute.loader,
      makeRequest(`/o/${b.org.slug}/accountings/${id}/steps/calculate`, { cookie: b.cookie }),
      { ...ownParams, stepKey: "calculate" },
    );
    expect(step.status).toBe(404);
    const save = await call(
      stepRoute.action,
      makeRequest(`/o/${b.org.slug}/accountings/${id}/steps/calculate`, {
        cookie: b.cookie,
        form: { intent: "save", baseVersion: "0", sensitivityConclusion: "Kapat" },
      }),
      { ...ownParams, stepKey: "calculate" },
    );
    expect(save.status).toBe(404);
    expect(
      (await db.query("SELECT 1 FROM accounting_steps WHERE accounting_id = $1 AND step_key = 'calculate'", [id]))
        .length,
    ).toBe(0);
    // b's own accounting cannot touch a's rows by id either.
    const bId = await createAccounting(b, "sroi");
    const [s] = await db.query<{ id: string }>("SELECT id FROM stakeholders WHERE accounting_id = $1", [id]);
    const del = await postBlock(stakeholders, b, bId, "stakeholders", {
      intent: "delete",
      id: s!.id,
      confirmed: "yes",
    });
    expect(del.status).toBe(302);
    expect((await db.query("SELECT 1 FROM stakeholders WHERE id = $1", [s!.id])).length).toBe(1);
    const upd = await postBlock(stakeholders, b, bId, "stakeholders", {
      intent: "save",
      id: s!.id,
      name: "Kapat",
      size: "",
      involvement: "",
      whatChanges: "",
    });
    expect(upd.status).toBe(404);
    const copy = await call(
      newAccounting.loader,
      makeRequest(`/o/${b.org.slug}/accountings/new?copyFrom=${id}`, { cookie: b.cookie }),
      {
        orgSlug: b.org.slug,
      },
    );
    expect(copy.status).toBe(404);
    const list = await call(
      overview.loader,
      makeRequest(`/o/${a.org.slug}/accountings/${id}`, { cookie: a.cookie }),
      params,
    );
    expect(list.status).toBe(200);
  });
});

describe("every method can be filled and saved step by step", () => {
  for (const key of [
    "visorek",
    "ecg",
    "social-accounting",
    "nyttosam",
    "gri",
    "iso26000",
    "lfa",
    "sroi",
    "snabbspar",
  ] as const) {
    it(key, async () => {
      const m = await makeMember(db);
      const id = await createAccounting(m, key);
      await fillSharedBlocks(m, id);
      const method = getMethod(key);
      for (const [i, step] of method.steps.entries()) {
        if (!step.fields.some(isValueField)) continue;
        const res = await postStep(m, id, step.key, [
          ...toFormEntries(step, sampleStepValues(step)),
          ["intent", "save-continue"],
          ["baseVersion", "0"],
        ]);
        const external = step.fields
          .filter(
            (f) =>
              f.kind === "block" && f.required && ["indicators", "sroi-impact-map", "socioeconomic"].includes(f.block),
          )
          .map((f) => f.name);
        // A complete step moves on; a step that waits for another capability's block is saved and says so.
        if (external.length === 0) {
          expect(res.status, step.key).toBe(302);
          const next = method.steps[i + 1];
          expect(res.headers.get("Location")).toBe(
            next ? stepPath(m, id, next.key) : `/o/${m.org.slug}/accountings/${id}`,
          );
        } else {
          expect(res.status, step.key).toBe(200);
          expect(Object.keys(((await res.json()) as { missing: Record<string, string> }).missing).sort()).toEqual(
            [...new Set(external)].sort(),
          );
        }
      }
      const ov = await call(overview.loader, makeRequest(`/o/${m.org.slug}/accountings/${id}`, { cookie: m.cookie }), {
        orgSlug: m.org.slug,
        accountingId: id,
      });
      const o = (await ov.json()) as { steps: { key: string; state: string; missing: { sv: string }[] }[] };
      for (const [i, s] of o.steps.entries()) {
        const external = method.steps[i]!.fields.some(
          (f) =>
            f.kind === "block" && f.required && ["indicators", "sroi-impact-map", "socioeconomic"].includes(f.block),
        );
        // Steps that need another capability's block wait for it; every other step is done.
        if (!external) expect(s.state, s.key).toBe("done");
        else expect(s.missing.length, s.key).toBeGreaterThan(0);
      }
    });
  }
});
