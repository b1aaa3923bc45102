import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import tseslint from "typescript-eslint";

/*
 * Layers (docs/decisions/006-layers.md). `no-restricted-imports` matches the import string, so each
 * pattern catches the path alias (`~/` = app/, `~server/` = server/, `~db/` = db/) and relative
 * paths (`../../server/…`, `../components/…`). ESLint applies the last matching options of a rule
 * per file, so a folder inside another (db/seed in db) repeats the outer folder's patterns.
 */
const UP = String.raw`(\.\./)+`;
const layer = (regex, message) => ({ regex, message });
const NO_DB = layer(
  String.raw`^(~|${UP})db(/|$)`,
  "Only server/ reads the database (db/); see docs/decisions/006-layers.md.",
);
const NO_SERVER = layer(
  String.raw`^(~|${UP})server(/|$)`,
  "server/ holds use-cases with I/O; this layer may not import it (docs/decisions/006-layers.md).",
);
const NO_SERVER_MODULES = layer(
  String.raw`\.server(\.[jt]sx?)?$`,
  "A .server module touches Node, secrets or SQL; this layer may not import it (docs/decisions/006-layers.md).",
);
const NO_UI = layer(
  String.raw`^(~/|${UP}(app/)?)(components|routes)(/|$)`,
  "server/, db/ and app/domain import nothing from app/components or app/routes; pure form models live in app/domain/<capability>/ (docs/decisions/006-layers.md).",
);
const NO_IO_OR_REACT = layer(
  String.raw`^(node:|(fs|path|crypto|os|child_process|http|https|net|stream|url|util|zlib|worker_threads)(/|$)|react(-dom)?(/|$)|react-hook-form$|@hookform/|@remix-run/|recharts$|jspdf|postgres$|@electric-sql/|express$|exceljs$)`,
  "app/domain is pure TypeScript (no I/O, no React, no Remix) so the browser can import it (docs/decisions/006-layers.md).",
);
const restrict = (...patterns) => ({ "no-restricted-imports": ["error", { patterns }] });

export default tseslint.config(
  {
    ignores: [
      "build/**",
      "build-*/**",
      "tmp/**",
      "data/**",
      "node_modules/**",
      "test-results/**",
      "playwright-report/**",
      ".cache/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "react-hooks": reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error", "log"] }],
    },
  },
  // app/domain: pure. No database, no server, no UI, no Node, no React.
  {
    files: ["app/domain/**/*.{ts,tsx}"],
    rules: restrict(NO_DB, NO_SERVER, NO_SERVER_MODULES, NO_UI, NO_IO_OR_REACT),
  },
  // app/components: UI only; data comes from loaders, never from db/ or server/.
  {
    files: ["app/components/**/*.{ts,tsx}"],
    rules: restrict(NO_DB, NO_SERVER, NO_SERVER_MODULES),
  },
  // Routes and the root call server/ and app/domain only, never db/ (docs/decisions/006-layers.md).
  {
    files: ["app/routes/**/*.{ts,tsx}", "app/root.tsx"],
    rules: restrict(NO_DB),
  },
  // server/ and db/: never the UI.
  {
    files: ["server/**/*.ts", "db/**/*.ts"],
    rules: restrict(NO_UI),
  },
  // db/seed writes rows; it calls no use-case in server/ (demo steps that need one live in server/demo/).
  {
    files: ["db/seed/**/*.ts"],
    rules: restrict(NO_UI, NO_SERVER),
  },
  {
    // One i18n mechanism (ADR 003): text per language lives in app/i18n/<locale>/<area>.ts, so code
    // never branches on a language code. Applies to every comparison of something named `locale`
    // (or `x.locale`; short aliases such as `l` are not caught) with a string literal.
    files: ["**/*.{ts,tsx,js,mjs}"],
    rules: {
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "BinaryExpression[operator=/^[!=]==?$/][left.type='Literal'][right.name=/^locale$/i], BinaryExpression[operator=/^[!=]==?$/][right.type='Literal'][left.name=/^locale$/i], BinaryExpression[operator=/^[!=]==?$/][left.type='Literal'][right.property.name=/^locale$/i], BinaryExpression[operator=/^[!=]==?$/][right.type='Literal'][left.property.name=/^locale$/i]",
          message:
            "Do not compare locale with a language code: put the text or convention in app/i18n/<locale>/<area>.ts (messagesFor(locale)), or use localized() for stored { sv, en } content.",
        },
      ],
    },
  },
  {
    files: ["scripts/**/*.mjs", "*.js"],
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
  },
);
