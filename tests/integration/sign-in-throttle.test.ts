import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPasswordHash, updatePasswordHash } from "~db/queries/users.server";
import * as login from "~/routes/login";
import * as signup from "~/routes/signup";
import { LIMITS } from "~server/auth/throttle.server";
import { verifyPassword } from "~server/auth/password.server";
import { call, makeRequest, makeUser, TEST_PASSWORD, useTestApp } from "../support/app";
import { scryptHashForTests } from "../support/passwords";

/**
 * The sign-in throttle (each test fails on the code before issue 14): it counts atomically, it does not
 * lock the owner out, it takes the client address from the load context (req.ip), not X-Forwarded-For;
 * sign-ups are throttled; old hashes are upgraded at sign-in.
 */
let app: Awaited<ReturnType<typeof useTestApp>>;
beforeAll(async () => {
  app = await useTestApp();
});
afterAll(async () => {
  await app.close();
});

const signIn = (email: string, password: string, ip: string, headers: Record<string, string> = {}) =>
  call(
    login.action,
    makeRequest("/login", { form: { intent: "login", email, password }, headers }),
    {},
    { clientIp: ip },
  );

describe("sign-in throttle", () => {
  it("lets no more than the limit through when 20 wrong passwords arrive at once", async () => {
    const user = await makeUser(app.db);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => signIn(user.email, "fel lösenord igen", "203.0.113.50")),
    );
    const checked = results.filter((r) => r.status === 400).length;
    const refused = results.filter((r) => r.status === 429).length;
    expect(checked).toBe(LIMITS.signIn.perEmailAndIp);
    expect(refused).toBe(20 - LIMITS.signIn.perEmailAndIp);
  });

  it("does not lock the owner out: ten wrong passwords from elsewhere leave the owner's sign-in open", async () => {
    const user = await makeUser(app.db);
    for (let i = 0; i < 12; i++) await signIn(user.email, "gissning nummer x", "203.0.113.60");
    expect((await signIn(user.email, TEST_PASSWORD, "203.0.113.60")).status).toBe(429);
    expect((await signIn(user.email, TEST_PASSWORD, "198.51.100.60")).status).toBe(302);
  });

  it("counts per client address whatever X-Forwarded-For says", async () => {
    const ip = "203.0.113.70";
    let limited = 0;
    for (let i = 0; i < LIMITS.signIn.perIp + 1; i++) {
      const res = await signIn(`okand-${i}@example.se`, "fel lösenord", ip, { "X-Forwarded-For": `10.1.${i}.1` });
      if (res.status === 429) limited += 1;
    }
    expect(limited).toBe(1);
  });

  it("throttles sign-ups per client address", async () => {
    const ip = "203.0.113.80";
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.signUp.perIp + 1; i++) {
      const res = await call(
        signup.action,
        makeRequest("/signup", {
          form: {
            intent: "signup",
            name: "Massa Konton",
            email: `massa-${i}-${Date.now()}@example.se`,
            password: TEST_PASSWORD,
          },
        }),
        {},
        { clientIp: ip },
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, LIMITS.signUp.perIp).every((s) => s === 302)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
  });
});

describe("password hashes", () => {
  it("replaces a hash of a lower cost at sign-in, and the password still works", async () => {
    const user = await makeUser(app.db);
    await updatePasswordHash(app.db, user.id, await scryptHashForTests(TEST_PASSWORD, 1024));
    expect((await signIn(user.email, TEST_PASSWORD, "198.51.100.90")).status).toBe(302);
    const stored = (await getPasswordHash(app.db, user.id))!;
    expect(stored.split("$")[1]).toBe(String(2 ** Number(process.env.SCRYPT_LOG_N ?? 17)));
    expect(await verifyPassword(TEST_PASSWORD, stored)).toBe(true);
    expect((await signIn(user.email, TEST_PASSWORD, "198.51.100.90")).status).toBe(302);
  });

  it("refuses a common password at sign-up", async () => {
    const res = await call(
      signup.action,
      makeRequest("/signup", {
        form: { intent: "signup", name: "Vanlig", email: `vanlig-${Date.now()}@example.se`, password: "qwerty123456" },
      }),
      {},
      { clientIp: "198.51.100.91" },
    );
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Record<string, string> }).errors.password).toMatch(/för vanligt/);
  });
});
