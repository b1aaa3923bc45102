/**
 * `npm run bench`: Synlig's figures against its targets, printed as one table and saved as JSON in
 * bench/results/. Figures are printed, never asserted (timings live here, never in tests).
 *
 *   npm run bench                      default: GSE scale on PostgreSQL (DATABASE_URL), then PGlite at demo scale
 *   npm run bench -- --small           CI mode: 1 % scale, about 2 s per load figure
 *   flags: --scale=<factor of the default scale> --seconds=<per load figure> --connections=10,50
 *          --label=<name for the results file> --no-build (reuse build-bench/)
 *          --keep-db (keep the generated database) --db=<name> (reuse a kept one: no generation)
 *          --skip-pg --skip-pglite --node-env=development (what `npm start` served before it set production)
 *
 * See README.md (Benchmarks) for what it needs and how long it takes.
 */
import { createHash, randomBytes } from "node:crypto";
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openPglite, openPostgres, type Db, type Queryable } from "~db/client.server";
import { setDb } from "~db/index.server";
import { migrate } from "~db/migrate.server";
import { seedDemo, seedReference } from "~db/seed/seed.server";
import { DEMO_USE_CASE_STEPS } from "~server/demo/publish-demo-reports.server";
import { DEFAULT_SCALE, generateDataset, scaled, type GenerateResult, type Scale } from "./lib/generate";
import { load, root, rssMiB, signIn, startServer, type Load, type Server } from "./lib/http";
import { jsPerPage, type PageJs } from "./lib/js-size";
import { microBenchmarks, type MicroResult } from "./lib/micro";

// ---- options -------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const option = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
const small = flag("small");
const scaleFactor = Number(option("scale") ?? (small ? 0.01 : 1));
const seconds = Number(option("seconds") ?? (small ? 2 : 8));
const warmSeconds = small ? 1 : 2;
const connectionLevels = (option("connections") ?? "10,50").split(",").map(Number);
const label = option("label") ?? (small ? "small" : "default");
const nodeEnv = option("node-env") ?? "production";
const buildDir = path.join(root, "build-bench");
const floorBuildDir = path.join(root, "tmp/bench/floor-build");
const PORTS = { floor: 3325, pg: 3326, pglite: 3327 } as const;
const DEMO_PASSWORD = "demo-synlig-2026";
const SESSION_SECRET = "bench-session-secret-0123456789abcdef0123";
const PUBLIC_LINK_TOKEN = "bench-public-link-token-0123456789abcdef";

