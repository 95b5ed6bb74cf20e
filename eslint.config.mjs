// ESLint flat config (`npm run lint`, also run by `npm test`): Next's core-web-vitals rules (React,
// the React hooks rules including the compiler's, jsx-a11y, @next/next), Next's TypeScript rules
// (typescript-eslint's recommended set), and drizzle's guards against a DELETE or UPDATE without WHERE.
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
      // `const { dropped: _, ...rest } = row` is how we omit a key; the rest is what is used.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  {
    // Browser tests: useBrowser() (tests/support) is a vitest fixture called at a describe's top
    // level, not a React hook. Everywhere else a use* call is held to the hooks rules.
    files: ["tests/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
  {
    // CommonJS by extension (the package is "type": "module"): require() is its only import form.
    files: ["**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "data/**", "next-env.d.ts", "coverage/**", ".cache/**", "test-results/**"]),
]);
