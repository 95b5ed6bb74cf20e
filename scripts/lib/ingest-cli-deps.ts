/** What scripts/ingest.ts needs, as one entry for its cached bundle (scripts/lib/bundle-cache.ts). */
export { readEnv } from "../../lib/env";
export { IngestError, runIngest } from "./run-ingest";
