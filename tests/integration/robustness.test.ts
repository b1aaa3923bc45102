import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "~db/client.server";
import { getMethod } from "~/domain/method-guide";
import { call, makeMember, makeRequest, useTestApp } from "../support/app";
import { makeAccounting } from "../support/factories";

/**
 * "No 500 for anything a user can send": every route's action and loader gets odd input — empty
 * forms, unknown intents, huge and malformed values, JSON where a form is expected, broken JSON,
 * a multipart body, unknown ids — and must answer with a status below 500 (or a redirect).
 */
type RouteModule = { loader?: (args: never) => unknown; action?: (args: never) => unknown };
const routes = import.meta.glob<RouteModule>("../../app/routes/*.{ts,tsx}", { eager: true });

let db: Db;
let close: () => Promise<void>;
let member: Awaited<ReturnType<typeof makeMember>>;
let accountingId: string;
beforeAll(async () => {
  ({ db, close } = await useTestApp());
  member = await makeMember(db, "association", "admin");
  const accounting = await makeAccounting(db, member.org.id, {
    title: "Robusthet 2026",
    periodStart: "2026-01-01",
    periodEnd: "2026-12-31",
    periodGranularity: "quarter",
    createdBy: member.user.id,
  });
  accountingId = accounting.id;
});
afterAll(() => close());

const ODD_ID = "00000000-0000-4000-8000-000000000000";

function paramsFor(file: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const m of file.matchAll(/\$([A-Za-z]+)/g)) {
    const name = m[1]!;
    params[name] =
      name === "orgSlug"
        ? member.org.slug
        : name === "accountingId"
          ? accountingId
          : name === "stepKey"
            ? getMethod("sroi").steps[0]!.key
            : name === "version"
              ? "1"
              : ODD_ID;
  }
  return params;
}

function pathFor(file: string, params: Record<string, string>): string {
  const name = file.replace(/^.*\/routes\//, "").replace(/\.tsx?$/, "");
  const segments = name
    .split(".")
    .filter((s) => s !== "_index")
    .map((s) =>
      s
        .replace(/_$/, "")
        .replace(/^\$([A-Za-z]+)$/, (_, p: string) => params[p] ?? p)
        .replace(/\[|\]/g, ""),
    );
  return `/${segments.join("/")}`;
}

const HUGE = "å".repeat(20_000);
const FORMS: [string, [string, string][]][] = [
  ["an empty form", []],
  [
    "unknown intents and malformed values",
    [
      ["intent", "💥"],
      ["id", "not-a-uuid"],
      ["baseVersion", "-1"],
      ["confirmed", "yes"],
      ["value", "abc"],
      ["title", HUGE],
      ["email", HUGE],
      ["periodStart", "2026-13-45"],
      ["outcomes.999999.quantity", "1e400"],
      ["__proto__.polluted", "yes"],
    ],
  ],
  ...[
    "save",
    "delete",
    "autosave",
    "add-row:x",
    "remove-row:x:99",
    "publish",
    "confirm",
    "revoke",
    "import",
    "cancel",
    "create",
    "remove",
  ].map((intent): [string, [string, string][]] => [
    `intent=${intent} with nothing else`,
    [
      ["intent", intent],
      ["id", ODD_ID],
      ["confirmed", "yes"],
    ],
  ]),
];

function multipart(path: string): Request {
  const body = new FormData();
  body.append("intent", "upload");
  body.append("file", new Blob([new Uint8Array([0, 1, 2, 3])], { type: "application/octet-stream" }), "skräp.bin");
  return new Request(`http://localhost${path}`, { method: "POST", headers: { Cookie: member.cookie }, body });
}

function rawBody(path: string, body: string, type: string): Request {
  return new Request(`http://localhost${path}`, {
    method: "POST",
    headers: { Cookie: member.cookie, "Content-Type": type },
    body,
  });
}

async function expectBelow500(label: string, run: () => Promise<Response>): Promise<void> {
  let res: Response;
  try {
    res = await run();
  } catch (error) {
    throw new Error(`${label} threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  }
  expect(res.status, `${label} answered ${res.status}`).toBeLessThan(500);
}

describe("no 500 for anything a user can send", () => {
  const entries = Object.entries(routes).filter(([, mod]) => typeof mod.action === "function");

  it("finds the route modules", () => {
    expect(entries.length).toBeGreaterThan(20);
  });

  for (const [file, mod] of entries) {
    it(`action of ${file.replace(/^.*\/routes\//, "")}`, async () => {
      const params = paramsFor(file);
      const path = pathFor(file, params);
      const action = mod.action as Parameters<typeof call>[0];
      for (const [label, form] of FORMS) {
        await expectBelow500(`${path} with ${label}`, () =>
          call(action, makeRequest(path, { cookie: member.cookie, form }), params),
        );
      }
      await expectBelow500(`${path} with JSON`, () =>
        call(action, makeRequest(path, { cookie: member.cookie, json: { hello: [1, 2, 3] } }), params),
      );
      await expectBelow500(`${path} with broken JSON`, () =>
        call(action, rawBody(path, "{not json", "application/json"), params),
      );
      await expectBelow500(`${path} with text/plain`, () =>
        call(action, rawBody(path, "intent=save", "text/plain"), params),
      );
      await expectBelow500(`${path} with multipart`, () => call(action, multipart(path), params));
    });
  }

  for (const [file, mod] of Object.entries(routes).filter(([, m]) => typeof m.loader === "function")) {
    it(`loader of ${file.replace(/^.*\/routes\//, "")} with odd query strings`, async () => {
      const params = paramsFor(file);
      const path = pathFor(file, params);
      const loader = mod.loader as Parameters<typeof call>[0];
      for (const query of [
        "",
        "?q=%25ff%00&sector=nope&level=zzz",
        "?format=exe&from=x&to=y&upload=nope&returnTo=//evil.example",
        "?page=-1&redirectTo=javascript:alert(1)",
      ]) {
        await expectBelow500(`GET ${path}${query}`, () =>
          call(loader, makeRequest(`${path}${query}`, { cookie: member.cookie }), params),
        );
      }
    });
  }
});
