import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calculateSroi, sroiRatioOf, type SroiInputBody, type SroiOutcomeBody } from "~/domain/sroi";

/** Property tests of the SROI engine (docs/domain/method-guide.md §5.1–5.2) with fast-check. */

const share = fc.double({ min: 0, max: 1, noNaN: true });

/** A positive outcome (the monotonicity property only holds for benefits, not disbenefits). */
const positiveOutcome: fc.Arbitrary<SroiOutcomeBody> = fc.record({
  label: fc.constant("effekt"),
  quantity: fc.oneof(fc.integer({ min: 0, max: 10_000 }), fc.double({ min: 0.01, max: 10_000, noNaN: true })),
  proxyValue: fc.double({ min: 1, max: 1_000_000, noNaN: true }),
  deadweight: share,
  displacement: share,
  attribution: share,
  dropOff: share,
  durationYears: fc.integer({ min: 1, max: 10 }),
  startYear: fc.constantFrom(1 as const, 2 as const),
});

const anyOutcome: fc.Arbitrary<SroiOutcomeBody> = fc.oneof(
  positiveOutcome,
  positiveOutcome.map((o) => ({ ...o, proxyValue: -o.proxyValue, negative: true })),
);

function calculation(outcome: fc.Arbitrary<SroiOutcomeBody>): fc.Arbitrary<SroiInputBody> {
  return fc.record({
    discountRate: fc.double({ min: 0, max: 0.1, noNaN: true }),
    inputs: fc.array(
      fc.record({ label: fc.constant("insats"), amount: fc.double({ min: 1, max: 10_000_000, noNaN: true }) }),
      { minLength: 1, maxLength: 3 },
    ),
    outcomes: fc.array(outcome, { minLength: 1, maxLength: 5 }),
  });
}

const deduction = fc.constantFrom(
  "deadweight" as const,
  "displacement" as const,
  "attribution" as const,
  "dropOff" as const,
);

describe("SROI properties", () => {
  it("the ratio never rises when any deduction of any outcome rises", () => {
    fc.assert(
      fc.property(calculation(positiveOutcome), deduction, fc.nat(), share, (input, key, pick, raise) => {
        const index = pick % input.outcomes.length;
        const before = input.outcomes[index][key];
        const after = before + (1 - before) * raise; // somewhere in [before, 1]
        const changed = {
          ...input,
          outcomes: input.outcomes.map((o, i) => (i === index ? { ...o, [key]: after } : o)),
        };
        const r0 = sroiRatioOf(input);
        expect(sroiRatioOf(changed)).toBeLessThanOrEqual(r0 + 1e-12 * Math.max(1, Math.abs(r0)));
      }),
    );
  });

  it("with no deductions, one year and r = 0 the ratio is quantity × proxy / inputs", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 10_000, noNaN: true }),
        fc.double({ min: 1, max: 1_000_000, noNaN: true }),
        fc.double({ min: 1, max: 10_000_000, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (quantity, proxyValue, amount, dropOff) => {
          const input: SroiInputBody = {
            discountRate: 0,
            inputs: [{ label: "insats", amount }],
            outcomes: [
              {
                label: "effekt",
                quantity,
                proxyValue,
                deadweight: 0,
                displacement: 0,
                attribution: 0,
                dropOff,
                durationYears: 1,
              },
            ],
          };
          const expected = (quantity * proxyValue) / amount;
          expect(calculateSroi(input).ratio).toBeCloseTo(expected, 9);
          expect(Math.abs(calculateSroi(input).ratio - expected)).toBeLessThanOrEqual(1e-12 * Math.max(1, expected));
        },
      ),
    );
  });

  it("splitting an outcome into two halves (quantity / 2 each) leaves the result unchanged", () => {
    fc.assert(
      fc.property(calculation(anyOutcome), fc.nat(), (input, pick) => {
        const index = pick % input.outcomes.length;
        const half = { ...input.outcomes[index], quantity: input.outcomes[index].quantity / 2 };
        const split = {
          ...input,
          outcomes: [...input.outcomes.slice(0, index), half, half, ...input.outcomes.slice(index + 1)],
        };
        const a = calculateSroi(input);
        const b = calculateSroi(split);
        const close = (x: number, y: number) =>
          expect(Math.abs(x - y)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(x), Math.abs(y)));
        close(a.presentValue, b.presentValue);
        close(a.ratio, b.ratio);
        close(a.netRatio, b.netRatio);
        expect(b.years.length).toBe(a.years.length);
        a.years.forEach((year, i) => close(year.value, b.years[i].value));
        if (a.paybackMonths !== null && b.paybackMonths !== null) {
          close(a.paybackMonths, b.paybackMonths);
        } else if (a.paybackMonths !== b.paybackMonths) {
          // Only a first-year value that cancels to (almost) exactly 0 may tip payback to "none".
          const scale = input.outcomes.reduce((sum, o) => sum + Math.abs(o.quantity * o.proxyValue), 0);
          expect(Math.abs(a.years[0].value)).toBeLessThanOrEqual(1e-9 * Math.max(1, scale));
        }
      }),
    );
  });

  it("net ratio is ratio − 1 and NPV is PV − inputs", () => {
    fc.assert(
      fc.property(calculation(anyOutcome), (input) => {
        const r = calculateSroi(input);
        expect(Math.abs(r.netRatio - (r.ratio - 1))).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(r.ratio)));
        expect(r.netPresentValue).toBe(r.presentValue - r.totalInputs);
      }),
      { numRuns: 50 },
    );
  });
});
