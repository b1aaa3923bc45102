import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ErrorSummary } from "~/components/ui";
import { FORM_ERROR, fieldErrorsOf, isUuid, pathIssuesOf } from "~/utils/validation";

const schema = z
  .object({ name: z.string().min(1, "Skriv namnet"), rows: z.array(z.object({ amount: z.number("Ett tal") })) })
  .refine((v) => v.name !== "x", "Hela formuläret är fel");

describe("fieldErrorsOf", () => {
  it("keys the first message per dotted path and puts path-less issues under _form", () => {
    const bad = schema.safeParse({ name: "", rows: [{ amount: "a" }] });
    expect(fieldErrorsOf(bad.error!)).toEqual({ name: "Skriv namnet", "rows.0.amount": "Ett tal" });
    const whole = schema.safeParse({ name: "x", rows: [] });
    expect(fieldErrorsOf(whole.error!)).toEqual({ [FORM_ERROR]: "Hela formuläret är fel" });
    expect(FORM_ERROR).toBe("_form");
  });

  it("accepts issues in the JSON API's shape and keeps the first message per path", () => {
    expect(
      fieldErrorsOf([
        { path: "outcomes.0.attribution", message: "först" },
        { path: "outcomes.0.attribution", message: "sedan" },
        { path: "", message: "hela" },
      ]),
    ).toEqual({ "outcomes.0.attribution": "först", [FORM_ERROR]: "hela" });
  });
});

describe("pathIssuesOf", () => {
  it("gives every issue as { path, message } with dotted paths and '' for the body", () => {
    const bad = schema.safeParse({ name: "", rows: [{ amount: "a" }] });
    expect(pathIssuesOf(bad.error!)).toEqual([
      { path: "name", message: "Skriv namnet" },
      { path: "rows.0.amount", message: "Ett tal" },
    ]);
    expect(pathIssuesOf(z.object({}).safeParse(5).error!)[0]!.path).toBe("");
  });
});

describe("isUuid", () => {
  it("accepts uuids only (36 dashes are not one)", () => {
    expect(isUuid("0b5a3c1e-8f5d-4b7a-9c3e-2d1f0e9a8b7c")).toBe(true);
    expect(isUuid("0B5A3C1E-8F5D-4B7A-9C3E-2D1F0E9A8B7C")).toBe(true);
    expect(isUuid("-".repeat(36))).toBe(false);
    expect(isUuid("0b5a3c1e8f5d4b7a9c3e2d1f0e9a8b7c")).toBe(false);
    expect(isUuid(42)).toBe(false);
  });
});

describe("ErrorSummary", () => {
  it("lists a form-level message without a link to a field that does not exist", () => {
    const html = renderToStaticMarkup(
      <ErrorSummary
        title="Det finns ett problem"
        errors={[
          { field: FORM_ERROR, message: "Någon annan sparade" },
          { field: "name", message: "Skriv namnet" },
        ]}
      />,
    );
    expect(html).toContain("Någon annan sparade");
    expect(html).not.toContain("#field-_form");
    expect(html).toContain('href="#field-name"');
  });
});
