import type { AddressInfo } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { clientIp, loadContextOf } from "~server/client-address.server";
import { parseEnv } from "~server/env.server";

/**
 * The client address comes from Express's req.ip under TRUST_PROXY (as the entry sets it up), never
 * from a raw X-Forwarded-For header. Before: clientIp(request) read the header, so any client could
 * name its own address and slip past the per-address sign-in limit.
 */
let close: (() => void) | undefined;
afterEach(() => close?.());

async function addressSeen(trustProxy: string | undefined, headers: Record<string, string>): Promise<string> {
  const app = express();
  app.set("trust proxy", parseEnv({ TRUST_PROXY: trustProxy }).TRUST_PROXY);
  app.get("/", (req, res) => {
    res.json({ ip: clientIp(loadContextOf(req)) });
  });
  const server = app.listen(0, "127.0.0.1");
  await new Promise((r) => server.once("listening", r));
  close = () => server.close();
  const { port } = server.address() as AddressInfo;
  const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
  return ((await res.json()) as { ip: string }).ip;
}

describe("client address", () => {
  it("ignores X-Forwarded-For without TRUST_PROXY", async () => {
    expect(await addressSeen(undefined, { "X-Forwarded-For": "203.0.113.9" })).toBe("127.0.0.1");
    expect(await addressSeen("false", { "X-Forwarded-For": "203.0.113.9", "X-Real-IP": "203.0.113.8" })).toBe(
      "127.0.0.1",
    );
  });

  it("believes the hop added by a trusted proxy", async () => {
    expect(await addressSeen("loopback", { "X-Forwarded-For": "203.0.113.9" })).toBe("203.0.113.9");
    // A client's own forged hop stays behind the one the proxy appended.
    expect(await addressSeen("1", { "X-Forwarded-For": "10.9.9.9, 203.0.113.9" })).toBe("203.0.113.9");
  });

  it("reads only the load context", () => {
    expect(clientIp({ clientIp: "198.51.100.1" })).toBe("198.51.100.1");
    expect(clientIp({})).toBe("unknown");
    expect(clientIp(undefined)).toBe("unknown");
  });
});
