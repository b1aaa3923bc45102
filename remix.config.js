/**
 * Remix Vite plugin options, kept in one place. vite.config.ts imports this file and passes
 * it to `remix(…)`.
 * @type {import("@remix-run/dev").VitePluginConfig}
 */
export default {
  appDirectory: "app",
  // BUILD_DIR lets parallel builds (several developers' checks on one machine) keep apart.
  buildDirectory: process.env.BUILD_DIR || "build",
  ignoredRouteFiles: ["**/*.test.*", "**/*.server.test.*", "**/__*.*"],
  serverModuleFormat: "esm",
  future: {
    v3_fetcherPersist: true,
    v3_relativeSplatPath: true,
    v3_throwAbortReason: true,
    v3_lazyRouteDiscovery: true,
    v3_singleFetch: false,
  },
};
