// When `npm start` must build first. Everything the Remix/Vite build bundles or is configured by
// counts: app/ imports server/ and db/ (through the ~server and ~db aliases), public/ is copied,
// and the config files decide how it is all put together.
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

/** Directories whose files end up in the build. */
export const BUILD_SOURCE_DIRS = ["app", "server", "db", "public"];

/** Files that configure the build (a change to any of them may change its output). */
export const BUILD_CONFIG_FILES = [
  "package.json",
  "package-lock.json",
  "vite.config.ts",
  "remix.config.js",
  "tailwind.config.ts",
  "postcss.config.js",
  "tsconfig.json",
];

/**
 * Where the server entry of the build lives (BUILD_DIR as the server reads it, default `build`).
 * @param {string} root
 * @param {{ BUILD_DIR?: string }} [env]
 */
export function buildEntryOf(root, env = process.env) {
  return path.resolve(root, env.BUILD_DIR || "build", "server/index.js");
}

/**
 * The newest modification time under a directory. Directories count too, so deleting or renaming
 * a source file (which touches its directory) also makes the build stale.
 */
export function newestMtime(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p));
    else if (entry.isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

/** The newest modification time of every build input that exists under `root`. */
export function newestSourceMtime(root) {
  const dirs = BUILD_SOURCE_DIRS.map((d) => path.join(root, d)).filter(existsSync);
  const files = BUILD_CONFIG_FILES.map((f) => path.join(root, f)).filter(existsSync);
  return Math.max(0, ...dirs.map(newestMtime), ...files.map((f) => statSync(f).mtimeMs));
}

/** True when there is no build at `buildEntry`, or a build input is newer than it. */
export function isBuildStale(root, buildEntry = buildEntryOf(root)) {
  if (!existsSync(buildEntry)) return true;
  return newestSourceMtime(root) > statSync(buildEntry).mtimeMs;
}
