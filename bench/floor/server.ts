/**
 * Serves the floor build (bench/floor) through the same Express stack as server/index.ts
 * (compression, security headers, static files, the Remix handler in production mode) on PORT.
 */
import path from "node:path";
import { createRequestHandler } from "@remix-run/express";
import type { ServerBuild } from "@remix-run/node";
import compression from "compression";
import express from "express";
import { securityHeaders } from "~server/security.server";

const buildDir = path.resolve(process.env.BENCH_FLOOR_BUILD_DIR ?? "tmp/bench/floor-build");
const build = (await import(/* @vite-ignore */ path.join(buildDir, "server/index.js"))) as ServerBuild;
const app = express();
app.disable("x-powered-by");
app.use(compression());
app.use(securityHeaders({ dev: false }));
app.use("/assets", express.static(path.join(buildDir, "client/assets"), { immutable: true, maxAge: "1y" }));
app.get("/healthz", (_req, res) => {
  res.json({ status: "ok" });
});
app.all("*", createRequestHandler({ build, mode: "production" }));
app.listen(Number(process.env.PORT ?? 3325), "127.0.0.1");
