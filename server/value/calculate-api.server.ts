import { json } from "@remix-run/node";
import { calculateSocioeconomic, parseSocioeconomicInput } from "~/domain/socioeconomic";
import { calculateSroi, parseSroiInput } from "~/domain/sroi";
import { messagesFor } from "~/i18n";
import type { Locale } from "~/i18n/types";
import { getApiLocale } from "../auth/cookies.server";

/**
 * The public calculation API (issue 5): `POST /api/v1/calculate/sroi` and `…/socioeconomic`.
 * No sign-in. A valid body gives the engine's result unrounded; anything else (wrong content type,
 * unreadable JSON, a body that is not an object, invalid values) gives 400
 * `{errors: [{path, message}]}` in Swedish, or English with `Accept-Language: en`. Never 500.
 */

const MAX_BODY_BYTES = 1_000_000;

type Issue = { path: string; message: string };

function badRequest(errors: Issue[]): Response {
  return json({ errors }, { status: 400, headers: { "Cache-Control": "no-store" } });
}

/** Reads a JSON body, or answers why it could not. */
async function readJson(
  request: Request,
  locale: Locale,
): Promise<{ ok: true; body: unknown } | { ok: false; response: Response }> {
  const t = messagesFor(locale).value.api;
  const type = (request.headers.get("Content-Type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type !== "application/json" && !type.endsWith("+json")) {
    return { ok: false, response: badRequest([{ path: "", message: t.contentType }]) };
  }
  let text: string;
  try {
    text = await request.text();
  } catch {
    return { ok: false, response: badRequest([{ path: "", message: t.invalidJson }]) };
  }
  if (new TextEncoder().encode(text).length > MAX_BODY_BYTES) {
    return { ok: false, response: badRequest([{ path: "", message: t.tooLarge }]) };
  }
  try {
    return { ok: true, body: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, response: badRequest([{ path: "", message: t.invalidJson }]) };
  }
}

/** 405 for anything but POST, with the same error shape. */
export function methodNotAllowed(request: Request): Response {
  const t = messagesFor(getApiLocale(request)).value.api;
  return json({ errors: [{ path: "", message: t.methodNotAllowed }] }, { status: 405, headers: { Allow: "POST" } });
}

/** Answers one SROI calculation request. */
export async function handleSroiCalculation(request: Request): Promise<Response> {
  if (request.method !== "POST") return methodNotAllowed(request);
  const locale = getApiLocale(request);
  const read = await readJson(request, locale);
  if (!read.ok) return read.response;
  const parsed = parseSroiInput(read.body, locale);
  if (!parsed.ok) return badRequest(parsed.errors);
  const result = calculateSroi(parsed.value, locale);
  return json(result, { headers: { "Cache-Control": "no-store" } });
}

/** Answers one socio-economic calculation request. */
export async function handleSocioeconomicCalculation(request: Request): Promise<Response> {
  if (request.method !== "POST") return methodNotAllowed(request);
  const locale = getApiLocale(request);
  const read = await readJson(request, locale);
  if (!read.ok) return read.response;
  const parsed = parseSocioeconomicInput(read.body, locale);
  if (!parsed.ok) return badRequest(parsed.errors);
  return json(calculateSocioeconomic(parsed.value), { headers: { "Cache-Control": "no-store" } });
}
