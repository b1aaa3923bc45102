import { describe, expect, it } from "vitest";
import { safeRedirect } from "~server/http.server";

/** Before: "/%09/evil.example/…" passed and Chromium followed it off-site. */
describe("safeRedirect", () => {
  it("keeps same-origin paths", () => {
    expect(safeRedirect("/o/kvarteret/accountings?tab=2#x")).toBe("/o/kvarteret/accountings?tab=2#x");
    expect(safeRedirect("/settings/tokens")).toBe("/settings/tokens");
  });
  it("refuses everything that can leave the site", () => {
    for (const to of [
      "/%09/evil.example/",
      "/%09%2Fevil.example",
      "/\t/evil.example",
      "/\n/evil.example",
      "//evil.example",
      "/\\evil.example",
      "/%5Cevil.example",
      "https://evil.example",
      "javascript:alert(1)",
      " /x",
      "",
    ]) {
      expect(safeRedirect(to), JSON.stringify(to)).toBe("/");
    }
    expect(safeRedirect(null)).toBe("/");
  });
});
