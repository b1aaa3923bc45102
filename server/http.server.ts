import { json, redirect } from "@remix-run/node";
import { flashHeader, type Flash } from "./auth/cookies.server";

/** Expected failures have one shape: a thrown Response with a translated message. */
export function notFound(message = "Not found"): never {
  throw json({ error: message }, { status: 404 });
}

export function forbidden(message = "Forbidden"): never {
  throw json({ error: message }, { status: 403 });
}

export function badRequest<T>(data: T, init?: ResponseInit) {
  return json(data, { status: 400, ...init });
}

/** A redirect carrying a one-time notice. */
export async function redirectWithFlash(to: string, flash: Flash, headers: HeadersInit = {}): Promise<Response> {
  const h = new Headers(headers);
  h.append("Set-Cookie", await flashHeader(flash));
  return redirect(to, { headers: h });
}

/**
 * A same-origin path to return to after sign-in; anything else falls back to "/". Browsers drop tabs
 * and newlines from URLs and read "\\" as "/", so "/\t/host", "/%09/host" and "/\\host" would leave the
 * site: any control character, backslash or their percent-encodings is refused, and the path must
 * still be on this origin after the URL parser has read it.
 */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || to.length > 2000 || !to.startsWith("/")) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\\]|%(?:[01][0-9a-f]|7f|5c)/i.test(to)) return fallback;
  const base = "http://synlig.invalid";
  let url: URL;
  try {
    url = new URL(to, base);
  } catch {
    return fallback;
  }
  if (url.origin !== base || url.pathname.startsWith("//")) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** Whether text holds a control character (U+0000–U+001F or U+007F): NUL, a newline, a tab … */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
