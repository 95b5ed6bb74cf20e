import { describe, expect, it } from "vitest";
import { SHARED_DATA } from "../support/paths";
import { useReingestServer } from "../support/reingest-server";

// The page cache across re-ingests: the overview names its data version; while ingests alternate
// between two versions, every page names exactly one, and a page asked while no ingest was running
// names the version on disk (a stored page never outlives its version, nor is kept under another).
const fx = useReingestServer("html-reingest");

const versionOf = async () => ((await (await fetch(`${fx.server.url}/api/health`)).json()) as { database: { data_version: string } }).database.data_version;

describe("cached HTML across re-ingests", () => {
  it("every page comes from one version, the one on disk when no ingest ran meanwhile", async () => {
    const vA = await versionOf();
    let current = vA;
    let epoch = 0; // changes when an ingest starts and when it ends
    let done = false;
    const failures: string[] = [];
    const seen = new Set<string>();
    let quiet = 0;
    const client = async () => {
      while (!done) {
        const e0 = epoch;
        let r: Response;
        let html: string;
        try {
          r = await fetch(`${fx.server.url}/`);
          html = await r.text();
        } catch (e) {
          failures.push(String(e));
          return;
        }
        if (r.status !== 200) {
          failures.push(`HTTP ${r.status}`);
          continue;
        }
        const named = [...html.matchAll(/data version <code>([0-9a-f]+)<\/code>/g)].map((m) => m[1]!);
        if (named.length !== 1) failures.push(`names ${named.length} versions: ${named.join(", ")}`);
        const v = named[0]!;
        seen.add(v);
        if (e0 === epoch && e0 % 2 === 0) {
          quiet++;
          if (v !== current) failures.push(`served ${v} while ${current} was on disk and no ingest ran`);
        }
      }
    };
    const clients = [client(), client()];
    const sources = [fx.variant, SHARED_DATA];
    try {
      for (const s of sources) {
        epoch++;
        await fx.ingest(s);
        current = await versionOf();
        epoch++;
        await new Promise((r) => setTimeout(r, 1500)); // pages asked while nothing is ingesting
      }
    } finally {
      done = true;
      await Promise.all(clients);
    }
    expect(failures).toEqual([]);
    expect(seen.size).toBe(2);
    expect(seen).toContain(vA);
    expect(quiet).toBeGreaterThan(10);
  }, 400_000);
});
