import { describe, expect, it } from "vitest";
import { normaliseOrgNumber, orgNumberProblem, withCheckDigit } from "~/domain/org-number";

describe("organisationsnummer", () => {
  it("accepts valid numbers with and without the hyphen", () => {
    expect(orgNumberProblem("802412-3450")).toBeNull();
    expect(orgNumberProblem("556036-0793")).toBeNull();
    expect(orgNumberProblem("8024123450")).toBeNull();
    expect(normaliseOrgNumber(" 8024123450 ")).toBe("802412-3450");
  });
  it("rejects a wrong check digit and a wrong format", () => {
    expect(orgNumberProblem("802412-3451")).toBe("check-digit");
    expect(orgNumberProblem("80241-23450")).toBe("format");
    expect(orgNumberProblem("abc")).toBe("format");
    expect(orgNumberProblem("")).toBe("format");
  });
  it("completes nine digits with the Luhn digit", () => {
    expect(withCheckDigit("802412345")).toBe("802412-3450");
    expect(orgNumberProblem(withCheckDigit("802555123"))).toBeNull();
  });
});
