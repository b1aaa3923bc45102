import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { insertMembership } from "~db/queries/organisations.server";
import { KVARTERET_IMPACT_MAP } from "~db/seed/value.server";
import { flattenValues } from "~/domain/value/form-data";
import { storedToSocioForm } from "~/domain/value/socioeconomic-model";
import { storedToSroiForm } from "~/domain/value/sroi-model";
import { socioeconomicWorkedExample, parseSocioeconomicInput } from "~/domain/socioeconomic";
import { calculateSroi, parseSroiInput, sroiWorkedExample, type SroiInputBody } from "~/domain/sroi";
import * as apiSocio from "~/routes/api.v1.calculate.socioeconomic";
import * as apiSroi from "~/routes/api.v1.calculate.sroi";
import * as impactMap from "~/routes/o.$orgSlug.accountings.$accountingId.impact-map";
import * as socioPage from "~/routes/o.$orgSlug.accountings.$accountingId.socioeconomic";
import {
  findMissingJustificationsFor,
  hasSocioeconomic,
  hasSroiMap,
  loadValueReportData,
} from "~server/value/report-source.server";
import { call, makeMember, makeRequest, makeUser, sessionCookieFor, useTestApp } from "../support/app";
import { makeAccounting } from "../support/factories";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
});
afterAll(() => close());

const postSroi = (json: unknown, headers: Record<string, string> = {}) =>
  call(apiSroi.action, makeRequest("/api/v1/calculate/sroi", { json, headers }));

/** The form fields of a stored map, as the browser would post them. */
function sroiFormFields(overrides: Record<string, string> = {}, baseVersion = 0): [string, string][] {
  const values = storedToSroiForm(KVARTERET_IMPACT_MAP, 0.035, "evaluative", "sv");
  const flat = { ...flattenValues(values), ...overrides, baseVersion: String(baseVersion), intent: "save" };
  return Object.entries(flat);
}

describe("POST /api/v1/calculate/sroi", () => {
  it("reproduces the worked example of §5.4 to the krona", async () => {
    const res = await postSroi(sroiWorkedExample());
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown> & {
      years: { value: number; presentValue: number }[];
      sensitivity: { parameter: string }[];
    };
    expect(body.totalInputs).toBe(741_000);
    expect(Math.round(body.presentValue as number)).toBe(926_849);
    expect(body.presentValue as number).toBeCloseTo(926_848.62, 1);
    expect(Math.round(body.netPresentValue as number)).toBe(185_849);
    expect(body.ratio as number).toBeCloseTo(1.2508, 4);
    expect(body.netRatio as number).toBeCloseTo(0.2508, 4);
    expect(body.paybackMonths as number).toBeCloseTo(16.9, 1);
    expect(body.years.map((y) => Math.round(y.value * 100) / 100)).toEqual([526_092, 267_464.4, 187_225.08]);
    expect(body.years.map((y) => Math.round(y.presentValue))).toEqual([508_301, 249_681, 168_866]);
    expect(body.sensitivity.map((s) => s.parameter)).toEqual([
      "deadweight",
      "attribution",
      "dropOff",
      "duration",
      "discountRate",
      "proxy",
    ]);
    expect(body).toHaveProperty("warnings");
  });

  it("answers 400 with Swedish errors for bad bodies, English with Accept-Language: en, and never 500", async () => {
    const bad = sroiWorkedExample();
    bad.outcomes[0]!.attribution = 25;
    const res = await postSroi(bad);
    expect(res.status).toBe(400);
    const { errors } = (await res.json()) as { errors: { path: string; message: string }[] };
    expect(errors).toContainEqual({
      path: "outcomes.0.attribution",
      message: expect.stringContaining("0,25 för 25 %"),
    });

    const en = await postSroi(bad, { "Accept-Language": "en" });
    expect(((await en.json()) as { errors: { message: string }[] }).errors[0]!.message).toContain("0.25 for 25%");

    for (const body of [null, [], "text", 42, {}, { inputs: "x", outcomes: [] }]) {
      const r = await postSroi(body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(((await r.json()) as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    }
    const notJson = await call(
      apiSroi.action,
      new Request("http://localhost/api/v1/calculate/sroi", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: "{inte json",
      }),
    );
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toEqual({ errors: [{ path: "", message: expect.stringContaining("JSON") }] });
    const wrongType = await call(
      apiSroi.action,
      new Request("http://localhost/api/v1/calculate/sroi", {
        method: "POST",
        headers: { "Content-Type": "text/plain" },
        body: "{}",
      }),
    );
    expect(wrongType.status).toBe(400);
    const get = await call(apiSroi.loader, makeRequest("/api/v1/calculate/sroi"));
    expect(get.status).toBe(405);
  });

  it("agrees with the engine for generated inputs (property)", async () => {
    const share = fc.double({ min: 0, max: 1, noNaN: true });
    const outcome = fc.record({
      label: fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() !== ""),
      quantity: fc.integer({ min: 0, max: 10_000 }),
      proxyValue: fc.integer({ min: 1, max: 1_000_000 }),
      deadweight: share,
      displacement: share,
      attribution: share,
      dropOff: share,
      durationYears: fc.integer({ min: 1, max: 10 }),
      startYear: fc.constantFrom(1, 2),
    });
    const body = fc.record({
      discountRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
      inputs: fc.array(fc.record({ label: fc.constant("Bidrag"), amount: fc.integer({ min: 1, max: 10_000_000 }) }), {
        minLength: 1,
        maxLength: 3,
      }),
      outcomes: fc.array(outcome, { minLength: 1, maxLength: 4 }),
    });
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const res = await postSroi(input);
        expect(res.status).toBe(200);
        const api = (await res.json()) as {
          presentValue: number;
          ratio: number;
          totalInputs: number;
          paybackMonths: number | null;
        };
        const parsed = parseSroiInput(input, "sv");
        expect(parsed.ok).toBe(true);
        const engine = calculateSroi((parsed as { value: SroiInputBody }).value);
        expect(api.totalInputs).toBe(engine.totalInputs);
        expect(api.presentValue).toBeCloseTo(engine.presentValue, 6);
        expect(api.ratio).toBeCloseTo(engine.ratio, 10);
        expect(api.paybackMonths).toEqual(engine.paybackMonths);
      }),
      { numRuns: 40 },
    );
  });

  it("never answers anything but 200 or 400 for arbitrary JSON", async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const res = await postSroi(value);
        expect([200, 400]).toContain(res.status);
      }),
      { numRuns: 60 },
    );
  });
});

