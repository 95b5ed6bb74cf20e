import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { paperTable, PAPER_TASKS, type PaperPoint } from "./paper-table";

// The upstream CSVs may not be copied into the repo; tests read the shared read-only copy.
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const DATA_DIR = process.env.SCALING_DATA_DIR ?? path.resolve(ROOT, "../shared/data/scaling-laws-openclip");

function readCsv(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.join(DATA_DIR, file), "utf8").split(/\r?\n/).filter((l) => l.length > 0);
  const names = header!.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((c, i) => [names[i]!, c])));
}

const METRIC: Record<string, string> = { imagenet1k: "acc1", mscoco_captions: "image_retrieval_recall@5" };

interface RefRow { label: string; compute: number; pred_acc_pct: number; actual_acc_pct: number | null }
// Independent computation: numpy re-implementation of the notebook's procedure (no code shared).
const reference = JSON.parse(execFileSync("python3", [path.join(ROOT, "scripts/reference/paper_predictions.py"), DATA_DIR], { encoding: "utf8" })) as Record<string, { mae: number; rows: RefRow[] }>;

describe("the paper's prediction table (figures.ipynb cells 6–7)", () => {
  const results = readCsv("zeroshot_results.csv");
  const gmacs = new Map(readCsv("arch_info.csv").map((r) => [r.model!, Number(r.gmacs)]));

  for (const task of PAPER_TASKS) {
    const points: PaperPoint[] = results.filter((r) => r.downstream_dataset === task).map((r) => ({
      arch: r.arch!, upstream: r.upstream_dataset!, samplesSeenPretty: r.samples_seen_pretty!, compute: Number(r.gmacs_total), error: 1 - Number(r[METRIC[task]!]),
    }));
    const t = paperTable(points, gmacs, { resamples: 200, seed: 1 });
    const ref = reference[task]!;

    it(`${task}: every prediction equals the numpy reference to 1e-6 and every actual matches`, () => {
      if ("reason" in t) throw new Error(t.reason);
      expect(t.rows.map((r) => r.label)).toEqual(ref.rows.map((r) => r.label));
      t.rows.forEach((r, i) => {
        const e = ref.rows[i]!;
        expect(Math.abs(r.pred_acc_pct - e.pred_acc_pct)).toBeLessThan(1e-6);
        expect(Math.abs(r.compute - e.compute) / e.compute).toBeLessThan(1e-12);
        if (e.actual_acc_pct === null) expect(r.actual_acc_pct).toBeNull();
        else expect(Math.abs(r.actual_acc_pct! - e.actual_acc_pct)).toBeLessThan(1e-9);
      });
    });

    it(`${task}: MAE equals the reference to 1e-9 and the notebook's printed value`, () => {
      if ("reason" in t) throw new Error(t.reason);
      expect(Math.abs(t.mae - ref.mae)).toBeLessThan(1e-9);
      // The notebook prints 0.874… (ImageNet) and 0.588… (MS-COCO).
      expect(t.mae.toFixed(3)).toBe(task === "imagenet1k" ? "0.874" : "0.588");
    });

    it(`${task}: 95% intervals surround the prediction and widen beyond the data`, () => {
      if ("reason" in t) throw new Error(t.reason);
      for (const r of t.rows) {
        expect(r.pred_ci).not.toBeNull();
        expect(r.pred_ci![0]).toBeLessThan(r.pred_ci![1]);
        expect(r.pred_ci![0]).toBeLessThanOrEqual(r.pred_acc_pct);
        expect(r.pred_ci![1]).toBeGreaterThanOrEqual(r.pred_acc_pct);
      }
      const width = (label: string) => { const r = t.rows.find((x) => x.label === label)!; return r.pred_ci![1] - r.pred_ci![0]; };
      expect(width("G/14 (68B)")).toBeGreaterThan(width("L/14 (13B)"));
    });
  }
});
