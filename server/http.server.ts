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

/** A same-site path to return to after sign-in; anything else falls back to "/". */
export function safeRedirect(to: FormDataEntryValue | string | null | undefined, fallback = "/"): string {
  if (typeof to !== "string" || !to.startsWith("/") || to.startsWith("//") || to.startsWith("/\\")) return fallback;
  // A control character (a newline could split the Location header, NUL is refused by the database) is no path.
  if (hasControlCharacter(to)) return fallback;
  return to;
}

/** The client address (first X-Forwarded-For hop when behind a proxy). */
export function clientIp(request: Request): string {
  return request.headers.get("X-Forwarded-For")?.split(",")[0]?.trim() || request.headers.get("X-Real-IP") || "local";
}

/** Whether text holds a control character (U+0000–U+001F or U+007F): NUL, a newline, a tab … */
export function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c === 0x7f) return true;
  }
  return false;
}
