import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "server-only": path.resolve("tests/support/server-only-stub.ts"), "@": path.resolve(".") } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "scripts/**/*.test.ts", "tests/unit/**/*.test.ts", "tests/support/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    hookTimeout: 60_000, // beforeAll hooks that run a whole ingest take longer than 10 s on a busy machine
  },
});
