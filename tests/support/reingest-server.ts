import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll } from "vitest";
import { ingestChild, variantSource, type VariantChange } from "./kill-harness";
import { SHARED_DATA } from "./paths";
import { startServer } from "./server";

/**
 * A `next start` of the test file's own (an empty cache) on a fresh database ingested from the real
 * data, and a variant source (one model's accuracy changed) to re-ingest from; set up before the
 * file's tests and removed after them. The fields are filled by beforeAll: read them inside tests.
 */
export function useReingestServer(name: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  const s = {
    db: path.join(dir, "scaling.db"),
    variant: "",
    changed: undefined as unknown as VariantChange,
    server: undefined as unknown as Awaited<ReturnType<typeof startServer>>,
    /** A real ingest of `source` (a directory of the four CSVs) into the server's database. */
    ingest: (source: string) => ingestChild(source, s.db),
  };
  beforeAll(async () => {
    ({ dir: s.variant, changed: s.changed } = variantSource());
    await ingestChild(SHARED_DATA, s.db);
    s.server = await startServer(s.db);
  });
  afterAll(async () => {
    await s.server?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    if (s.variant) fs.rmSync(s.variant, { recursive: true, force: true });
  });
  return s;
}
