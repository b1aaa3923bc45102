import type { IncomingMessage, ServerResponse } from "node:http";
import type { RequestHandler } from "express";
import { messagesFor, type Locale } from "~/i18n";
import { MAX_UPLOAD_BYTES } from "./indicators/upload.server";

/**
 * What the HTTP entry checks before Remix sees a request: the method, the host, the URL and the size
 * of the body. Anything that fails answers 400, 405 or 413 at once, so a hostile or oversize request
 * never reaches a loader or action (and never reads more than its limit into memory).
 */

const MB = 1024 * 1024;

/** Body limits per kind of request, in bytes. */
export const BODY_LIMITS = {
  /** Form posts (urlencoded, or multipart outside the upload pages). */
  form: 1 * MB,
  /** The JSON API. */
  json: 1 * MB,
  /** Evidence and spreadsheet uploads: the largest file plus the multipart envelope and the other fields. */
  upload: MAX_UPLOAD_BYTES + 256 * 1024,
} as const;

export type BodyKind = keyof typeof BODY_LIMITS;

/** Pages that take a file: evidence (on the evidence pages and an indicator's page) and the spreadsheet import. */
const UPLOAD_PATH =
  /^\/o\/[^/]+\/accountings\/[^/]+\/(?:evidence(?:\/[^/]+)?|indicators\/(?:import|[0-9a-f-]{36}))\/?$/i;

export function bodyKindOf(path: string, contentType: string | undefined): BodyKind {
  const type = (contentType ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data" && UPLOAD_PATH.test(path)) return "upload";
  if (path.startsWith("/api/")) return "json";
  return "form";
}

/** The methods the app answers; anything else (TRACE, CONNECT, WebDAV verbs …) gets 405. */
export const ALLOWED_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

/** A host name or IP literal with an optional port, as a Host or X-Forwarded-Host header may carry. */
const HOST =
  /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

export function isValidHost(value: string): boolean {
  const m = HOST.exec(value.trim());
  if (!m) return false;
  return m[1] === undefined || Number(m[1]) <= 65535;
}

/** Whether a URL (path and query) carries a NUL byte, raw or percent-encoded. */
export function hasNul(text: string): boolean {
  return text.includes("\0") || /%00/i.test(text);
}

export type Refusal = { status: 400 | 405 | 413; message: string; headers?: Record<string, string> };

function localeOf(req: IncomingMessage): Locale {
  const cookie = req.headers.cookie ?? "";
  const fromCookie = /(?:^|;\s*)synlig_lang=([^;]*)/.exec(cookie)?.[1];
  if (fromCookie !== undefined) {
    let value = fromCookie;
    try {
      value = decodeURIComponent(fromCookie);
    } catch {
      /* keep it raw */
    }
    // The cookie holds "en" as Remix serialises it (base64 of the JSON string) or plainly.
    return value === "en" || value.startsWith("ImVuIg") ? "en" : "sv";
  }
  return (req.headers["accept-language"] ?? "").trim().toLowerCase().startsWith("en") ? "en" : "sv";
}

/** The checks that need no body: method, host headers, NUL in the URL, a declared length over the limit. */
export function refuseBeforeBody(req: IncomingMessage): Refusal | undefined {
  const t = messagesFor(localeOf(req)).errors;
  const method = (req.method ?? "").toUpperCase();
  if (!(ALLOWED_METHODS as readonly string[]).includes(method)) {
    return { status: 405, message: t.methodNotAllowed, headers: { Allow: ALLOWED_METHODS.join(", ") } };
  }
  const hosts = [req.headers.host, req.headers["x-forwarded-host"]].flat();
  for (const h of hosts) {
    if (h === undefined) continue;
    // A proxy chain may append hosts ("a, b"); every one must be a host.
    if (h.split(",").some((one) => !isValidHost(one))) return { status: 400, message: t.badRequest };
  }
  if (hasNul(req.url ?? "")) return { status: 400, message: t.badRequest };
  if (method !== "GET" && method !== "HEAD") {
    const limit = BODY_LIMITS[bodyKindOf((req.url ?? "/").split("?")[0]!, req.headers["content-type"])];
    const length = req.headers["content-length"];
    if (length !== undefined && Number(length) > limit) return tooLarge(req, limit);
  }
  return undefined;
}

function tooLarge(req: IncomingMessage, limit: number): Refusal {
  return {
    status: 413,
    message: messagesFor(localeOf(req)).errors.tooLarge(Math.floor(limit / MB)),
  };
}

/** Express middleware: refuses a request that fails a check needing no body (before static files and Remix). */
export function guardRequests(): RequestHandler {
  return (req, res, next) => {
    const refusal = refuseBeforeBody(req);
    if (refusal) sendRefusal(req, res, refusal);
    else next();
  };
}

/** Sends a refusal: JSON `{errors: [{path, message}]}` for the API, plain text otherwise. */
export function sendRefusal(req: IncomingMessage, res: ServerResponse, refusal: Refusal): void {
  const api = (req.url ?? "").startsWith("/api/") || /application\/json/.test(req.headers.accept ?? "");
  const body = api ? JSON.stringify({ errors: [{ path: "", message: refusal.message }] }) : `${refusal.message}\n`;
  res.statusCode = refusal.status;
  res.setHeader("Content-Type", api ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  res.setHeader("Content-Length", Buffer.byteLength(body));
  res.setHeader("Cache-Control", "no-store");
  for (const [k, v] of Object.entries(refusal.headers ?? {})) res.setHeader(k, v);
  res.end(body);
  if (refusal.status === 413) discardRest(req);
}

/**
 * After a 413 the rest of the body is read and thrown away for up to 3 seconds (so a client that is still
 * sending sees the answer rather than a reset connection; nothing is kept), then the connection is cut.
 */
function discardRest(req: IncomingMessage): void {
  const timer = setTimeout(() => req.socket.destroy(), 3000);
  timer.unref();
  req.on("close", () => clearTimeout(timer));
  req.resume();
}

export type BodyRead = { ok: true; body: Buffer | undefined } | { ok: false; refusal: Refusal };

/**
 * Reads a request body into memory, counting bytes as they arrive (a chunked body has no length to check
 * up front): one byte past the limit stops reading with a 413. An urlencoded form with a NUL byte in a
 * field is refused with 400 (no text field takes one, and the database refuses them).
 */
export function readBoundedBody(req: IncomingMessage): Promise<BodyRead> {
  const method = (req.method ?? "").toUpperCase();
  if (method === "GET" || method === "HEAD") return Promise.resolve({ ok: true, body: undefined });
  const path = (req.url ?? "/").split("?")[0]!;
  const type = req.headers["content-type"];
  const limit = BODY_LIMITS[bodyKindOf(path, type)];
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const onData = (chunk: Buffer) => {
      if (done) return;
      size += chunk.length;
      if (size > limit) {
        done = true;
        req.off("data", onData);
        req.pause();
        chunks.length = 0;
        resolve({ ok: false, refusal: tooLarge(req, limit) });
        return;
      }
      chunks.push(chunk);
    };
    req.on("data", onData);
    req.once("end", () => {
      if (done) return;
      done = true;
      const body = Buffer.concat(chunks, size);
      const t = messagesFor(localeOf(req)).errors;
      if (
        /^application\/x-www-form-urlencoded/i.test(type ?? "") &&
        (body.includes(0) || hasNul(body.toString("latin1")))
      )
        resolve({ ok: false, refusal: { status: 400, message: t.badRequest } });
      else resolve({ ok: true, body });
    });
    req.once("error", (error) => {
      if (done) return;
      done = true;
      reject(error);
    });
  });
}
