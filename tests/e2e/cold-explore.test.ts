import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingestChild, variantSource, type VariantChange } from "@/tests/support/kill-harness";
import { SHARED_DATA } from "../support/paths";
import { startServer } from "../support/server";

// The first /explore after an ingest (sent the moment the ingest exits, the page cache and the
// warmer of the old version in place) shows the new version's numbers, never the old page's.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cold-explore-"));
const db = path.join(dir, "scaling.db");
let variant: string;
let changed: VariantChange;
let server: Awaited<ReturnType<typeof startServer>>;

/** The changed model's top-1 accuracy in the page's payload for its task, and the page's status. */
async function shownAcc(): Promise<{ status: number; acc: number | undefined }> {
  const r = await fetch(`${server.url}/explore?task=${encodeURIComponent(changed.task)}`, { headers: { "accept-encoding": "gzip" } });
  const html = await r.text();
  // The rows reach the client as RSC props, inlined as a JS string (quotes escaped).
  const m = new RegExp(`\\\\"model\\\\":\\\\"${changed.model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\\\"[^}]*?\\\\"acc1\\\\":([-0-9.e]+)`).exec(html);
  return { status: r.status, acc: m ? Number(m[1]) : undefined };
}

beforeAll(async () => {
  ({ dir: variant, changed } = variantSource());
  await ingestChild(SHARED_DATA, db);
  server = await startServer(db);
});
afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
  fs.rmSync(variant, { recursive: true, force: true });
});

describe("the first /explore after an ingest", () => {
  it("shows the new version's data, in both directions", async () => {
    expect(changed.a).not.toBe(changed.b);
    // The old version's page in the page cache (and the warmer busy with it).
    expect(await shownAcc()).toEqual({ status: 200, acc: changed.a });
    expect(await shownAcc()).toEqual({ status: 200, acc: changed.a });
    for (const [source, want] of [[variant, changed.b], [SHARED_DATA, changed.a], [variant, changed.b]] as const) {
      await ingestChild(source, db);
      expect(await shownAcc()).toEqual({ status: 200, acc: want });
      expect(await shownAcc()).toEqual({ status: 200, acc: want });
    }
  }, 300_000);
});
