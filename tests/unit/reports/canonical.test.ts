import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildReportModel } from "~/domain/reports/build-report";
import { canonicalJson } from "~/domain/reports/canonical";
import { contentHash } from "~server/reports/hash.server";
import { fixtureOptions, fixtureSource } from "./fixture";

/** A deep copy with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reverseKeys(v)]),
    );
  }
  return value;
}

describe("canonicalJson", () => {
  it("sorts keys at every level and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1, { z: true, y: null }], c: "å" } })).toBe(
      '{"a":{"c":"å","d":[3,1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("drops undefined members, writes -0 as 0 and refuses non-JSON values", () => {
    expect(canonicalJson({ a: undefined, b: -0, c: [undefined] })).toBe('{"b":0,"c":[null]}');
    expect(() => canonicalJson({ a: Number.NaN })).toThrow("$.a is not a finite number");
    expect(() => canonicalJson({ a: new Date(0) })).toThrow("not a plain object");
  });

  it("is independent of key order and parses back to the same value (property)", () => {
    const json = fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown);
    fc.assert(
      fc.property(json, (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reverseKeys(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(value);
      }),
      { numRuns: 200 },
    );
  });

  it("gives a report model a stable content hash that changes with its content", () => {
    const model = buildReportModel(fixtureSource(), fixtureOptions("annual"));
    const hash = contentHash(model);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(contentHash(reverseKeys(model) as typeof model)).toBe(hash);
    expect(contentHash(buildReportModel(fixtureSource(), fixtureOptions("annual")))).toBe(hash);
    expect(contentHash({ ...model, title: "Social redovisning 2025 (rättad)" })).not.toBe(hash);
  });
});
