/** `npx tsx scripts/ingest.ts …`: the ingest command through tsx (`npm run ingest` starts at scripts/ingest.mjs). */
import { fileURLToPath } from "node:url";
import { importBundled } from "./lib/bundle-cache";
import type * as Cli from "./lib/ingest-cli";

importBundled<typeof Cli>(fileURLToPath(new URL("./lib/ingest-cli.ts", import.meta.url)), () => import("./lib/ingest-cli"))
  .then((m) => m.ingestCli(process.argv.slice(2)))
  .then((code) => process.exit(code));
