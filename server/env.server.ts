import { z } from "zod";
import { pathIssuesOf } from "~/utils/validation";

/**
 * The environment, parsed with zod at boot. Nothing else reads process.env: a bad value stops
 * start-up with a message naming the variable.
 */
const booleanish = z
  .enum(["true", "false", "1", "0", "yes", "no", ""])
  .optional()
  .transform((v) => (v === undefined || v === "" ? undefined : ["true", "1", "yes"].includes(v)));

export const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOST: z.string().min(1).default("0.0.0.0"),
    DATA_DIR: z.string().min(1).default("./data"),
    BUILD_DIR: z.string().min(1).default("build"),
    DATABASE_URL: z
      .string()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
        message: "must be a postgres:// or postgresql:// URL",
      }),
    SESSION_SECRET: z
      .string()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || v.length >= 32, { message: "must be at least 32 characters" }),
    // Where people reach Synlig (e.g. https://synlig.example.org). Cookies are Secure when it is https.
    PUBLIC_ORIGIN: z
      .string()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || /^https?:\/\/[^/]+$/.test(v), {
        message: "must be an origin like https://synlig.example.org (no path)",
      }),
    // Set by `npm start`: a local installation in production mode keeps the newcomer's defaults (the
    // secret generated in DATA_DIR, cookies that work on plain-HTTP localhost unless PUBLIC_ORIGIN is https).
    LOCAL_START: booleanish.transform((v) => v ?? false),
    SEED_DEMO: booleanish.transform((v) => v ?? true),
    LOG_REQUESTS: booleanish.transform((v) => v ?? true),
    /** Outgoing mail server, e.g. `smtp://user:pass@mail.example:587` or `smtps://…:465`; unset → outbox + log. */
    SMTP_URL: z
      .string()
      .optional()
      .transform((v) => (v === "" ? undefined : v))
      .refine((v) => v === undefined || /^smtps?:\/\/[^\s]+$/.test(v), {
        message: "must be an smtp:// or smtps:// URL",
      }),
    /** The sender of every mail, `Name <address>` or a bare address. */
    MAIL_FROM: z
      .string()
      .optional()
      .transform((v) => (v === "" || v === undefined ? "Synlig <no-reply@synlig.invalid>" : v.trim()))
      .refine((v) => /^(?:[^<>]*<[^\s<>@]+@[^\s<>@]+>|[^\s<>@]+@[^\s<>@]+)$/.test(v), {
        message: "must be an e-mail address, optionally as Name <address>",
      }),
    /**
     * Which proxies to trust for the client address (Express `trust proxy`): unset or `false` → none, the
     * socket address is the client; `true`, a hop count, or addresses/subnets (`loopback`, `10.0.0.0/8,…`).
     */
    TRUST_PROXY: z
      .string()
      .optional()
      .transform((v): boolean | number | string => {
        const s = (v ?? "").trim();
        if (s === "" || s === "false" || s === "0") return false;
        if (s === "true") return true;
        if (/^\d{1,2}$/.test(s)) return Number(s);
        return s;
      })
      .refine((v) => typeof v !== "string" || /^[0-9a-z.:/,\s-]+$/i.test(v), {
        message: "must be true, false, a hop count or a comma-separated list of addresses/subnets",
      }),
    /** log2 of the scrypt cost N for new password hashes (OWASP minimum 17; lower only outside production, for tests). */
    SCRYPT_LOG_N: z.coerce.number().int().min(10).max(20).default(17),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === "production" && !env.SESSION_SECRET && !env.LOCAL_START) {
      ctx.addIssue({
        code: "custom",
        path: ["SESSION_SECRET"],
        message: "is required when NODE_ENV=production (npm start sets LOCAL_START=true to use the generated one)",
      });
    }
    if (env.NODE_ENV === "production" && env.SCRYPT_LOG_N < 17) {
      ctx.addIssue({ code: "custom", path: ["SCRYPT_LOG_N"], message: "must be at least 17 when NODE_ENV=production" });
    }
  });

export type Env = z.infer<typeof EnvSchema>;

/** The origin in links and the Origin check: PUBLIC_ORIGIN, or http://localhost:PORT. */
export function publicOrigin(e: Env = env()): string {
  return e.PUBLIC_ORIGIN ?? `http://localhost:${e.PORT}`;
}

export class EnvError extends Error {}

/** Parses an environment; throws EnvError with one line per bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = pathIssuesOf(result.error).map((i) => `  ${i.path || "(environment)"}: ${i.message}`);
    throw new EnvError(`Invalid environment:\n${lines.join("\n")}`);
  }
  return result.data;
}

/**
 * Whether cookies carry Secure: an https PUBLIC_ORIGIN says yes, an http one no; without it,
 * production says yes unless the app was started locally with `npm start` (LOCAL_START).
 */
export function secureCookies(e: Env): boolean {
  if (e.PUBLIC_ORIGIN) return e.PUBLIC_ORIGIN.startsWith("https:");
  return e.NODE_ENV === "production" && !e.LOCAL_START;
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** Tests that change process.env read it again. */
export function resetEnvCache(): void {
  cached = undefined;
}
