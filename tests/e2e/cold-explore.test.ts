import { describe, expect, it } from "vitest";
import { SHARED_DATA } from "../support/paths";
import { useReingestServer } from "../support/reingest-server";

// The first /explore after an ingest (sent the moment the ingest exits, the page cache and the
// warmer of the old version in place) shows the new version's numbers, never the old page's.
const fx = useReingestServer("cold-explore");

/** The changed model's top-1 accuracy in the page's payload for its task, and the page's status. */
async function shownAcc(): Promise<{ status: number; acc: number | undefined }> {
  const r = await fetch(`${fx.server.url}/explore?task=${encodeURIComponent(fx.changed.task)}`, { headers: { "accept-encoding": "gzip" } });
  const html = await r.text();
  // The rows reach the client as RSC props, inlined as a JS string (quotes escaped).
  const m = new RegExp(`\\\\"model\\\\":\\\\"${fx.changed.model.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\\\"[^}]*?\\\\"acc1\\\\":([-0-9.e]+)`).exec(html);
  return { status: r.status, acc: m ? Number(m[1]) : undefined };
}

describe("the first /explore after an ingest", () => {
  it("shows the new version's data, in both directions", async () => {
    expect(fx.changed.a).not.toBe(fx.changed.b);
    // The old version's page in the page cache (and the warmer busy with it).
    expect(await shownAcc()).toEqual({ status: 200, acc: fx.changed.a });
    expect(await shownAcc()).toEqual({ status: 200, acc: fx.changed.a });
    for (const [source, want] of [[fx.variant, fx.changed.b], [SHARED_DATA, fx.changed.a], [fx.variant, fx.changed.b]] as const) {
      await fx.ingest(source);
      expect(await shownAcc()).toEqual({ status: 200, acc: want });
      expect(await shownAcc()).toEqual({ status: 200, acc: want });
    }
  }, 300_000);
});
