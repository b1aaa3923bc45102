import { createHash, randomBytes } from "node:crypto";
import { redirect } from "@remix-run/node";
import { getDb } from "~db/index.server";
import { deleteSession, findSessionUserId, insertSession } from "~db/queries/sessions.server";
import { getUserById, type UserRow } from "~db/queries/users.server";
import { forgetRequestMemo, memoPerRequest } from "../request-memo.server";
import { SESSION_DAYS, sessionCookie } from "./cookies.server";

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

async function sessionToken(request: Request): Promise<string | undefined> {
  const value: unknown = await sessionCookie().parse(request.headers.get("Cookie"));
  return typeof value === "string" && value.length > 0 ? value : undefined;
}

/**
 * The signed-in user's id from the session cookie, or undefined. An `Authorization` header is NOT a
 * login here: API tokens are accepted only by the JSON API (server/api-tokens/resolve.server.ts).
 */
export async function getUserId(request: Request): Promise<string | undefined> {
  const token = await sessionToken(request);
  if (!token) return undefined;
  const hash = sha256(token);
  return memoPerRequest(`session:${hash}`, async () => findSessionUserId(await getDb(), hash));
}

export async function getUser(request: Request): Promise<UserRow | undefined> {
  const id = await getUserId(request);
  return id ? memoPerRequest(`user:${id}`, async () => getUserById(await getDb(), id)) : undefined;
}

function loginRedirect(request: Request): never {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  throw redirect(`/login?redirectTo=${encodeURIComponent(back)}`);
}

/** The signed-in user; anyone else is sent to the sign-in page (or gets 401 on the API). */
export async function requireUser(request: Request): Promise<UserRow> {
  const user = await getUser(request);
  if (user) return user;
  if (new URL(request.url).pathname.startsWith("/api/")) {
    throw new Response(JSON.stringify({ error: "Authentication required" }), {
      status: 401,
      headers: { "Content-Type": "application/json" },
    });
  }
  return loginRedirect(request);
}

/** Starts a session and returns the Set-Cookie header value. */
export async function createSession(userId: string): Promise<{ cookie: string; tokenHash: string }> {
  const token = newToken();
  const tokenHash = sha256(token);
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  await insertSession(await getDb(), tokenHash, userId, expires);
  forgetRequestMemo();
  return { cookie: await sessionCookie().serialize(token, { expires }), tokenHash };
}

/** The hash of the current session's token (to keep it when ending the others). */
export async function currentSessionHash(request: Request): Promise<string | undefined> {
  const token = await sessionToken(request);
  return token ? sha256(token) : undefined;
}

/** Ends the current session; returns the Set-Cookie header that clears the cookie. */
export async function destroySession(request: Request): Promise<string> {
  const token = await sessionToken(request);
  if (token) await deleteSession(await getDb(), sha256(token));
  forgetRequestMemo();
  return sessionCookie().serialize("", { maxAge: 0 });
}

/**
 * A session cookie that opens nothing: a sign-up with an address that already has an account answers
 * with the same headers as a new sign-up, so the answer does not reveal the account.
 */
export async function decoySessionCookie(): Promise<string> {
  const expires = new Date(Date.now() + SESSION_DAYS * 24 * 60 * 60 * 1000);
  return sessionCookie().serialize(newToken(), { expires });
}
