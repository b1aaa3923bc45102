#!/usr/bin/env node
// `npm start`: builds the app when there is no build (or the sources are newer than it), then
// serves it with the embedded database unless DATABASE_URL is set. The server runs React's
// production build (NODE_ENV=production) with the newcomer's defaults kept by LOCAL_START=true: the
// session secret generated in DATA_DIR and cookies that work on plain-HTTP localhost (set
// PUBLIC_ORIGIN=https://… behind TLS for Secure cookies, SESSION_SECRET to choose the secret).
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
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || "production",
      LOCAL_START: process.env.LOCAL_START ?? "true",
    },
  },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
