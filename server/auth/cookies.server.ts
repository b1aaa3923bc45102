import { createCookie } from "@remix-run/node";
import { DEFAULT_LOCALE, isLocale, type Locale } from "~/i18n/types";
import { env, secureCookies } from "../env.server";
import { sessionSecret } from "./secret.server";

export const SESSION_DAYS = 30;

let sessionCookieInstance: ReturnType<typeof createCookie> | undefined;
/** The session cookie: httpOnly, SameSite=Lax, Secure in production (see secureCookies), signed. */
export function sessionCookie() {
  sessionCookieInstance ??= createCookie("synlig_session", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(env()),
    path: "/",
    maxAge: SESSION_DAYS * 24 * 60 * 60,
    secrets: [sessionSecret()],
  });
  return sessionCookieInstance;
}

let flashCookieInstance: ReturnType<typeof createCookie> | undefined;
/** A one-time notice shown after a redirect ("Föreningen är skapad"). */
export function flashCookie() {
  flashCookieInstance ??= createCookie("synlig_flash", {
    httpOnly: true,
    sameSite: "lax",
    secure: secureCookies(env()),
    path: "/",
    maxAge: 60,
    secrets: [sessionSecret()],
  });
  return flashCookieInstance;
}

export const localeCookie = createCookie("synlig_lang", {
  sameSite: "lax",
  path: "/",
  maxAge: 365 * 24 * 60 * 60,
});

function parseCookieHeader(header: string | null, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [k, ...v] = part.trim().split("=");
    if (k === name) return decodeURIComponent(v.join("="));
  }
  return undefined;
}

/** The interface language: the language cookie, otherwise Swedish. */
export async function getLocale(request: Request): Promise<Locale> {
  const value: unknown = await localeCookie.parse(request.headers.get("Cookie"));
  if (isLocale(value)) return value;
  const raw = parseCookieHeader(request.headers.get("Cookie"), "synlig_lang");
  return isLocale(raw) ? raw : DEFAULT_LOCALE;
}

/** API language: Accept-Language "en…" gives English, anything else Swedish. */
export function getApiLocale(request: Request): Locale {
  const header = request.headers.get("Accept-Language") ?? "";
  const first = header.split(",")[0]?.trim().toLowerCase() ?? "";
  return first.startsWith("en") ? "en" : "sv";
}

export type Flash = { kind: "success" | "info" | "warning" | "error"; message: string };

export async function readFlash(request: Request): Promise<{ flash: Flash | null; headers: Headers }> {
  const headers = new Headers();
  const value: unknown = await flashCookie().parse(request.headers.get("Cookie"));
  if (value && typeof value === "object" && "message" in value) {
    headers.append("Set-Cookie", await flashCookie().serialize("", { maxAge: 0 }));
    return { flash: value as Flash, headers };
  }
  return { flash: null, headers };
}

export async function flashHeader(flash: Flash): Promise<string> {
  return flashCookie().serialize(flash);
}
