import { describe, expect, it } from "vitest";
import {
  ACCOUNTING_PURPOSES,
  ACCOUNTING_PURPOSE_LABELS,
  AUDIENCES,
  AUDIENCE_LABELS,
  IMPACT_CHAIN_LEVELS,
  IMPACT_CHAIN_LEVEL_INFO,
  isIsoDate,
  makeActionPlanRowSchema,
  makeImpactChainItemSchema,
  makeStakeholderSchema,
} from "~/domain/method-guide/accounting";

const ImpactChainItemSchema = makeImpactChainItemSchema("sv");
const StakeholderSchema = makeStakeholderSchema("sv");
const ActionPlanRowSchema = makeActionPlanRowSchema("sv");

function messages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((i) => [i.path.join("."), i.message]));
}

describe("accounting labels", () => {
  it("labels every purpose and audience in both languages", () => {
    expect(ACCOUNTING_PURPOSES).toEqual([
      "grant-application",
      "grant-report",
      "tender",
      "iop",
      "internal-learning",
      "members",
      "sustainability-report",
    ]);
    for (const p of ACCOUNTING_PURPOSES) expect(ACCOUNTING_PURPOSE_LABELS[p].sv).not.toBe("");
    for (const a of AUDIENCES) expect(AUDIENCE_LABELS[a].en).not.toBe("");
  });

  it("has the five impact chain levels with samhällspåverkan, never the bare word impact", () => {
    expect(IMPACT_CHAIN_LEVEL_INFO.map((l) => l.key)).toEqual([...IMPACT_CHAIN_LEVELS]);
    expect(IMPACT_CHAIN_LEVEL_INFO.map((l) => l.label.sv)).toEqual([
      "Resurser",
      "Aktiviteter",
      "Prestationer",
      "Effekter",
      "Samhällspåverkan",
    ]);
    expect(IMPACT_CHAIN_LEVELS).toEqual(["input", "activity", "output", "outcome", "impact"]);
  });
});

describe("building-block schemas", () => {
  it("validates an impact chain item", () => {
    expect(
      ImpactChainItemSchema.parse({
        level: "outcome",
        text: " Bättre självkänsla ",
        stakeholderId: "s1",
        assumption: "De kommer regelbundet",
      }),
    ).toEqual({
      level: "outcome",
      text: "Bättre självkänsla",
      stakeholderId: "s1",
      assumption: "De kommer regelbundet",
    });
    expect(messages(ImpactChainItemSchema.safeParse({ level: "effect", text: "" }))).toEqual({
      level: "Välj ett av alternativen för ”Nivå”.",
      text: "Fyll i ”Beskrivning”.",
    });
  });

  it("requires involvement and what changes only for included stakeholder groups", () => {
    expect(
      StakeholderSchema.safeParse({ name: "Grannar", involvement: "", whatChanges: "", included: false }).success,
    ).toBe(true);
    expect(
      messages(
        StakeholderSchema.safeParse({ name: "Deltagare", size: 40, involvement: "", whatChanges: "", included: true }),
      ),
    ).toEqual({
      involvement: "Fyll i ”Hur de involveras”.",
      whatChanges: "Fyll i ”Vad förändras för dem”.",
    });
    expect(
      messages(
        makeStakeholderSchema("en").safeParse({
          name: "Parents",
          size: -1,
          involvement: "Survey",
          whatChanges: "Less worry",
          included: true,
        }),
      ),
    ).toEqual({
      size: "Enter a whole number of 0 or more.",
    });
  });

  it("validates an action-plan row: what, when, who and how to measure are required", () => {
    const row = {
      what: "Starta läxhjälp på tisdagar",
      goals: "Fler klarar skolan",
      how: "Två ledare",
      when: "2026-09-01",
      who: "Sara",
      measure: "Räkna deltagare varje vecka",
      indicatorIds: ["i1"],
    };
    expect(ActionPlanRowSchema.parse(row)).toEqual(row);
    expect(ActionPlanRowSchema.safeParse({ ...row, when: "hösten 2026" }).success).toBe(true);
    expect(messages(makeActionPlanRowSchema("en").safeParse({ what: "x", when: "", who: "" }))).toEqual({
      when: "Fill in “When?”.",
      who: "Fill in “Who?”.",
      measure: "Fill in “How will we measure success?”.",
    });
  });

  it("recognises real ISO dates only", () => {
    expect(isIsoDate("2026-02-28")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2026-02-29")).toBe(false);
    expect(isIsoDate("2026-2-1")).toBe(false);
  });
});
