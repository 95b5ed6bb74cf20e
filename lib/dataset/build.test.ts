import { describe, expect, it } from "vitest";
import { FIT_GROUPS, inGroup } from "../domain/groups";
import { fitMetrics, primaryMetric } from "../domain/metrics";
import { mulberry32 } from "../fit";
import { FIT_METHODS } from "../fit/types";
import { buildDataset, DatasetBuilder } from "./build";
import { fitJobs } from "./fit-jobs";
import { metricValue, type EvaluationRow } from "./rows";
import type { ArchRow, ModelInfoRow, ResultRow } from "./upstream-rows";

const arch: ArchRow = { line: 2, model: "A", image_size: 224, image_width: 768, text_width: 512, embed_dim: 512, gmacs: 4, macts: 1, mparams: 1, image_gmacs: 1, image_macts: 1, image_mparams: 1, text_gmacs: 1, text_macts: 1, text_mparams: 1 };
const DATA = ["80M", "400M", "2B"] as const;
const card = (j: number): ModelInfoRow => ({ line: j + 2, name: `m${j}.pt`, arch: "A", data: DATA[j % 3]!, samples_seen_pretty: "3B", lr: 0.001, warmup: 1, epochs: 1, gpus: 1, samples_per_sec: 1, samples_per_epoch: 3e9, local_bs: 1, detailed_training_info: null, url: "https://example.org" });
const TASKS = ["imagenet1k", "flickr30k", "cars", "voc2007_multilabel"];

/** Rows of `models` models × the tasks in random order, with some (model, task) pairs repeated; OpenAI rows too. */
function results(models: number, seed: number): ResultRow[] {
  const rng = mulberry32(seed);
  const v = () => (rng() < 0.1 ? null : Math.round(rng() * 1e4) / 1e4);
  const pairs: [number, string][] = [];
  for (let j = 0; j < models + 1; j++) for (const t of TASKS) if (rng() < 0.8) pairs.push([j, t]);
  for (let k = 0; k < 30; k++) pairs.push(pairs[Math.floor(rng() * pairs.length)]!); // duplicates
  pairs.sort(() => rng() - 0.5);
  return pairs.map(([j, t], i) => {
    const openai = j === models;
    const metrics = { acc1: v(), acc5: v(), mean_per_class_recall: v(), "image_retrieval_recall@5": v(), "text_retrieval_recall@5": v(), mean_average_precision: v() };
    metrics[primaryMetric(t)] ??= 0.5; // the primary metric is required
    return {
      line: i + 2, arch: "A", samples_seen: 3e9, gmacs_total: 12e9, gmacs: 4, upstream_dataset: openai ? "CLIP-WIT" : `LAION-${DATA[j % 3]}`,
      downstream_dataset: t, ...metrics, task: "zeroshot_classification", samples_seen_pretty: "3B", name: openai ? "openai" : `m${j}.pt`,
    };
  });
}

describe("DatasetBuilder (streaming checks)", () => {
  it("reports every repeated (model, task) row with the line of the first, across model-number pages", () => {
    const models = 300; // model numbers span five 64-entry pages
    const rows = results(models, 7);
    const first = new Map<string, number>();
    const expected: string[] = [];
    for (const r of rows) {
      const key = `${r.name === "openai" ? "openai-A" : r.name.slice(0, -3)} / ${r.downstream_dataset}`;
      const f = first.get(key);
      if (f === undefined) first.set(key, r.line);
      else expected.push(`${r.line}: a duplicate of line ${f} for ${key}`);
    }
    expect(expected.length).toBeGreaterThan(20);
    const built = buildDataset({ arch: [arch], models: Array.from({ length: models }, (_, j) => card(j)), results: rows, curves: [] });
    expect(built.issues.map((i) => `${i.line}: ${i.found}`)).toEqual(expected);
    expect(built.dataset.evaluations).toHaveLength(rows.length - expected.length);
    expect(built.dataset.models.map((m) => m.id)).toEqual([...Array.from({ length: models }, (_, j) => `m${j}`), "openai-A"]);
  });

  it("gathers the same fit series as grouping the evaluation rows by task, metric and group", () => {
    const models = 150;
    const rows = results(models, 11);
    const evaluations: EvaluationRow[] = [];
    const built = new DatasetBuilder([arch], Array.from({ length: models }, (_, j) => card(j)), (e) => evaluations.push(e));
    for (const r of rows) built.result(r);
    const dataset = { evaluations };
    // The former fitJobs, written out: tasks sorted, then metric × group × method, rows in file order.
    const expected = [];
    for (const task of [...new Set(dataset.evaluations.map((e) => e.task))].sort()) {
      for (const metric of fitMetrics(task)) {
        for (const group of FIT_GROUPS) {
          const mine = dataset.evaluations.filter((e: EvaluationRow) => e.task === task && inGroup(group, e.upstream) && metricValue(e, metric) !== null);
          const compute = mine.map((e) => e.totalGmacs);
          const error = mine.map((e) => 1 - metricValue(e, metric)!);
          for (const method of FIT_METHODS) expected.push({ task, metric, group, method, compute, error });
        }
      }
    }
    expect(fitJobs(built.fits)).toEqual(expected); // gathered while streaming, as the ingest does
    expect(fitJobs(dataset.evaluations)).toEqual(expected); // from rows, as bench:fits does
  });
});
