import { randomUUID } from "node:crypto";
import path from "node:path";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { DataDirLockedError } from "~db/data-dir-lock.server";
import { MigrationError } from "~db/migrate.server";
import { startDb } from "~db/index.server";
import { seedDemo, seedReference } from "~db/seed/seed.server";
import { DEMO_USE_CASE_STEPS } from "./demo/publish-demo-reports.server";
import { env, EnvError } from "./env.server";
import { startBackgroundJobs, stopBackgroundJobs } from "./jobs/handlers.server";
import { loadContextOf } from "./client-address.server";
import { remixHandler } from "./remix-handler.server";
import { guardRequests } from "./request-guard.server";
import { requestMemo } from "./request-memo.server";
import { securityHeaders } from "./security.server";

/**
 * The HTTP entry: security headers, compression, static files and the Remix handler. `--dev` runs
 * Vite in middleware mode; otherwise it serves the production build in build/.
 */
const dev = process.argv.includes("--dev");

async function main(): Promise<void> {
  const e = env();
  const db = await startDb({
    seed: async (database) => {
      await seedReference(database);
      if (e.SEED_DEMO) await seedDemo(database, DEMO_USE_CASE_STEPS);
    },
  });

  await startBackgroundJobs(db);

  const app = express();
  app.disable("x-powered-by");
  // The client address (req.ip) believes X-Forwarded-For only from the proxies TRUST_PROXY names.
  app.set("trust proxy", e.TRUST_PROXY);
  app.use(compression());
  app.use(securityHeaders({ dev }));

  if (e.LOG_REQUESTS) {
    app.use((req, res, next) => {
      const start = process.hrtime.bigint();
      const id = randomUUID();
      res.on("finish", () => {
        const ms = Number(process.hrtime.bigint() - start) / 1e6;
        process.stdout.write(
          `${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: "request", id, method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 })}\n`,
        );
      });
      next();
    });
  }

  app.use(guardRequests());

  let build: ServerBuild | (() => Promise<ServerBuild>);
  if (dev) {
    const vite = await import("vite");
    const viteServer = await vite.createServer({ server: { middlewareMode: true } });
    app.use(viteServer.middlewares);
    build = () => viteServer.ssrLoadModule("virtual:remix/server-build") as Promise<ServerBuild>;
  } else {
    const buildDir = path.resolve(e.BUILD_DIR);
    app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
    app.use(express.static(path.join(buildDir, "client"), { maxAge: "1h" }));
    build = (await import(/* @vite-ignore */ path.join(buildDir, "server/index.js"))) as ServerBuild;
  }
  // Each request's session and membership lookups are made once for all its nested loaders.
  app.use((_req, _res, next) => requestMemo.run(new Map(), next));
  app.all("*", remixHandler({ build, mode: dev ? "development" : "production", getLoadContext: loadContextOf }));

  const server = app.listen(e.PORT, e.HOST, () => {
    process.stdout.write(
      `${JSON.stringify({ time: new Date().toISOString(), level: "info", msg: `Synlig listening on http://localhost:${e.PORT}`, database: db.kind })}\n`,
    );
  });

  const shutdown = (signal: string) => {
    process.stdout.write(`${JSON.stringify({ level: "info", msg: `shutting down on ${signal}` })}\n`);
    server.close(() => {
      void stopBackgroundJobs()
        .then(() => db.close())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on("SIGTERM", () => shutdown("SIGTERM"));
  process.on("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof EnvError || error instanceof MigrationError || error instanceof DataDirLockedError) {
    process.stderr.write(`Synlig cannot start.\n${error.message}\n`);
  } else {
    process.stderr.write(
      `Synlig cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
