import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig } from "vite";

/**
 * The framework floor of the bench: a minimal Remix app (its own root without a loader and one
 * tiny page), built like the app and served through the app's Express stack (bench/floor/server.ts).
 * Built into tmp/bench/floor-build by `npm run bench`.
 */
const here = path.dirname(new URL(import.meta.url).pathname);

export default defineConfig({
  root: here,
  plugins: [
    remix({
      appDirectory: path.join(here, "app"),
      buildDirectory: process.env.BENCH_FLOOR_BUILD_DIR || path.join(here, "../../tmp/bench/floor-build"),
      serverModuleFormat: "esm",
      future: {
        v3_fetcherPersist: true,
        v3_relativeSplatPath: true,
        v3_throwAbortReason: true,
        v3_lazyRouteDiscovery: true,
        v3_singleFetch: false,
      },
    }),
  ],
});
