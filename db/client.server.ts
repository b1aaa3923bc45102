import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import postgres from "postgres";

/**
 * One query interface over two backends: PGlite (embedded, persisted in DATA_DIR) when no
 * DATABASE_URL is set, and a PostgreSQL server through postgres.js otherwise. Type differences
 * are normalised here: int8 and numeric come back as numbers, `date` as `YYYY-MM-DD` strings,
 * timestamps as Date, jsonb as parsed values, bytea as Uint8Array.
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** Runs one parameterised statement ($1, $2 …) and returns its rows. */
  query<T = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** The first row, or undefined. */
  one<T = Row>(text: string, params?: readonly unknown[]): Promise<T | undefined>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** PostgreSQL only: the connection URL (pg-boss keeps its own small pool on it). */
  readonly url?: string;
  /** Runs fn inside one transaction; a thrown error rolls everything back. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

const INT8 = 20;
const NUMERIC = 1700;
const DATE = 1082;

const toNumber = (v: string) => Number(v);
const keepString = (v: string) => v;

/**
 * Parameters go to the driver as values; both drivers serialise by the parameter type the server
 * infers (an object for a jsonb parameter becomes JSON, an array for a uuid[] parameter an array).
 * `undefined` becomes NULL.
 */
function prepareParams(params: readonly unknown[] = []): unknown[] {
  return params.map((p) => (p === undefined ? null : p));
}

function pgliteQueryable(q: Pick<PGlite, "query" | "exec">): Queryable {
  const self: Queryable = {
    async query<T>(text: string, params?: readonly unknown[]) {
      const res = await q.query<T>(text, prepareParams(params));
      return res.rows;
    },
    async one<T>(text: string, params?: readonly unknown[]) {
      return (await self.query<T>(text, params))[0];
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  };
  return self;
}

export async function openPglite(dataDir: string | undefined): Promise<Db> {
  if (dataDir) mkdirSync(path.dirname(path.resolve(dataDir)), { recursive: true });
  const pg = await PGlite.create({
    dataDir,
    parsers: { [INT8]: toNumber, [NUMERIC]: toNumber, [DATE]: keepString },
  });
  const base = pgliteQueryable(pg);
  return {
    kind: "pglite",
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return pg.transaction(async (tx) => fn(pgliteQueryable(tx)));
    },
    async close() {
      if (!pg.closed) await pg.close();
    },
  };
}

type PgSql = postgres.Sql | postgres.TransactionSql;

function postgresQueryable(sql: PgSql): Queryable {
  const self: Queryable = {
    async query<T>(text: string, params?: readonly unknown[]) {
      const rows = await sql.unsafe(text, prepareParams(params) as postgres.ParameterOrJSON<never>[]);
      return Array.from(rows) as T[];
    },
    async one<T>(text: string, params?: readonly unknown[]) {
      return (await self.query<T>(text, params))[0];
    },
    async exec(script: string) {
      await sql.unsafe(script);
    },
  };
  return self;
}

export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Db> {
  const sql = postgres(url, {
    max: options.max ?? 10,
    onnotice: () => {},
    types: {
      int8: { to: INT8, from: [INT8], serialize: (v: number) => String(v), parse: toNumber },
      numeric: { to: NUMERIC, from: [NUMERIC], serialize: (v: number) => String(v), parse: toNumber },
      date: { to: DATE, from: [DATE], serialize: (v: string) => v, parse: keepString },
    },
  });
  const base = postgresQueryable(sql);
  return {
    kind: "postgres",
    url,
    ...base,
    async transaction<T>(fn: (tx: Queryable) => Promise<T>) {
      return (await sql.begin((tx) => fn(postgresQueryable(tx)))) as T;
    },
    async close() {
      await sql.end({ timeout: 5 });
    },
  };
}