describe("POST /api/v1/calculate/socioeconomic", () => {
  it("reproduces the worked example of §6.2", async () => {
    const res = await call(
      apiSocio.action,
      makeRequest("/api/v1/calculate/socioeconomic", { json: socioeconomicWorkedExample() }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      effectivePersonYears: number;
      actors: { actor: string; netPerPersonYear: number; total: number }[];
      publicSector: { netPerPersonYear: number; total: number; paybackYears: number };
      society: { total: number; realValuePerSek: number };
    };
    expect(body.effectivePersonYears).toBe(6);
    expect(body.actors.find((a) => a.actor === "kommun")!.netPerPersonYear).toBe(111_682);
    expect(body.actors.find((a) => a.actor === "arbetsformedlingen")!.netPerPersonYear).toBe(-85_000);
    expect(body.publicSector.netPerPersonYear).toBe(81_682);
    expect(body.publicSector.total).toBe(490_092);
    expect(body.publicSector.paybackYears).toBeCloseTo(1.84, 2);
    expect(body.society.total).toBe(1_350_000);
    expect(body.society.realValuePerSek).toBe(1.5);
    const bad = await call(
      apiSocio.action,
      makeRequest("/api/v1/calculate/socioeconomic", { json: { interventionCost: -1 } }),
    );
    expect(bad.status).toBe(400);
  });
});

describe("impact map page", () => {
  it("saves through the server, keeps the user's input on a bad value and refuses a stale save with 409", async () => {
    const { org, cookie } = await makeMember(db, "association", "editor");
    const { id: accountingId } = await makeAccounting(db, org.id);
    const params = { orgSlug: org.slug, accountingId };
    const path = `/o/${org.slug}/accountings/${accountingId}/impact-map`;

    const empty = await call(impactMap.loader, makeRequest(path, { cookie }), params);
    expect(empty.status).toBe(200);
    expect(((await empty.json()) as { state: { version: number } }).state.version).toBe(0);

    const bad = await call(
      impactMap.action,
      makeRequest(path, {
        cookie,
        form: sroiFormFields({ "outcomes.0.quantity": "tio", "outcomes.0.attribution": "125" }),
      }),
      params,
    );
    expect(bad.status).toBe(400);
    const badBody = (await bad.json()) as {
      errors: Record<string, string>;
      values: Record<string, string>;
      posted: { outcomes: { quantity: string; label: string }[] };
    };
    expect(badBody.errors["outcomes.0.quantity"]).toBe(
      "Antal ska vara ett tal. Skriv hur många personer eller enheter som får effekten, till exempel 10.",
    );
    expect(badBody.errors["outcomes.0.attribution"]).toBe(
      "Tillskrivning ska vara mellan 0 och 100 %. Skriv bara talet, till exempel 3,5 för 3,5 %.",
    );
    expect(badBody.values["outcomes.0.quantity"]).toBe("tio");
    expect(badBody.posted.outcomes[0]!.quantity).toBe("tio");
    expect(badBody.posted.outcomes[0]!.label).toBe("Deltagare lämnar ekonomiskt bistånd för arbete");

    const saved = await call(
      impactMap.action,
      makeRequest(path, { cookie, form: sroiFormFields({ "outcomes.1.quantity": "40,0" }) }),
      params,
    );
    expect(saved.status).toBe(302);
    const loaded = (await (await call(impactMap.loader, makeRequest(path, { cookie }), params)).json()) as {
      state: { version: number; values: { discountRate: string; outcomes: { attribution: string }[] } };
    };
    expect(loaded.state.version).toBe(1);
    expect(loaded.state.values.discountRate).toBe("3,5");
    expect(loaded.state.values.outcomes[0]!.attribution).toBe("25");

    const report = await loadValueReportData(db, org.id, accountingId, "sv");
    expect(report.sroi!.result.ratio).toBeCloseTo(1.2508, 4);
    expect(report.sroi!.result.sensitivity.find((s) => s.parameter === "duration")!.unit).toBe("years");
    expect(report.sroi!.inputs[1]).toMatchObject({ label: "Ideell tid", amount: 291_000 });
    expect(report.sroi!.outcomes[1]!.placeholder).toBe(true);
    expect(await hasSroiMap(db, org.id, accountingId)).toBe(true);
    expect(await hasSocioeconomic(db, org.id, accountingId)).toBe(false);
    expect(await findMissingJustificationsFor(db, org.id, accountingId)).toEqual([]);

    // Someone else saves version 2 with the justification for deadweight removed …
    const other = await call(
      impactMap.action,
      makeRequest(path, {
        cookie,
        form: sroiFormFields({ "outcomes.0.justifications.deadweight": "", "outcomes.0.quantity": "12" }, 1),
      }),
      params,
    );
    expect(other.status).toBe(302);
    expect(await findMissingJustificationsFor(db, org.id, accountingId)).toEqual([
      { outcomeIndex: 0, outcomeLabel: "Deltagare lämnar ekonomiskt bistånd för arbete", deduction: "deadweight" },
    ]);
    // … so a save based on version 1 is refused, with both versions and the user's input kept.
    const stale = await call(
      impactMap.action,
      makeRequest(path, { cookie, form: sroiFormFields({ "outcomes.0.quantity": "11" }, 1) }),
      params,
    );
    expect(stale.status).toBe(409);
    const conflict = (await stale.json()) as {
      version: number;
      values: Record<string, string>;
      posted: { outcomes: { quantity: string }[] };
      conflict: {
        message: string;
        by: string;
        version: number;
        differences: { path: string; label: string; yours: string; theirs: string }[];
        keepMine: { intent: string; fields: [string, string][] };
      };
    };
    expect(conflict.conflict.message).toMatch(/^Test Testsson sparade en ny version .* Dina ändringar är inte sparade/);
    expect(conflict.conflict.by).toBe("Test Testsson");
    expect(conflict.conflict.version).toBe(2);
    expect(conflict.version).toBe(2);
    expect(conflict.values["outcomes.0.quantity"]).toBe("11");
    expect(conflict.posted.outcomes[0]!.quantity).toBe("11");
    expect(conflict.conflict.differences).toContainEqual({
      path: "outcomes.0.quantity",
      label: "Effekt 1: Antal",
      yours: "11",
      theirs: "12",
    });
    expect(conflict.conflict.keepMine.intent).toBe("save");
    expect(conflict.conflict.keepMine.fields).toContainEqual(["outcomes.0.quantity", "11"]);
    const again = await call(
      impactMap.action,
      makeRequest(path, { cookie, form: sroiFormFields({ "outcomes.0.quantity": "11" }, 2) }),
      params,
    );
    expect(again.status).toBe(302);
  });

  it("adds a row without saving for browsers without JavaScript, and lets viewers read but not save", async () => {
    const { org, cookie, user } = await makeMember(db, "association", "admin");
    const { id: accountingId } = await makeAccounting(db, org.id);
    const params = { orgSlug: org.slug, accountingId };
    const path = `/o/${org.slug}/accountings/${accountingId}/impact-map`;
    const fields = sroiFormFields().filter(([k]) => k !== "intent");
    const added = await call(
      impactMap.action,
      makeRequest(path, { cookie, form: [...fields, ["intent", "add-outcome"]] }),
      params,
    );
    expect(added.status).toBe(200);
    const addedBody = (await added.json()) as { posted: { outcomes: { stakeholder: string }[] } };
    expect(addedBody.posted.outcomes).toHaveLength(3);
    expect(addedBody.posted.outcomes[2]!.stakeholder).toBe("Deltagare");
    expect(await hasSroiMap(db, org.id, accountingId)).toBe(false);

    const viewer = await makeUser(db);
    await insertMembership(db, org.id, viewer.id, "viewer");
    const viewerCookie = await sessionCookieFor(viewer.id);
    expect((await call(impactMap.loader, makeRequest(path, { cookie: viewerCookie }), params)).status).toBe(200);
    expect(
      (await call(impactMap.action, makeRequest(path, { cookie: viewerCookie, form: sroiFormFields() }), params))
        .status,
    ).toBe(403);
    void user;
  });

  it("another organisation gets 404 on load and save, and its data is never returned", async () => {
    const a = await makeMember(db);
    const b = await makeMember(db);
    const { id: accountingId } = await makeAccounting(db, a.org.id);
    const own = { orgSlug: a.org.slug, accountingId };
    expect(
      (await call(impactMap.action, makeRequest("/x", { cookie: a.cookie, form: sroiFormFields() }), own)).status,
    ).toBe(302);

    for (const params of [own, { orgSlug: b.org.slug, accountingId }]) {
      const path = `/o/${params.orgSlug}/accountings/${accountingId}/impact-map`;
      expect((await call(impactMap.loader, makeRequest(path, { cookie: b.cookie }), params)).status).toBe(404);
      expect(
        (await call(impactMap.action, makeRequest(path, { cookie: b.cookie, form: sroiFormFields() }), params)).status,
      ).toBe(404);
      expect((await call(socioPage.loader, makeRequest(path, { cookie: b.cookie }), params)).status).toBe(404);
    }
    expect(await loadValueReportData(db, b.org.id, accountingId, "sv")).toEqual({});
    expect(await hasSroiMap(db, b.org.id, accountingId)).toBe(false);
    expect(await hasSroiMap(db, a.org.id, "not-a-uuid")).toBe(false);
  });
});

describe("socio-economic page", () => {
  it("saves the §6.2 example through the form and reports it per actor; a stale save gets 409", async () => {
    const { org, cookie } = await makeMember(db);
    const { id: accountingId } = await makeAccounting(db, org.id, { method: "nyttosam" });
    const params = { orgSlug: org.slug, accountingId };
    const path = `/o/${org.slug}/accountings/${accountingId}/socioeconomic`;
    const parsed = parseSocioeconomicInput(socioeconomicWorkedExample(), "sv");
    if (!parsed.ok) throw new Error("example invalid");
    const fields = (version: number, overrides: Record<string, string> = {}): [string, string][] =>
      Object.entries({
        ...flattenValues(storedToSocioForm(parsed.value, "sv")),
        ...overrides,
        baseVersion: String(version),
        intent: "save",
      });

    const bad = await call(
      socioPage.action,
      makeRequest(path, { cookie, form: fields(0, { "groups.0.successRate": "175" }) }),
      params,
    );
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { errors: Record<string, string> }).errors["groups.0.successRate"]).toBe(
      "Verkningsgrad ska vara mellan 0 och 100 %. Skriv bara talet, till exempel 3,5 för 3,5 %.",
    );
    expect((await call(socioPage.action, makeRequest(path, { cookie, form: fields(0) }), params)).status).toBe(302);
    const report = await loadValueReportData(db, org.id, accountingId, "en");
    expect(report.socioeconomic).toMatchObject({
      publicTotal: 490_092,
      societyTotal: 1_350_000,
      effectivePersonYears: 6,
      interventionCost: 900_000,
    });
    expect(report.socioeconomic!.paybackYearsPublic).toBeCloseTo(1.836, 3);
    expect(report.socioeconomic!.actors[0]).toEqual({
      key: "kommun",
      label: "Municipality",
      netPerPersonYear: 111_682,
      total: 670_092,
    });
    expect(await hasSocioeconomic(db, org.id, accountingId)).toBe(true);
    expect((await call(socioPage.action, makeRequest(path, { cookie, form: fields(0) }), params)).status).toBe(409);
  });
});

describe("demo impact map", () => {
  it("is the §5.4 worked example with a justification for every deduction", () => {
    const values = storedToSroiForm(KVARTERET_IMPACT_MAP, 0.035, "evaluative", "sv");
    expect(values.outcomes[0]!.proxyValue).toBe("63\u00a0682");
    const parsed = parseSroiInput({ ...KVARTERET_IMPACT_MAP, discountRate: 0.035 }, "sv");
    expect(parsed.ok).toBe(true);
    const result = calculateSroi((parsed as { value: SroiInputBody }).value);
    expect(Math.round(result.presentValue)).toBe(926_849);
    expect(result.warnings.filter((w) => w.path.includes("justifications"))).toEqual([]);
  });
});
