#!/usr/bin/env node
// `npm test`: every suite. Unit and integration tests (vitest), then the browser journeys
// (Playwright driving the system's Chromium against a production build on a fresh database).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { findChromium } from "./chromium.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const bin = (name) => path.join(root, "node_modules/.bin", name);

function run(label, cmd, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`\n✗ ${label} failed`);
    process.exit(r.status ?? 1);
  }
}

const chromium = findChromium({ install: true });
if (!chromium) process.exit(1);

run("Unit and integration tests (vitest)", bin("vitest"), ["run"]);
run("Build (remix vite:build)", process.execPath, [
  path.join(root, "node_modules/@remix-run/dev/dist/cli.js"),
  "vite:build",
]);
if (!existsSync(path.join(root, "build/server/index.js"))) {
  console.error("The build did not produce build/server/index.js");
  process.exit(1);
}
run("Browser journeys (Playwright + Chromium)", bin("playwright"), ["test"], { CHROMIUM_PATH: chromium });
console.log("\n✓ All test suites passed");