function log(message: string) {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

// ---- the page set --------------------------------------------------------------------------------
interface Targets {
  orgSlug: string;
  accountingId: string;
  stepKey: string;
  reportId: string;
  version: number;
}

interface PageSpec {
  key: string;
  name: string;
  path?: (t: Targets) => string;
  signedIn?: boolean;
  notBuilt?: boolean;
}

const PAGES: PageSpec[] = [
  { key: "trivial", name: "trivial signed-in page through root (/settings)", path: () => "/settings", signedIn: true },
  { key: "start", name: "association start page", path: (t) => `/o/${t.orgSlug}`, signedIn: true },
  {
    key: "step",
    name: "step page",
    path: (t) => `/o/${t.orgSlug}/accountings/${t.accountingId}/steps/${t.stepKey}`,
    signedIn: true,
  },
  {
    key: "value-map",
    name: "value map (impact map)",
    path: (t) => `/o/${t.orgSlug}/accountings/${t.accountingId}/impact-map`,
    signedIn: true,
  },
  {
    key: "indicators",
    name: "indicator overview",
    path: (t) => `/o/${t.orgSlug}/accountings/${t.accountingId}/indicators`,
    signedIn: true,
  },
  {
    key: "report-view",
    name: "published report, web view",
    path: (t) => `/o/${t.orgSlug}/accountings/${t.accountingId}/reports/${t.reportId}/versions/${t.version}`,
    signedIn: true,
  },
  { key: "public-link", name: "public link (/r/:token)", path: () => `/r/${PUBLIC_LINK_TOKEN}` },
  { key: "funder-inbox", name: "funder inbox", notBuilt: true },
  { key: "funder-portfolio", name: "funder portfolio", notBuilt: true },
  { key: "gse-dashboard", name: "GSE dashboard", notBuilt: true },
];

/** The demo association's pages (Anna, Kvarteret), and a public link with a known token. */
async function prepareTargets(db: Queryable): Promise<Targets> {
  const acc = await db.one<{ id: string; org_id: string }>(
    `SELECT a.id, a.org_id FROM accountings a JOIN organisations o ON o.id = a.org_id
     WHERE o.slug = 'kvarteret' ORDER BY a.created_at, a.id LIMIT 1`,
  );
  if (!acc) throw new Error("the demo accounting of kvarteret is missing");
  const steps = await db.query<{ step_key: string }>(
    "SELECT step_key FROM accounting_steps WHERE accounting_id = $1 ORDER BY step_key",
    [acc.id],
  );
  const stepKey = steps.find((s) => s.step_key === "evidence-and-value")?.step_key ?? steps[0]?.step_key;
  if (!stepKey) throw new Error("the demo accounting has no saved steps");
  const version = await db.one<{ report_id: string; version: number }>(
    `SELECT v.report_id, v.version FROM report_versions v JOIN reports r ON r.id = v.report_id
     WHERE r.accounting_id = $1 ORDER BY v.version DESC LIMIT 1`,
    [acc.id],
  );
  if (!version) throw new Error("the demo accounting has no published report");
  const tokenHash = createHash("sha256").update(PUBLIC_LINK_TOKEN).digest("hex");
  await db.query(
    `INSERT INTO report_links (org_id, report_id, token_hash) VALUES ($1, $2, $3) ON CONFLICT (token_hash) DO NOTHING`,
    [acc.org_id, version.report_id, tokenHash],
  );
  return { orgSlug: "kvarteret", accountingId: acc.id, stepKey, reportId: version.report_id, version: version.version };
}

// ---- results -------------------------------------------------------------------------------------
interface PageFigure {
  key: string;
  name: string;
  path?: string;
  status?: number;
  notBuilt?: boolean;
  loads: Load[];
}
interface BackendRun {
  backend: "postgres" | "pglite";
  scale: string;
  floor: Load[];
  pages: PageFigure[];
  rssIdleMiB?: number;
  rssMaxMiB?: number;
  generate?: GenerateResult;
  startup?: { freshMs: number; restartMs: number };
  skipped?: string;
}
const results: {
  label: string;
  startedAt: string;
  options: Record<string, unknown>;
  machine: Record<string, unknown>;
  micro: MicroResult[];
  js: PageJs[];
  floorJs?: PageJs;
  runs: BackendRun[];
  seconds?: number;
} = {
  label,
  startedAt: new Date().toISOString(),
  options: { small, scaleFactor, seconds, connectionLevels, nodeEnv },
  machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model, loadavg: os.loadavg(), node: process.version },
  micro: [],
  js: [],
  runs: [],
};

