import { describe, expect, it } from "vitest";
import { METHODS, stepSchema } from "~/domain/method-guide";

describe("step schemas", () => {
  const step = METHODS[0]!.steps[0]!;
  it("are generated once per step, locale and mode, then reused", () => {
    expect(stepSchema(step, "sv", "complete")).toBe(stepSchema(step, "sv", "complete"));
    expect(stepSchema(step, "en", "complete")).not.toBe(stepSchema(step, "sv", "complete"));
    expect(stepSchema(step, "sv", "draft")).not.toBe(stepSchema(step, "sv", "complete"));
  });
  it("still validate per mode", () => {
    expect(stepSchema(step, "sv", "draft").safeParse({}).success).toBe(true);
  });
});
