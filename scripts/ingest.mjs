/**
 * `npm run ingest -- …` starts here, in plain node. When the cached CommonJS bundle of the ingest
 * command (scripts/lib/bundle-cache.ts) is up to date with every source it was built from, it runs
 * that bundle directly: no TypeScript loader (tsx's loader cost ~0.35 s of a 3-second ingest).
 * Otherwise (a fresh clone, an edited source, SCALING_INGEST_BUNDLE=0) it registers tsx and runs
 * scripts/ingest.ts, which builds the bundle for the next run. Same arguments, same environment.
 */
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { upToDate } from "./lib/bundle-fresh.mjs";

const require = createRequire(import.meta.url);
const entry = fileURLToPath(new URL("./lib/ingest-cli.ts", import.meta.url));
const dir = fileURLToPath(new URL("../node_modules/.cache/scaling-bundles/", import.meta.url));
const bundle = path.join(dir, "ingest-cli.cjs");

/** bundle-cache.ts's own test (scripts/lib/bundle-fresh.mjs). */
const fresh = () => upToDate(path.join(dir, "ingest-cli.json"), bundle, entry, require("esbuild/package.json").version);

if (process.env.SCALING_INGEST_BUNDLE !== "0" && fresh()) {
  process.exit(await require(bundle).ingestCli(process.argv.slice(2)));
} else {
  (await import("tsx/esm/api")).register();
  await import("./ingest.ts");
}
