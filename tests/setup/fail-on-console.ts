import { afterEach, beforeEach, vi } from "vitest";

/** A console.error or console.warn in a test is a failure: tests fail loudly. */
let problems: string[] = [];
beforeEach(() => {
  problems = [];
  vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    problems.push(args.map(String).join(" "));
  });
  vi.spyOn(console, "warn").mockImplementation((...args: unknown[]) => {
    problems.push(args.map(String).join(" "));
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  if (problems.length > 0) throw new Error(`console.error/warn during test:\n${problems.join("\n")}`);
});
