#!/usr/bin/env node
// `npm start`: builds the app when there is no build (or the sources are newer than it), then
// serves it with the embedded database unless DATABASE_URL is set.
import { spawnSync, spawn } from "node:child_process";
import path from "node:path";
import { buildEntryOf, isBuildStale } from "./build-staleness.mjs";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const stale = isBuildStale(root, buildEntryOf(root));
if (stale) {
  console.log("Building Synlig (first start or changed sources) …");
  const r = spawnSync(process.execPath, [path.join(root, "node_modules/@remix-run/dev/dist/cli.js"), "vite:build"], {
    cwd: root,
    stdio: "inherit",
  });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const child = spawn(
  process.execPath,
  ["--import", "tsx", path.join(root, "server/index.ts"), ...process.argv.slice(2)],
  {
    cwd: root,
    stdio: "inherit",
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
