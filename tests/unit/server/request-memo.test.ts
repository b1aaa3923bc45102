import { describe, expect, it } from "vitest";
import { forgetRequestMemo, memoPerRequest, requestMemo } from "~server/request-memo.server";

describe("per-request memo", () => {
  it("looks a key up once inside one request, and every time outside a request", async () => {
    let calls = 0;
    const lookup = () => memoPerRequest("user:1", async () => ++calls);
    await requestMemo.run(new Map(), async () => {
      expect(await Promise.all([lookup(), lookup()])).toEqual([1, 1]);
      forgetRequestMemo();
      expect(await lookup()).toBe(2);
    });
    await requestMemo.run(new Map(), async () => expect(await lookup()).toBe(3));
    expect(await lookup()).toBe(4);
    expect(await lookup()).toBe(5);
  });
  it("does not keep a failed lookup", async () => {
    let calls = 0;
    await requestMemo.run(new Map(), async () => {
      const failing = () =>
        memoPerRequest("x", async () => {
          calls++;
          throw new Error("db down");
        });
      await expect(failing()).rejects.toThrow("db down");
      await expect(failing()).rejects.toThrow("db down");
    });
    expect(calls).toBe(2);
  });
});
