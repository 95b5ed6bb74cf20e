import { describe, expect, it } from "vitest";
import { parseExploreState } from "../../lib/url-state/explore";
import { createDb, migrateDb, type Db } from "../client";
import { insertRows } from "../mutations/insert-rows";
import { architectures, evaluations, ingests, type NewEvaluation } from "../schema";
import { exploreChart } from "./explore-export";

// Eight LAION-2B models on one task, error = 10·C^-0.1 exactly, plus two OpenAI ones.
const ev = (i: number, p: Partial<NewEvaluation> = {}): NewEvaluation => {
  const totalGmacs = 1e9 * 2 ** i;
  return {
    modelId: `m${i}`, task: "cars", taskType: "zeroshot_classification", arch: i % 2 ? "ViT-B-32" : "ViT-B-16", upstream: "LAION-2B", samplesSeen: 1e9, samplesSeenPretty: "1B",
    gmacsPerSample: 4.4, totalGmacs, acc1: 1 - 10 * totalGmacs ** -0.1, metric: "acc1", error: 10 * totalGmacs ** -0.1, sourceLine: i + 2, ...p,
  };
};

function seeded(): Db {
  const db = createDb(":memory:");
  migrateDb(db);
  insertRows(db, architectures, ["ViT-B-32", "ViT-B-16"].map((name) => ({
    name, imageSize: 224, imageWidth: 768, textWidth: 512, embedDim: 512, gmacs: 4.4, macts: 5, mparams: 150,
    imageGmacs: 4, imageMacts: 4, imageMparams: 88, textGmacs: 0.4, textMacts: 1, textMparams: 63, sourceLine: 2,
  })));
  insertRows(db, evaluations, [...Array.from({ length: 16 }, (_, i) => ev(i)), ev(20, { modelId: "o1", upstream: "OpenAI" }), ev(21, { modelId: "o2", upstream: "OpenAI" })]);
  insertRows(db, ingests, [{
    source: "test", sourceRepo: "LAION-AI/scaling-laws-openclip", sourceCommit: "0".repeat(40), filesJson: "[]", rowCountsJson: "{}", warningsJson: "[]",
    fitConfigJson: "{}", startedAt: "2026-01-01T00:00:00Z", finishedAt: "2026-01-01T00:00:01Z", elapsedMs: 1000, version: "v-test",
  }]);
  return db;
}

/** SQL statements the handle prepares while `run` runs, by the table they read. */
async function statementsDuring(db: Db, run: () => Promise<unknown>): Promise<string[]> {
  const seen: string[] = [];
  const client = db.$client as unknown as { prepare: (sql: string) => unknown };
  const prepare = client.prepare.bind(client);
  client.prepare = (sql: string) => {
    seen.push(sql);
    return prepare(sql);
  };
  try {
    await run();
  } finally {
    client.prepare = prepare;
  }
  return seen;
}

const evaluationReads = (sql: string[]) => sql.filter((s) => /from "evaluations"/i.test(s) && !/distinct|group by/i.test(s));

describe("the /explore chart", () => {
  it("reads the task's evaluations once", async () => {
    const db = seeded();
    const parsed = parseExploreState(new URLSearchParams("task=cars&groups=LAION"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    let spec: unknown;
    const sql = await statementsDuring(db, async () => (spec = await exploreChart(db, parsed.state, { width: 640, height: 400 })));
    expect(evaluationReads(sql)).toHaveLength(1);
    expect(JSON.stringify(spec)).toContain("m15"); // the chart draws the rows it read
  });

  it("with a narrowed slice, its refit fits the rows already read instead of reading the slice again", async () => {
    const db = seeded();
    const parsed = parseExploreState(new URLSearchParams("task=cars&arch=ViT-B-32&groups=LAION"));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    // Every read happens before the refit is handed to the CPU pool. Under vitest the pool's worker
    // cannot load TypeScript, so the chart itself may fail there; the refit's numbers are checked
    // end to end (tests/e2e/explore.test.ts: the slice refit equals /api/v1/fit's).
    const sql = await statementsDuring(db, () => exploreChart(db, parsed.state, { width: 640, height: 400 }).catch(() => undefined));
    expect(evaluationReads(sql)).toHaveLength(1);
  });
});
