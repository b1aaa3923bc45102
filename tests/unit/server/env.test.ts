import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, secureCookies } from "~server/env.server";

describe("environment", () => {
  it("has working defaults for a newcomer", () => {
    const env = parseEnv({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: "./data", SEED_DEMO: true, NODE_ENV: "development" });
    expect(env.DATABASE_URL).toBeUndefined();
  });
  it("reads SEED_DEMO=false and a postgres URL", () => {
    const env = parseEnv({ SEED_DEMO: "false", DATABASE_URL: "postgres://u@127.0.0.1:5432/x", PORT: "8080" });
    expect(env).toMatchObject({ SEED_DEMO: false, DATABASE_URL: "postgres://u@127.0.0.1:5432/x", PORT: 8080 });
  });
  it("stops with a message naming each bad variable", () => {
    expect(() => parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x" })).toThrow(EnvError);
    try {
      parseEnv({ PORT: "abc", DATABASE_URL: "mysql://x", SEED_DEMO: "kanske" });
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toContain("PORT");
      expect(message).toContain("DATABASE_URL: must be a postgres:// or postgresql:// URL");
      expect(message).toContain("SEED_DEMO");
    }
  });
  it("requires SESSION_SECRET in production", () => {
    expect(() => parseEnv({ NODE_ENV: "production" })).toThrow(/SESSION_SECRET: is required when NODE_ENV=production/);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "short" })).toThrow(/at least 32/);
    expect(parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32) }).SESSION_SECRET).toHaveLength(32);
  });
  it("reads the mail settings and refuses a bad SMTP_URL or MAIL_FROM", () => {
    const e = parseEnv({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "Synlig <hej@synlig.example>" });
    expect(e).toMatchObject({ SMTP_URL: "smtps://u:p@mail.example:465", MAIL_FROM: "Synlig <hej@synlig.example>" });
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    expect(() => parseEnv({ SMTP_URL: "http://mail.example" })).toThrow(/SMTP_URL: must be an smtp/);
    expect(() => parseEnv({ MAIL_FROM: "not an address" })).toThrow(/MAIL_FROM/);
  });
  it("reads PUBLIC_ORIGIN, TRUST_PROXY and SCRYPT_LOG_N", () => {
    expect(parseEnv({ PUBLIC_ORIGIN: "https://synlig.example" }).PUBLIC_ORIGIN).toBe("https://synlig.example");
    expect(() => parseEnv({ PUBLIC_ORIGIN: "https://synlig.example/app" })).toThrow(/PUBLIC_ORIGIN/);
    expect(parseEnv({}).TRUST_PROXY).toBe(false);
    expect(parseEnv({ TRUST_PROXY: "1" }).TRUST_PROXY).toBe(1);
    expect(parseEnv({ TRUST_PROXY: "loopback" }).TRUST_PROXY).toBe("loopback");
    expect(parseEnv({}).SCRYPT_LOG_N).toBe(17);
    expect(() => parseEnv({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(32), SCRYPT_LOG_N: "14" })).toThrow(
      /SCRYPT_LOG_N/,
    );
  });
  it("lets npm start (LOCAL_START) run production with the generated secret and plain-HTTP cookies", () => {
    const local = parseEnv({ NODE_ENV: "production", LOCAL_START: "true" });
    expect(local.SESSION_SECRET).toBeUndefined();
    expect(secureCookies(local)).toBe(false);
    expect(
      secureCookies(parseEnv({ NODE_ENV: "production", LOCAL_START: "true", PUBLIC_ORIGIN: "https://s.example" })),
    ).toBe(true);
  });
  it("makes cookies Secure in production unless PUBLIC_ORIGIN is plain http", () => {
    const secret = "x".repeat(32);
    expect(secureCookies(parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret }))).toBe(true);
    expect(
      secureCookies(parseEnv({ NODE_ENV: "production", SESSION_SECRET: secret, PUBLIC_ORIGIN: "http://intra:8080" })),
    ).toBe(false);
    expect(secureCookies(parseEnv({}))).toBe(false);
    expect(() => parseEnv({ PUBLIC_ORIGIN: "https://s.example/path" })).toThrow(/PUBLIC_ORIGIN/);
  });
});
