import type { Request, Response } from "express";
import { describe, expect, it, vi } from "vitest";
import { securityHeaders } from "~server/security.server";

function run(method: string, headers: Record<string, string>) {
  const set: Record<string, string> = {};
  const res = {
    setHeader: (k: string, v: string) => {
      set[k.toLowerCase()] = v;
    },
    status: vi.fn().mockReturnThis(),
    json: vi.fn(),
  };
  const next = vi.fn();
  securityHeaders({ dev: false })({ method, headers } as unknown as Request, res as unknown as Response, next);
  return { set, res, next };
}

describe("security headers", () => {
  it("sets CSP with frame-ancestors, nosniff and a referrer policy", () => {
    const { set, next } = run("GET", { host: "localhost:3000" });
    expect(set["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(set["content-security-policy"]).toContain("default-src 'self'");
    expect(set["x-content-type-options"]).toBe("nosniff");
    expect(set["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(next).toHaveBeenCalled();
  });
  it("refuses a POST from another site and lets a same-origin POST through", () => {
    const cross = run("POST", { host: "localhost:3000", origin: "https://evil.example" });
    expect(cross.res.status).toHaveBeenCalledWith(403);
    expect(cross.next).not.toHaveBeenCalled();
    const same = run("POST", { host: "localhost:3000", origin: "http://localhost:3000" });
    expect(same.next).toHaveBeenCalled();
    const noOrigin = run("POST", { host: "localhost:3000" });
    expect(noOrigin.next).toHaveBeenCalled();
  });
});
