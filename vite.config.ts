import path from "node:path";
import { vitePlugin as remix } from "@remix-run/dev";
import { defineConfig, type Plugin } from "vite";
import tsconfigPaths from "vite-tsconfig-paths";
import remixOptions from "./remix.config.js";

const isVitest = Boolean(process.env.VITEST);

/**
 * One language's catalogue per page: in the browser build, `~/i18n` (app/i18n/index.ts, both
 * catalogues) resolves to app/i18n/browser.ts, which loads each language as its own chunk.
 */
function browserCatalogue(): Plugin {
  const serverIndex = path.resolve("app/i18n/index.ts");
  const browserIndex = path.resolve("app/i18n/browser.ts");
  return {
    name: "synlig-browser-catalogue",
    enforce: "pre",
    async resolveId(source, importer, options) {
      if (options?.ssr || !importer || importer === browserIndex) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved?.id === serverIndex ? browserIndex : null;
    },
  };
}

export default defineConfig({
  plugins: [isVitest ? null : browserCatalogue(), isVitest ? null : remix(remixOptions), tsconfigPaths()],
  optimizeDeps: { exclude: ["@electric-sql/pglite"] },
  ssr: { noExternal: [] },
  server: { port: 3000 },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.{ts,tsx}"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.{ts,tsx}", "db/**/*.test.ts", "server/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/setup/fail-on-console.ts", "tests/setup/msw.ts"],
          testTimeout: 60_000,
          env: {
            SESSION_SECRET: "integration-tests-secret-0123456789abcdef",
            DATA_DIR: "./tmp/test-data",
            // Faster password hashing in tests (production needs 17); the rehash path is tested separately.
            SCRYPT_LOG_N: "14",
          },
          hookTimeout: 120_000,
          pool: "forks",
        },
      },
    ],
  },
});
