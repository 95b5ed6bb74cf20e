import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fitPowerLaw } from "./fit";
import type { FitMethodId } from "./types";

// The upstream CSV may not be copied into the repo; tests read the shared read-only copy.
const DATA_DIR =
  process.env.SCALING_DATA_DIR ??
  path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../shared/data/scaling-laws-openclip");

/** zeroshot_results.csv as header-keyed records; the file has no quoted fields, so a split suffices. */
function readResults(): Record<string, string>[] {
  const text = readFileSync(path.join(DATA_DIR, "zeroshot_results.csv"), "utf8");
  const [header, ...lines] = text.split(/\r?\n/).filter((line) => line.length > 0);
  const names = header!.split(",");
  return lines.map((line) => {
    const cells = line.split(",");
    return Object.fromEntries(names.map((name, i) => [name, cells[i] ?? ""]));
  });
}

function series(rows: Record<string, string>[], task: string, metric: string, group: "LAION" | "CLIP-WIT") {
  const picked = rows.filter(
    (r) =>
      r.downstream_dataset === task &&
      (group === "LAION" ? r.upstream_dataset!.startsWith("LAION-") : r.upstream_dataset === group),
  );
  return { compute: picked.map((r) => Number(r.gmacs_total)), error: picked.map((r) => 1 - Number(r[metric])) };
}

// Expected values printed by `python3 scripts/reference/binned_fit.py` (numpy 2.4.6:
// np.histogram + np.digitize + np.linalg.lstsq, independent of this TypeScript code).
const CASES: [string, string, "LAION" | "CLIP-WIT", number, FitMethodId, number, number][] = [
  ["imagenet1k", "acc1", "LAION", 29, "binned-min", -0.11138849141276667, 0.7677537559405149],
  ["imagenet1k", "acc1", "LAION", 29, "ols", -0.10124644250296301, 0.6951731975724645],
  ["imagenet1k", "acc1", "CLIP-WIT", 3, "binned-min", -0.17964308692113937, 1.547876826213027],
  ["imagenet1k", "acc1", "CLIP-WIT", 3, "ols", -0.16377469046429108, 1.3651799489549032],
  ["mscoco_captions", "image_retrieval_recall@5", "LAION", 29, "binned-min", -0.07943441308755435, 0.4392884246209365],
  ["mscoco_captions", "image_retrieval_recall@5", "LAION", 29, "ols", -0.07124883826127891, 0.385972673086612],
];

describe("paper reference (numpy) on zeroshot_results.csv", () => {
  const rows = readResults();

  it.each(CASES)("%s %s %s (n=%i) %s", (task, metric, group, n, method, alpha, log10A) => {
    const { compute, error } = series(rows, task, metric, group);
    const fit = fitPowerLaw(compute, error, { method, bootstrap: false });
    if (!fit.ok) throw new Error(fit.reason);
    expect(fit.n).toBe(n);
    expect(Math.abs(fit.alpha - alpha)).toBeLessThan(1e-9);
    expect(Math.abs(fit.log10A - log10A)).toBeLessThan(1e-9);
  });
});
