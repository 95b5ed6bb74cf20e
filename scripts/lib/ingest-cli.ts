/**
 * The ingest command line (`npm run ingest -- …`): one entry for its cached bundle, which
 * scripts/ingest.mjs runs with plain node and scripts/ingest.ts through tsx (scripts/lib/bundle-cache.ts).
 */
import { parseArgs } from "node:util";
import { readEnv } from "../../lib/env";
import { IngestError, runIngest } from "./run-ingest";

const USAGE = `Usage: npm run ingest -- [--source DIR] [--db PATH] [--allow-shrink]
  --source DIR  read the four upstream CSVs from DIR (or set SCALING_DATA_DIR); default: download
                them from LAION-AI/scaling-laws-openclip at the pinned commit and verify their sha256
  --db PATH     database file to write (default: SCALING_DB or data/scaling.db)
  --allow-shrink  replace the database even if the new one has fewer models, tasks or evaluations
                (without it the ingest prints what would change and stops)`;

/** Run the ingest with these arguments; resolves to the process exit code. */
export async function ingestCli(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs({ args: argv, options: { source: { type: "string" }, db: { type: "string" }, "allow-shrink": { type: "boolean" }, help: { type: "boolean", short: "h" } } }).values;
  } catch (e) {
    console.error(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  if (args.help) {
    console.log(USAGE);
    return 0;
  }
  const log = (m: string) => console.error(m);
  try {
    const env = readEnv();
    const s = await runIngest({ source: args.source, dbPath: args.db ?? env.SCALING_DB, env, log, allowShrink: args["allow-shrink"] });
    const rows = Object.entries(s.counts).map(([t, n]) => `${t} ${n}`).join(", ");
    console.log(`ingested ${s.dbPath} (data version ${s.version}): ${rows}; fits ${s.fitsOk} ok, ${s.fitsNone} without a fit; ${s.warnings.length} warnings; ${(s.elapsedMs / 1000).toFixed(2)} s`);
    return 0;
  } catch (e) {
    if (e instanceof IngestError) for (const line of e.formatted()) console.error(line);
    console.error(`ingest failed: ${(e as Error).message}`);
    return 1;
  }
}
