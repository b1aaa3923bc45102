import { describe, expect, it } from "vitest";
import { isCommonPassword } from "~server/auth/password-policy.server";

describe("common passwords", () => {
  it("refuses listed passwords, with digits or punctuation around them, and repeats", () => {
    for (const p of [
      "123qweasdzxc",
      "password123456",
      "Lösenord2024!",
      "sommarsommar",
      "aaaaaaaaaaaa",
      "qwertyuiop12",
    ]) {
      expect(isCommonPassword(p), p).toBe(true);
    }
  });
  it("accepts a sentence", () => {
    for (const p of ["ett bra testlösenord", "kaffe i föreningslokalen", "Tre gröna cyklar 88"]) {
      expect(isCommonPassword(p), p).toBe(false);
    }
  });
});
