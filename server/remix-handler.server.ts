import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import type { Request as ExpressRequest, RequestHandler, Response as ExpressResponse } from "express";
import { readBoundedBody, sendRefusal } from "./request-guard.server";

/**
 * The Remix request handler for Express, in place of @remix-run/express's: the same translation of the
 * request (the host from X-Forwarded-Host when the proxy is trusted, the abort signal when the client
 * goes away), but the body reaches Remix only once it has been read in full within its limit (413 the
 * moment it passes it) — an action never sees a truncated form. `guardRequests` runs before it.
 */
export function remixHandler({
  build,
  mode,
  getLoadContext,
}: {
  build: ServerBuild | (() => Promise<ServerBuild>);
  mode: string;
  /** The load context of loaders and actions (the client address, server/client-address.server.ts). */
  getLoadContext?: (req: ExpressRequest) => Record<string, unknown>;
}): RequestHandler {
  const handleRequest = createRequestHandler(build, mode);
  return async (req, res, next) => {
    try {
      const read = await readBoundedBody(req);
      if (!read.ok) return sendRefusal(req, res, read.refusal);
      const request = toFetchRequest(req, res, read.body);
      const response = await handleRequest(request, getLoadContext?.(req) ?? {});
      await sendRemixResponse(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function toFetchRequest(req: ExpressRequest, res: ExpressResponse, body: Buffer | undefined): Request {
  const [, forwardedPort] = req.get("X-Forwarded-Host")?.split(",")[0]?.trim().split(":") ?? [];
  const [, hostPort] = req.get("host")?.split(":") ?? [];
  const port = [forwardedPort, hostPort].map((p) => Number.parseInt(p ?? "", 10)).find(Number.isSafeInteger);
  const url = new URL(`${req.protocol}://${req.hostname}${port ? `:${port}` : ""}${req.originalUrl}`);
  let controller: AbortController | null = new AbortController();
  const headers = new Headers();
  for (const [key, values] of Object.entries(req.headers)) {
    if (values === undefined) continue;
    for (const value of Array.isArray(values) ? values : [values]) headers.append(key, value);
  }
  const init: RequestInit = { method: req.method, headers, signal: controller.signal };
  if (body !== undefined) init.body = body as Uint8Array<ArrayBuffer>;
  res.on("finish", () => (controller = null));
  res.on("close", () => controller?.abort());
  return new Request(url.href, init);
}

async function sendRemixResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers.entries()) res.append(key, value);
  if (/text\/event-stream/i.test(response.headers.get("Content-Type") ?? "")) res.flushHeaders();
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}
