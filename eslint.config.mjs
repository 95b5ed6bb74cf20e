// ESLint flat config: Next's core-web-vitals and TypeScript rules (which bring typescript-eslint and
// the React hooks rules), plus drizzle's guards against a DELETE or UPDATE without WHERE.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    plugins: { drizzle },
    rules: {
      // Only drizzle handles: Map#delete and URLSearchParams#delete are not SQL.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
    },
  },
  {
    // Node test files: helpers such as useBrowser() are vitest fixtures, not React hooks.
    files: ["tests/**", "**/*.test.ts", "scripts/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "data/**", "next-env.d.ts", "coverage/**"]),
]);
