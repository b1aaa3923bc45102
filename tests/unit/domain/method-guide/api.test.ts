import { describe, expect, it } from "vitest";
import { methodsForApi } from "~/domain/method-guide/api";

describe("methodsForApi", () => {
  it("returns exactly the public shape for the eight methods", () => {
    const body = methodsForApi();
    expect(Object.keys(body)).toEqual(["methods"]);
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
    for (const m of body.methods) {
      expect(Object.keys(m).sort()).toEqual(["key", "monetary", "name", "steps", "summary"]);
      expect(Object.keys(m.name).sort()).toEqual(["en", "sv"]);
      expect(Object.keys(m.summary).sort()).toEqual(["en", "sv"]);
      expect(typeof m.monetary).toBe("boolean");
      expect(m.steps.length).toBeGreaterThan(0);
      for (const s of m.steps) {
        expect(Object.keys(s).sort()).toEqual(["key", "title"]);
        expect(Object.keys(s.title).sort()).toEqual(["en", "sv"]);
      }
    }
  });

  it("serialises to the documented JSON", () => {
    const json = JSON.parse(JSON.stringify(methodsForApi()));
    const sroi = json.methods.find((m: { key: string }) => m.key === "sroi");
    expect(sroi.monetary).toBe(true);
    expect(sroi.steps[0]).toEqual({
      key: "scope-and-stakeholders",
      title: { sv: "Avgränsning och intressenter", en: "Establish scope and identify stakeholders" },
    });
    expect(sroi.steps.map((s: { key: string }) => s.key)).toEqual([
      "scope-and-stakeholders",
      "map-outcomes",
      "evidence-and-value",
      "establish-impact",
      "calculate",
      "report-and-use",
    ]);
  });

  it("builds a fresh object each call", () => {
    const a = methodsForApi();
    a.methods[0].name.sv = "ändrad";
    expect(methodsForApi().methods[0].name.sv).not.toBe("ändrad");
  });
});
