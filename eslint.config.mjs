// One lint for the repository (`npm run lint`): Next.js's own rules (core web vitals + TypeScript) for
// the storefront, typescript-eslint's recommended rules for the backend, the contract package and the
// TypeScript tests, ESLint's recommended rules for the plain JavaScript of tests and scripts.
import { createRequire } from "node:module"
import js from "@eslint/js"
import nextCoreWebVitals from "eslint-config-next/core-web-vitals"
import nextTypescript from "eslint-config-next/typescript"
import { defineConfig, globalIgnores } from "eslint/config"
import reactHooks from "eslint-plugin-react-hooks"
import globals from "globals"
import tseslint from "typescript-eslint"

// The storefront's React (19), not the backend's (18, for the admin) that npm hoists to the root.
const storefrontReact = createRequire(new URL("./storefront/package.json", import.meta.url))("react/package.json").version

// Unused on purpose: `const { secret, ...rest } = x` leaves a property out, and a leading underscore
// names a parameter a signature requires (a server action's previous state, a callback's event).
const unusedVars = { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }

export default defineConfig([
  globalIgnores([
    "**/.next*/",
    "**/.medusa/",
    "**/.data/",
    "storefront/next-env.d.ts",
    "tests/e2e/.results/",
    "tests/e2e/screenshots/",
    "tests/bench/results/",
    "tests/reliability/.logs/",
    "packages/contract/dist/",
  ]),
  {
    name: "storefront",
    files: ["storefront/**/*.{js,jsx,mjs,ts,tsx}"],
    extends: [nextCoreWebVitals, nextTypescript],
    settings: {
      next: { rootDir: "storefront/" },
      react: { version: storefrontReact },
    },
  },
  {
    name: "typescript",
    files: ["backend/**/*.{ts,tsx}", "packages/contract/**/*.{ts,tsx}", "tests/**/*.ts"],
    extends: [tseslint.configs.recommended],
    rules: {
      // proxy-addr ships no types: the declaration in backend/src/types is referenced by path from the
      // files that use it, since Medusa's loader compiles each of them on its own (no tsconfig `include`).
      "@typescript-eslint/triple-slash-reference": ["error", { path: "always", types: "prefer-import", lib: "always" }],
    },
  },
  {
    name: "tests/doubles",
    files: ["backend/integration-tests/**/*.ts", "tests/**/*.ts"],
    // Test doubles stand in for third-party clients (Stripe, Meilisearch, jest mocks) whose types the
    // tests do not restate; the code under test keeps the rules.
    rules: { "@typescript-eslint/no-explicit-any": "off", "@typescript-eslint/no-unsafe-function-type": "off" },
  },
  {
    name: "backend/admin",
    files: ["backend/src/admin/**/*.{ts,tsx}"],
    extends: [reactHooks.configs.flat.recommended],
  },
  {
    name: "backend/module-services",
    files: ["backend/src/modules/*/service.ts"],
    // Medusa's own pattern for a module service: `super(...arguments)` hands MedusaService everything the
    // container passes, named in the signature or not.
    rules: { "prefer-rest-params": "off" },
  },
  {
    name: "javascript",
    files: ["tests/**/*.mjs", "scripts/**/*.mjs", "*.mjs", "backend/**/*.js", "packages/contract/**/*.{js,mjs}"],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: { "no-unused-vars": ["error", unusedVars] },
  },
  {
    name: "typescript/unused",
    files: ["storefront/**/*.{ts,tsx}", "backend/**/*.{ts,tsx}", "packages/contract/**/*.{ts,tsx}", "tests/**/*.ts"],
    rules: { "@typescript-eslint/no-unused-vars": ["error", unusedVars] },
  },
  {
    name: "backend/commonjs",
    files: ["backend/**/*.js"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node, ...globals.jest } },
  },
])
