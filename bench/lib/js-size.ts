/**
 * JavaScript per page, from the Remix build manifest (the server build's `assets`): the client
 * entry and, for every route the URL matches (root first), the route module and its static
 * imports — the files Remix preloads for the page. Lazily imported chunks are not counted. Sizes
 * are gzip (level 9) of the files in build/client.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { matchRoutes } from "@remix-run/react";

type RouteObject = Parameters<typeof matchRoutes>[0][number];

interface ManifestRoute {
  id: string;
  parentId?: string;
  path?: string;
  index?: boolean;
  module: string;
  imports?: string[];
}
interface AssetsManifest {
  entry: { module: string; imports: string[] };
  routes: Record<string, ManifestRoute>;
}

export interface PageJs {
  page: string;
  routes: string[];
  files: number;
  gzipBytes: number;
  rawBytes: number;
}

export async function jsPerPage(buildDir: string, pages: { page: string; path: string }[]): Promise<PageJs[]> {
  const build = (await import(/* @vite-ignore */ path.join(buildDir, "server/index.js"))) as {
    assets: AssetsManifest;
  };
  const manifest = build.assets;
  const byParent = new Map<string | undefined, ManifestRoute[]>();
  for (const r of Object.values(manifest.routes)) {
    const list = byParent.get(r.parentId) ?? [];
    list.push(r);
    byParent.set(r.parentId, list);
  }
  const tree = (parentId: string | undefined): RouteObject[] =>
    (byParent.get(parentId) ?? []).map((r) =>
      r.index ? { id: r.id, path: r.path, index: true } : { id: r.id, path: r.path, children: tree(r.id) },
    );
  const routes = tree(undefined);
  const sizes = new Map<string, { raw: number; gz: number }>();
  const size = (file: string) => {
    let s = sizes.get(file);
    if (!s) {
      const bytes = readFileSync(path.join(buildDir, "client", file));
      s = { raw: bytes.length, gz: gzipSync(bytes, { level: 9 }).length };
      sizes.set(file, s);
    }
    return s;
  };
  return pages.map(({ page, path: url }) => {
    const matches = matchRoutes(routes, url) ?? [];
    const files = new Set<string>([manifest.entry.module, ...manifest.entry.imports]);
    const ids = matches.map((m) => m.route.id!);
    for (const id of ids) {
      const r = manifest.routes[id]!;
      files.add(r.module);
      for (const i of r.imports ?? []) files.add(i);
    }
    let raw = 0;
    let gz = 0;
    for (const f of files) {
      const s = size(f);
      raw += s.raw;
      gz += s.gz;
    }
    return { page, routes: ids, files: files.size, gzipBytes: gz, rawBytes: raw };
  });
}
