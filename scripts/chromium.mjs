// Finds a Chromium for the browser tests; on Debian as root it installs the `chromium` package.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CANDIDATES = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

export function findChromium({ install = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  let found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (install && isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (apt-get install -y chromium) …");
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    spawnSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
    const r = spawnSync("apt-get", ["install", "-y", "-qq", "chromium"], { stdio: "inherit", env });
    if (r.status === 0) found = CANDIDATES.find((p) => existsSync(p));
    if (found) return found;
  }
  console.error(
    [
      "The browser tests need Chromium and none was found.",
      hasApt
        ? "Install it with: sudo apt-get install -y chromium"
        : "Install Chromium or Google Chrome with your package manager,",
      "or point CHROMIUM_PATH at a Chromium/Chrome binary.",
    ].join("\n"),
  );
  return undefined;
}
