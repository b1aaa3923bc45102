import type { Server } from "node:http";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  BODY_LIMITS,
  bodyKindOf,
  guardRequests,
  isValidHost,
  readBoundedBody,
  sendRefusal,
} from "~server/request-guard.server";
import { postHuge } from "../../support/huge-body";

/**
 * The HTTP entry's guards on a real Express server: oversize bodies get 413 before they are read (with a
 * Content-Length) or the moment they pass the limit (chunked), and the handler never sees them.
 */
const PORT = 3327;
const base = `http://127.0.0.1:${PORT}`;
const MB = 1024 * 1024;
let server: Server;
let handled: { path: string; bytes: number }[] = [];

beforeAll(async () => {
  const app = express();
  app.use(guardRequests());
  app.all("*", async (req, res) => {
    const read = await readBoundedBody(req);
    if (!read.ok) return sendRefusal(req, res, read.refusal);
    handled.push({ path: req.path, bytes: read.body?.length ?? 0 });
    res.status(200).send("handled");
  });
  await new Promise<void>((resolve) => (server = app.listen(PORT, "127.0.0.1", resolve)));
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("body limits per kind of request", () => {
  it("classifies requests", () => {
    expect(bodyKindOf("/signup", "application/x-www-form-urlencoded")).toBe("form");
    expect(bodyKindOf("/api/v1/calculate/sroi", "application/json")).toBe("json");
    expect(bodyKindOf("/o/x/accountings/a/evidence", "multipart/form-data; boundary=x")).toBe("upload");
    expect(bodyKindOf("/o/x/accountings/a/indicators/import", "multipart/form-data; boundary=x")).toBe("upload");
    expect(bodyKindOf("/signup", "multipart/form-data; boundary=x")).toBe("form");
  });

  for (const chunked of [false, true]) {
    for (const [path, type] of [
      ["/signup", "application/x-www-form-urlencoded"],
      ["/settings/tokens", "application/x-www-form-urlencoded"],
      ["/api/v1/calculate/sroi", "application/json"],
      ["/o/x/accountings/a/evidence", "multipart/form-data; boundary=x"],
    ] as const) {
      it(`150 MB ${chunked ? "chunked" : "with a Content-Length"} to ${path} → 413 quickly, never handled`, async () => {
        handled = [];
        const r = await postHuge(`${base}${path}`, 150 * MB, { chunked, contentType: type });
        expect(r.status).toBe(413);
        expect(r.ms).toBeLessThan(5000);
        expect(r.sent).toBeLessThan(40 * MB);
        expect(handled).toEqual([]);
        if (path.startsWith("/api/")) expect(JSON.parse(r.body)).toMatchObject({ errors: [{ path: "" }] });
      });
    }
  }

  it("a body just under the limit is handled whole", async () => {
    handled = [];
    const r = await postHuge(`${base}/signup`, BODY_LIMITS.form, { chunked: true });
    expect(r.status).toBe(200);
    expect(handled).toEqual([{ path: "/signup", bytes: BODY_LIMITS.form }]);
  });

  it("one byte over it is not", async () => {
    for (const chunked of [false, true]) {
      const r = await postHuge(`${base}/signup`, BODY_LIMITS.form + 1, { chunked });
      expect(r.status).toBe(413);
    }
  });

  it("an upload of 10 MB passes on an upload page only", async () => {
    const type = "multipart/form-data; boundary=x";
    expect((await postHuge(`${base}/o/x/accountings/a/evidence`, 10 * MB, { contentType: type })).status).toBe(200);
    expect((await postHuge(`${base}/signup`, 10 * MB, { contentType: type })).status).toBe(413);
  });
});

describe("hosts", () => {
  it("accepts host names, IP literals and ports; refuses anything else", () => {
    for (const ok of ["localhost", "localhost:3000", "synlig.example.se", "127.0.0.1:8080", "[::1]:3000", "a-b.c."])
      expect(isValidHost(ok), ok).toBe(true);
    for (const bad of ["a b", "evil.example:99999", "[::1", "ex\0ample", "evil.example/x", "", "-a.example", "a@b"])
      expect(isValidHost(bad), bad).toBe(false);
  });
});
