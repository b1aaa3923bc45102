import { describe, expect, it } from "vitest";
import { canPublish, qualityCheck } from "~/domain/reports/quality-check";
import { fixtureSource } from "./fixture";

const codes = (items: ReturnType<typeof qualityCheck>) =>
  items.map((i) => `${i.severity}:${i.code}:${i.fix.targetId ?? ""}`);

describe("qualityCheck", () => {
  it("finds only advisory items in the fixture, with a fix target for each", () => {
    const items = qualityCheck(fixtureSource(), { template: "grant-report" });
    expect(codes(items)).toEqual([
      "advisory:outcome-without-indicator:out-relatives",
      "advisory:claim-without-evidence:ind-lonely",
      "advisory:period-without-data:ind-gen03",
      "advisory:sroi-proxy-placeholder:1",
      "advisory:stakeholder-not-heard:3",
      "advisory:story-without-consent:",
    ]);
    expect(canPublish(items)).toBe(true);
    expect(items[0].message).toBe(
      'Effekten "Anhöriga får mer ork i vardagen" har ingen indikator ännu, så den visas utan siffror.',
    );
    expect(items[0].fix.area).toBe("impact-chain");
  });

  it("blocks a ratio without sensitivity analysis", () => {
    const source = fixtureSource();
    source.sroi!.result.sensitivity = [];
    const items = qualityCheck(source);
    expect(items[0]).toMatchObject({
      code: "sroi-ratio-without-sensitivity",
      severity: "blocking",
      fix: { area: "sroi" },
    });
    expect(canPublish(items)).toBe(false);
  });

  it("blocks a proxy without source or year unless it is a placeholder", () => {
    const source = fixtureSource();
    source.sroi!.outcomes[0].proxyYear = undefined;
    expect(codes(qualityCheck(source)).filter((c) => c.startsWith("blocking"))).toEqual([
      "blocking:sroi-proxy-without-source:0",
    ]);
    source.sroi!.outcomes[0].placeholder = true;
    expect(codes(qualityCheck(source)).filter((c) => c.includes("proxy"))).toEqual([
      "advisory:sroi-proxy-placeholder:0",
      "advisory:sroi-proxy-placeholder:1",
    ]);
  });

  it("blocks unjustified deductions for external reports and advises for internal ones", () => {
    const source = fixtureSource();
    delete source.sroi!.outcomes[0].justifications!.attribution;
    source.sroi!.outcomes[0].justifications!.dropOff = "  ";
    const external = qualityCheck(source).find((i) => i.code === "sroi-deduction-unjustified")!;
    expect(external.severity).toBe("blocking");
    expect(external.message).toBe(
      'Motivera tillskrivning, avtagande för "Deltagare lämnar ekonomiskt bistånd för arbete".',
    );
    const internal = qualityCheck(source, { audience: "internal" }).find(
      (i) => i.code === "sroi-deduction-unjustified",
    )!;
    expect(internal.severity).toBe("advisory");
    // Drop-off needs no justification for a one-year outcome (outcome B has none).
    expect(qualityCheck(source).filter((i) => i.code === "sroi-deduction-unjustified")).toHaveLength(1);
  });

  it("asks about zero deadweight or attribution", () => {
    const source = fixtureSource();
    source.sroi!.outcomes[1].attribution = 0;
    expect(codes(qualityCheck(source))).toContain("advisory:sroi-deduction-zero:1");
  });

  it("blocks outcome figures without baseline or data source, advises for plans", () => {
    const source = fixtureSource();
    delete source.indicators[1].baseline;
    source.indicators[2].dataSource = "";
    expect(codes(qualityCheck(source)).filter((c) => c.startsWith("blocking"))).toEqual([
      "blocking:indicator-without-baseline:ind-asf05",
      "blocking:indicator-without-data-source:ind-lonely",
    ]);
    // In a grant application nothing is claimed yet: the same gaps are advisory, and actuals are not checked.
    const plan = qualityCheck(source, { template: "grant-application" });
    expect(canPublish(plan)).toBe(true);
    expect(plan.some((i) => i.code === "period-without-data" || i.code === "claim-without-evidence")).toBe(false);
    expect(codes(plan)).toContain("advisory:indicator-without-baseline:ind-asf05");
  });

  it("notes indicators without any data and a tender share below 30 %", () => {
    const source = fixtureSource();
    source.indicators[3].actuals = [];
    source.tender!.reservedEligibility.shareTargetGroup = 0.25;
    const items = codes(qualityCheck(source, { template: "tender" }));
    expect(items).toContain("advisory:indicator-without-data:ind-asf07");
    expect(items).toContain("advisory:tender-share-below-threshold:");
  });

  it("warns when the typed ASF-07 share differs from the indicator, and checks the indicator's value", () => {
    const source = fixtureSource();
    source.tender!.reservedEligibility.shareTargetGroup = 0.42;
    source.indicators[3].actuals = source.indicators[3].actuals.map((a) => ({ ...a, value: 25 }));
    const items = qualityCheck(source, { template: "tender" });
    const differs = items.find((i) => i.code === "tender-share-differs-from-indicator")!;
    expect(differs.message).toBe(
      "Andelen du har skrivit på anbudssidan (42\u00a0%) skiljer sig från indikatorn ASF-07 (25\u00a0%, Höst 2025). Rapporten använder indikatorns värde. Rätta eller töm andelen på anbudssidan.",
    );
    // The threshold is checked against the figure the report states (the indicator's 25 %), not the typed 42 %.
    expect(codes(items)).toContain("advisory:tender-share-below-threshold:");
    source.tender!.reservedEligibility.shareTargetGroup = 0.25;
    expect(
      qualityCheck(source, { template: "tender" }).some((i) => i.code === "tender-share-differs-from-indicator"),
    ).toBe(false);
  });

  it("pluralises the stories without consent", () => {
    const source = fixtureSource();
    const one = source.stories.filter((s) => !s.consent).length;
    expect(one).toBe(1);
    const message = (s: typeof source) => qualityCheck(s).find((i) => i.code === "story-without-consent")!.message;
    expect(message(source)).toBe("1 berättelse saknar samtycke och visas inte i rapporten.");
    source.stories.push({ ...source.stories.find((s) => !s.consent)! });
    expect(message(source)).toBe("2 berättelser saknar samtycke och visas inte i rapporten.");
  });
});