// ---- steps ---------------------------------------------------------------------------------------
function build() {
  const remix = path.join(root, "node_modules/@remix-run/dev/dist/cli.js");
  if (!flag("no-build") || !existsSync(path.join(buildDir, "server/index.js"))) {
    log("building the app into build-bench/ …");
    const r = spawnSync(process.execPath, [remix, "vite:build"], {
      cwd: root,
      env: { ...process.env, BUILD_DIR: "build-bench", NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (r.status !== 0) throw new Error("the app build failed");
  }
  if (!flag("no-build") || !existsSync(path.join(floorBuildDir, "server/index.js"))) {
    log("building the framework floor (bench/floor) …");
    const r = spawnSync(process.execPath, [remix, "vite:build", "bench/floor"], {
      cwd: root,
      env: { ...process.env, NODE_ENV: "production" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (r.status !== 0) throw new Error("the floor build failed");
  }
}

function appServerEnv(extra: Record<string, string | undefined>): Record<string, string | undefined> {
  return {
    NODE_ENV: nodeEnv,
    SESSION_SECRET,
    BUILD_DIR: "build-bench",
    LOG_REQUESTS: "false",
    SEED_DEMO: "true",
    ...extra,
  };
}

function startApp(name: string, port: number, extra: Record<string, string | undefined>) {
  return startServer(name, ["--import", "tsx", "server/index.ts"], appServerEnv(extra), port);
}

async function measurePages(run: BackendRun, floor: Server, app: Server, targets: Targets): Promise<void> {
  const cookie = await signIn(app.url, "anna@kvarteret.example", DEMO_PASSWORD);
  const specs = PAGES.map((p) => ({ ...p, url: p.path?.(targets) }));
  for (const spec of specs) {
    const figure: PageFigure = { key: spec.key, name: spec.name, path: spec.url, notBuilt: spec.notBuilt, loads: [] };
    if (spec.url) {
      const r = await fetch(`${app.url}${spec.url}`, {
        headers: spec.signedIn ? { Cookie: cookie } : {},
        redirect: "manual",
      });
      figure.status = r.status;
      await r.arrayBuffer();
      if (r.status !== 200) log(`WARNING ${spec.name}: ${spec.url} answers ${r.status}`);
    }
    run.pages.push(figure);
  }
  run.rssIdleMiB = rssMiB(app.proc.pid);
  for (const connections of connectionLevels) {
    log(`${run.backend}: floor at ${connections} connections`);
    await load(`${floor.url}/`, { connections, seconds: warmSeconds });
    run.floor.push(await load(`${floor.url}/`, { connections, seconds, pid: floor.proc.pid }));
    for (const [i, spec] of specs.entries()) {
      if (!spec.url) continue;
      log(`${run.backend}: ${spec.name} at ${connections} connections`);
      const options = { connections, cookie: spec.signedIn ? cookie : undefined, pid: app.proc.pid };
      await load(`${app.url}${spec.url}`, { ...options, seconds: warmSeconds });
      run.pages[i]!.loads.push(await load(`${app.url}${spec.url}`, { ...options, seconds }));
    }
  }
  run.rssMaxMiB = Math.max(0, ...run.pages.flatMap((p) => p.loads.map((l) => l.rssMaxMiB ?? 0)));
}

function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function postgresRun(floor: Server): Promise<BackendRun> {
  const scale: Scale = scaleFactor === 1 ? DEFAULT_SCALE : scaled(scaleFactor);
  const run: BackendRun = {
    backend: "postgres",
    scale: `${scale.associations} associations, ${scale.accountings} accountings, ${scale.indicatorValues} indicator values, ${scale.publishedVersions} published versions, ${scale.funders} funders`,
    floor: [],
    pages: [],
  };
  const url = process.env.DATABASE_URL;
  if (!url) {
    run.skipped =
      "DATABASE_URL is not set. The PostgreSQL part needs a server it may create a scratch database on, e.g. DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres (the bench creates synlig_bench_<pid> there and drops it afterwards).";
    return run;
  }
  let admin: Db;
  try {
    admin = await openPostgres(url, { max: 1 });
    await Promise.race([
      admin.query("SELECT 1"),
      new Promise((_, reject) => setTimeout(() => reject(new Error("no answer within 5 s")), 5000)),
    ]);
  } catch (error) {
    run.skipped = `PostgreSQL at ${new URL(url).host} is unreachable (${error instanceof Error ? error.message : String(error)}). Start a server or fix DATABASE_URL; the PGlite part runs anyway.`;
    return run;
  }
  const reuse = option("db");
  const database = reuse ?? `synlig_bench_${process.pid}`;
  if (!reuse) await admin.query(`CREATE DATABASE ${database}`);
  const dbUrl = withDatabase(url, database);
  let app: Server | undefined;
  try {
    const db = await openPostgres(dbUrl, { max: 2 });
    setDb(db);
    if (reuse) {
      log(`PostgreSQL: reusing the generated database ${database} (--db)`);
      run.scale = `database ${database}, generated earlier`;
    } else {
      log(`PostgreSQL: migrating and seeding ${database} …`);
      await migrate(db);
      await seedReference(db);
      await seedDemo(db, DEMO_USE_CASE_STEPS);
      log(`PostgreSQL: generating ${run.scale} …`);
      run.generate = await db.transaction((tx) => generateDataset(tx, scale));
      log(`PostgreSQL: generated in ${run.generate.seconds.toFixed(1)} s`);
    }
    const targets = await prepareTargets(db);
    setDb(undefined);
    await db.close();
    app = await startApp("app on PostgreSQL", PORTS.pg, { DATABASE_URL: dbUrl });
    await measurePages(run, floor, app, targets);
  } finally {
    await app?.stop();
    if (flag("keep-db") || reuse) log(`kept database ${database} (reuse it with --db=${database})`);
    else await admin.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
    await admin.close();
  }
  return run;
}

async function pgliteRun(floor: Server): Promise<BackendRun> {
  const run: BackendRun = { backend: "pglite", scale: "demo data", floor: [], pages: [] };
  const dataDir = path.join(root, `tmp/bench/pglite-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const env = { DATA_DIR: dataDir, DATABASE_URL: "" };
  let app: Server | undefined;
  try {
    log("PGlite: fresh start (empty DATA_DIR → healthy) …");
    app = await startApp("app on PGlite (fresh)", PORTS.pglite, env);
    const freshMs = app.startMs;
    await app.stop();
    log("PGlite: restart with data …");
    app = await startApp("app on PGlite (restart)", PORTS.pglite, env);
    const restartMs = app.startMs;
    await app.stop();
    run.startup = { freshMs, restartMs };
    const db = await openPglite(path.join(dataDir, "pglite"));
    const targets = await prepareTargets(db);
    await db.close();
    app = await startApp("app on PGlite", PORTS.pglite, env);
    await measurePages(run, floor, app, targets);
  } finally {
    await app?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return run;
}

// ---- output --------------------------------------------------------------------------------------
const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
type Row = [figure: string, measured: string, ratio: string, target: string, verdict: string];

function loadCell(l: Load): string {
  if (l.requests === 0) return `no response completed within ${l.seconds} s`;
  const errs = l.errors + l.non2xx > 0 ? ` · ${l.errors} errors, ${l.non2xx} non-2xx` : "";
  const cpu = l.cpuMsPerRequest === undefined ? "" : ` · CPU ${ms(l.cpuMsPerRequest)} ms/req`;
  return `${l.rps.toFixed(0)} req/s · p50 ${ms(l.p50)} · p97.5 ${ms(l.p975)} · p99 ${ms(l.p99)} ms${cpu}${errs}`;
}

function tableRows(): Row[] {
  const rows: Row[] = [];
  for (const run of results.runs) {
    rows.push([`${run.backend === "postgres" ? "PostgreSQL" : "PGlite"} (${run.scale})`, "", "", "", ""]);
    const head = " ";
    if (run.skipped) {
      rows.push([`${head} skipped`, run.skipped, "", "", ""]);
      continue;
    }
    if (run.generate) {
      rows.push([
        `${head} dataset generated`,
        `${run.generate.seconds.toFixed(1)} s`,
        "",
        "< 300 s",
        run.generate.seconds < 300 ? "✓" : "✗",
      ]);
    }
    for (const [ci, floor] of run.floor.entries()) {
      rows.push([`${head} floor, bare Remix page · ${floor.connections} c`, loadCell(floor), "1.00 / 1.00", "", ""]);
      for (const page of run.pages) {
        const name = `${head} ${page.name} · ${floor.connections} c`;
        if (page.notBuilt) {
          if (ci === 0) rows.push([`${head} ${page.name}`, "not built yet", "", "≥ 0.50 / ≤ 2.0", ""]);
          continue;
        }
        const l = page.loads[ci];
        if (!l) continue;
        const rpsRatio = l.rps / floor.rps;
        const p975Ratio = l.p975 / floor.p975;
        const status = page.status === 200 ? "" : ` (HTTP ${page.status})`;
        const judged = floor.connections === 10;
        rows.push([
          `${name}${status}`,
          loadCell(l),
          `${rpsRatio.toFixed(2)} / ${p975Ratio.toFixed(1)}`,
          judged ? "≥ 0.50 / ≤ 2.0" : "",
          judged ? (rpsRatio >= 0.5 && p975Ratio <= 2 ? "✓" : "✗") : "",
        ]);
      }
    }
    if (run.rssMaxMiB)
      rows.push([
        `${head} server memory (RSS)`,
        `idle ${run.rssIdleMiB?.toFixed(0)} MiB, max under load ${run.rssMaxMiB} MiB`,
        "",
        "",
        "",
      ]);
    if (run.startup) {
      rows.push([
        `${head} embedded start, fresh DATA_DIR → healthy`,
        `${(run.startup.freshMs / 1000).toFixed(2)} s`,
        "",
        "< 5 s",
        run.startup.freshMs < 5000 ? "✓" : "✗",
      ]);
      rows.push([
        `${head} embedded restart with data → healthy`,
        `${(run.startup.restartMs / 1000).toFixed(2)} s`,
        "",
        "< 5 s",
        run.startup.restartMs < 5000 ? "✓" : "✗",
      ]);
    }
  }
  for (const slot of ["GSE dashboard", "funder portfolio", "funder inbox"])
    rows.push([`database time (EXPLAIN ANALYZE) · ${slot} query`, "not built yet", "", "< 100 ms", ""]);
  if (results.floorJs)
    rows.push([
      `JavaScript · floor (bare Remix page)`,
      `${kB(results.floorJs.gzipBytes)} gzip (${results.floorJs.files} files)`,
      "",
      "",
      "",
    ]);
  for (const js of results.js) {
    rows.push([
      `JavaScript · ${js.page}`,
      `${kB(js.gzipBytes)} gzip (${kB(js.rawBytes)} raw, ${js.files} files)`,
      results.floorJs ? `${(js.gzipBytes / results.floorJs.gzipBytes).toFixed(1)}` : "",
      "< 150 kB",
      js.gzipBytes < 150_000 ? "✓" : "✗",
    ]);
  }
  for (const m of results.micro) {
    rows.push([
      m.name,
      `median ${ms(m.median)} · p95 ${ms(m.p95)} ms${m.note ? ` (${m.note})` : ""}`,
      "",
      m.target ? `< ${m.target} ms` : "",
      m.target ? (m.median <= m.target ? "✓" : "✗") : "",
    ]);
  }
  return rows;
}

function printTable(rows: Row[]) {
  const header: Row = ["figure", "measured", "× floor (req/s / p97.5)", "target", ""];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: Row) => `| ${r.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(
    `\nSynlig bench · ${label} · NODE_ENV=${nodeEnv} · ${results.machine.cpus} CPUs (${results.machine.cpu}) · load average at start ${(results.machine.loadavg as number[]).map((v) => v.toFixed(2)).join(" ")} · ${seconds} s per load figure\n`,
  );
  console.log(line(header));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const r of rows) console.log(line(r));
}

// ---- main ----------------------------------------------------------------------------------------
async function main() {
  const t0 = performance.now();
  log(`in-process figures …`);
  results.micro = microBenchmarks(small ? 0.2 : 1);
  build();
  const jsPages = PAGES.filter((p) => p.path).map((p) => ({
    page: p.name,
    path: p.path!({
      orgSlug: "kvarteret",
      accountingId: "00000000-0000-0000-0000-000000000000",
      stepKey: "evidence-and-value",
      reportId: "00000000-0000-0000-0000-000000000000",
      version: 1,
    }),
  }));
  results.js = await jsPerPage(buildDir, jsPages);
  results.floorJs = (await jsPerPage(floorBuildDir, [{ page: "floor", path: "/" }]))[0];
  const floor = await startServer(
    "floor",
    ["--import", "tsx", "bench/floor/server.ts"],
    { NODE_ENV: "production", BENCH_FLOOR_BUILD_DIR: floorBuildDir },
    PORTS.floor,
  );
  try {
    if (!flag("skip-pg")) results.runs.push(await postgresRun(floor));
    if (!flag("skip-pglite")) results.runs.push(await pgliteRun(floor));
  } finally {
    await floor.stop();
  }
  results.seconds = (performance.now() - t0) / 1000;
  const rows = tableRows();
  printTable(rows);
  mkdirSync(path.join(root, "bench/results"), { recursive: true });
  const file = path.join(
    root,
    "bench/results",
    `${results.startedAt.replace(/[:.]/g, "-").slice(0, 19)}-${label}-${randomBytes(2).toString("hex")}.json`,
  );
  writeFileSync(file, `${JSON.stringify({ ...results, table: rows }, null, 2)}\n`);
  console.log(`\nWhole run ${(results.seconds / 60).toFixed(1)} min. Results: ${path.relative(root, file)}`);
  for (const run of results.runs) if (run.skipped) console.log(`\nNOTE ${run.backend}: ${run.skipped}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
