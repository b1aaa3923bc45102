import { randomBytes } from "node:crypto";
import type { Db } from "~db/client.server";
import { setDb } from "~db/index.server";
import { insertMembership, insertOrganisation } from "~db/queries/organisations.server";
import { createUser } from "~db/queries/users.server";
import { withCheckDigit } from "~/domain/org-number";
import type { OrgKind, Role } from "~/domain/permissions";
import { createSession } from "~server/auth/session.server";
import { hashPassword } from "~server/auth/password.server";
import { openTestDb } from "./test-db";

/**
 * Integration-test harness: a fresh migrated database put in place of the app's, factories for
 * users and organisations, and helpers that build requests and call route loaders/actions.
 */
export async function useTestApp(): Promise<{ db: Db; close: () => Promise<void> }> {
  const { db, cleanup } = await openTestDb();
  setDb(db);
  return {
    db,
    close: async () => {
      setDb(undefined);
      await cleanup();
    },
  };
}

let counter = 0;
function unique(): string {
  counter += 1;
  return `${Date.now().toString(36)}${counter}${randomBytes(2).toString("hex")}`;
}

export const TEST_PASSWORD = "ett bra testlösenord";
let cachedHash: string | undefined;

export async function makeUser(db: Db, overrides: { email?: string; name?: string } = {}) {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const email = overrides.email ?? `user-${unique()}@example.se`;
  const user = await createUser(db, {
    email,
    name: overrides.name ?? "Test Testsson",
    passwordHash: cachedHash,
    locale: "sv",
  });
  if (!user) throw new Error(`could not create ${email}`);
  return user;
}

export async function makeOrg(db: Db, kind: OrgKind = "association", overrides: { name?: string; slug?: string } = {}) {
  const id = unique();
  const name = overrides.name ?? `Testföreningen ${id}`;
  const digits = String(parseInt(id.replace(/[^0-9]/g, "").slice(-8) || "1", 10) % 100000000).padStart(8, "0");
  const org = await insertOrganisation(db, {
    slug: overrides.slug ?? `test-${id}`,
    name,
    kind,
    orgNumber: kind === "association" ? withCheckDigit(`8${digits}`) : null,
    sector: kind === "association" ? "general" : null,
    sizeBand: kind === "association" ? "S" : null,
  });
  return { ...org, name, kind };
}

/** A user who is a member of a new organisation, with a session cookie. */
export async function makeMember(db: Db, kind: OrgKind = "association", role: Role = "admin") {
  const user = await makeUser(db);
  const org = await makeOrg(db, kind);
  await insertMembership(db, org.id, user.id, role);
  const { cookie } = await createSession(user.id);
  return { user, org, cookie: cookie.split(";")[0]! };
}

export async function sessionCookieFor(userId: string): Promise<string> {
  const { cookie } = await createSession(userId);
  return cookie.split(";")[0]!;
}

/** A Request as the browser would send it. `form` posts urlencoded; `json` posts JSON. */
export function makeRequest(
  path: string,
  options: {
    cookie?: string;
    method?: string;
    form?: Record<string, string> | [string, string][];
    json?: unknown;
    headers?: Record<string, string>;
  } = {},
): Request {
  const headers = new Headers(options.headers);
  if (options.cookie) headers.set("Cookie", options.cookie);
  let body: BodyInit | undefined;
  if (options.form) {
    body = new URLSearchParams(options.form as Record<string, string>);
    headers.set("Content-Type", "application/x-www-form-urlencoded");
  } else if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers.set("Content-Type", "application/json");
  }
  const method = options.method ?? (body ? "POST" : "GET");
  return new Request(`http://localhost${path}`, { method, headers, body });
}

/** Runs a loader or action; a thrown Response (redirect, 404) is returned instead of thrown. */
export async function call(
  fn: (args: { request: Request; params: Record<string, string>; context: Record<string, unknown> }) => unknown,
  request: Request,
  params: Record<string, string> = {},
  context: Record<string, unknown> = { clientIp: "127.0.0.1" },
): Promise<Response> {
  try {
    const result = await fn({ request, params, context });
    if (result instanceof Response) return result;
    return new Response(JSON.stringify(result ?? null), {
      status: 200,
      headers: { "Content-Type": "application/json" },
    });
  } catch (thrown) {
    if (thrown instanceof Response) return thrown;
    throw thrown;
  }
}
