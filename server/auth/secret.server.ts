import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { env } from "../env.server";

let secret: string | undefined;

/**
 * The secret that signs cookies: SESSION_SECRET, or (outside production, and under `npm start`
 * with LOCAL_START) one generated on first start and kept in DATA_DIR so sessions survive restarts.
 */
export function sessionSecret(): string {
  if (secret) return secret;
  const e = env();
  if (e.SESSION_SECRET) return (secret = e.SESSION_SECRET);
  const file = path.resolve(e.DATA_DIR, "session-secret");
  if (existsSync(file)) {
    secret = readFileSync(file, "utf8").trim();
  } else {
    mkdirSync(path.dirname(file), { recursive: true });
    secret = randomBytes(32).toString("base64url");
    writeFileSync(file, secret, { mode: 0o600 });
  }
  return secret;
}
