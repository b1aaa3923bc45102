import { afterEach, describe, expect, it } from "vitest";
import { nestFormEntries } from "~/domain/method-guide";

describe("nestFormEntries", () => {
  afterEach(() => {
    delete (Object.prototype as Record<string, unknown>).polluted;
  });

  it("never writes into Object.prototype (a posted `__proto__.polluted` is dropped)", () => {
    const nested = nestFormEntries([
      ["__proto__.polluted", "yes"],
      ["constructor.prototype.polluted", "yes"],
      ["goals.0.text", "Mer gemenskap"],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(nested).toEqual({ goals: { 0: { text: "Mer gemenskap" } } });
  });
});
