import { mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildEntryOf, isBuildStale } from "../../../scripts/build-staleness.mjs";

/** `npm start` rebuilds when any input of the build is newer than the build, not only app/. */

let root: string;
const OLD = new Date("2026-01-01T00:00:00Z");
const BUILT = new Date("2026-01-02T00:00:00Z");
const NEWER = new Date("2026-01-03T00:00:00Z");

function file(rel: string, time: Date = OLD): string {
  const p = path.join(root, rel);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, "x");
  utimesSync(p, time, time);
  return p;
}

/** Sets every directory of the fixture to the old time (creating files touched them). */
function ageDirs(...rels: string[]) {
  for (const rel of rels) utimesSync(path.join(root, rel), OLD, OLD);
}

beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), "synlig-staleness-"));
  for (const rel of [
    "app/root.tsx",
    "public/favicon.ico",
    "server/index.ts",
    "db/queries/x.server.ts",
    "package.json",
    "vite.config.ts",
    "remix.config.js",
    "tailwind.config.ts",
  ])
    file(rel);
  ageDirs("app", "public", "server", "db/queries", "db");
  file("build/server/index.js", BUILT);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("isBuildStale", () => {
  it("is stale without a build and fresh when nothing changed since it", () => {
    expect(isBuildStale(root, path.join(root, "nowhere/server/index.js"))).toBe(true);
    expect(isBuildStale(root, buildEntryOf(root, {}))).toBe(false);
  });

  it.each(["app/root.tsx", "public/favicon.ico"])("is stale when %s changed", (rel) => {
    file(rel, NEWER);
    expect(isBuildStale(root, buildEntryOf(root, {}))).toBe(true);
  });

  it.each(["server/index.ts", "db/queries/x.server.ts"])("is stale when bundled server code %s changed", (rel) => {
    file(rel, NEWER);
    expect(isBuildStale(root, buildEntryOf(root, {}))).toBe(true);
  });

  it.each(["vite.config.ts", "remix.config.js", "tailwind.config.ts", "package.json"])(
    "is stale when the build configuration %s changed",
    (rel) => {
      file(rel, NEWER);
      expect(isBuildStale(root, buildEntryOf(root, {}))).toBe(true);
    },
  );

  it("is stale when a source file was deleted (its directory changed)", () => {
    unlinkSync(path.join(root, "db/queries/x.server.ts"));
    utimesSync(path.join(root, "db/queries"), NEWER, NEWER);
    expect(isBuildStale(root, buildEntryOf(root, {}))).toBe(true);
  });

  it("looks for the build where BUILD_DIR says the server serves it from", () => {
    expect(buildEntryOf(root, { BUILD_DIR: "build-e2e" })).toBe(path.join(root, "build-e2e/server/index.js"));
    expect(isBuildStale(root, buildEntryOf(root, { BUILD_DIR: "build-e2e" }))).toBe(true);
  });
});
