/**
 * `npm run bench:coverage [-- --sims 200 --sat-sims 40 --seed 1]`
 * Empirical coverage of the 95% intervals of α for every fit method (issue 8). For each of three
 * real tasks (LAION pooled) the real fit of each method is taken as the true law, and synthetic
 * data sets are drawn on the real compute grid (the 29 LAION models' GMACs) as
 *   log10 E = log10 law(C) + the real fit's log10 residuals, randomly permuted over the models
 * so the noise has the real scale and shape — for binned-min and saturating that includes the
 * points far above the frontier (under-trained models). Each data set is fitted with the
 * production settings (fitPowerLaw, 1,000 resamples) and we count how often the 95% interval
 * contains the true α. Data sets whose fit carries no interval (the interval rule) are counted apart.
 * Synthetic values are generated here; upstream rows are only read, never copied.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { fitPowerLaw, predictError, quantileSorted } from "../../lib/fit";
import { mulberry32 } from "../../lib/fit/rng";
import type { FitMethodId, FitOk } from "../../lib/fit/types";
import { machine, printTable } from "./report";

const { values } = parseArgs({ options: { sims: { type: "string", default: "200" }, "sat-sims": { type: "string", default: "40" }, seed: { type: "string", default: "1" } } });
const SIMS = Number(values.sims);
const SAT_SIMS = Number(values["sat-sims"]);
const SOURCE = path.resolve(process.env.SCALING_DATA_DIR ?? "../shared/data/scaling-laws-openclip");
const TASKS: [string, string][] = [["imagenet1k", "acc1"], ["mscoco_captions", "image_retrieval_recall@5"], ["vtab/cifar100", "acc1"]];
const METHODS: FitMethodId[] = ["binned-min", "ols", "saturating"];

function realSeries(task: string, metric: string): { compute: number[]; error: number[] } {
  const [header, ...lines] = fs.readFileSync(path.join(SOURCE, "zeroshot_results.csv"), "utf8").split(/\r?\n/).filter((l) => l);
  const names = header!.split(",");
  const rows = lines.map((l) => Object.fromEntries(l.split(",").map((c, i) => [names[i]!, c])));
  const picked = rows.filter((r) => r.downstream_dataset === task && r.upstream_dataset!.startsWith("LAION-") && r[metric] !== "");
  return { compute: picked.map((r) => Number(r.gmacs_total)), error: picked.map((r) => 1 - Number(r[metric])) };
}

function shuffle<T>(xs: T[], rng: () => number): T[] {
  const a = xs.slice();
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [a[i], a[j]] = [a[j]!, a[i]!];
  }
  return a;
}

const rng = mulberry32(Number(values.seed));
const table: string[][] = [];
const json: { metric: string; value: number; unit: string; goal: string; pass: boolean }[] = [];
const t0 = performance.now();
for (const method of METHODS) {
  let covered = 0, withCi = 0, without = 0, widthSum = 0, pctCovered = 0, basicCovered = 0;
  const sims = method === "saturating" ? SAT_SIMS : SIMS;
  if (sims === 0) continue;
  for (const [task, metric] of TASKS) {
    const real = realSeries(task, metric);
    const truth = fitPowerLaw(real.compute, real.error, { method, bootstrap: false });
    if (!truth.ok) throw new Error(`${task} ${method}: ${truth.reason}`);
    const law = (c: number) => predictError(truth, c);
    const resid = real.compute.map((c, i) => Math.log10(real.error[i]!) - Math.log10(law(c)));
    for (let s = 0; s < sims; s++) {
      const r = shuffle(resid, rng);
      const error = real.compute.map((c, i) => Math.min(0.999, 10 ** (Math.log10(law(c)) + r[i]!)));
      const fit = fitPowerLaw(real.compute, error, { method, bootstrap: { resamples: 1000, seed: 20230101 + s }, keepDraws: true });
      if (!fit.ok || !fit.alphaCi) { without++; continue; }
      withCi++;
      const [lo, hi] = (fit as FitOk).alphaCi!;
      widthSum += hi - lo;
      if (lo <= truth.alpha && truth.alpha <= hi) covered++;
      // For comparison: the percentile interval of the same draws (the stored one may be another kind).
      const d = Float64Array.from(fit.draws!.alpha).sort();
      const plo = quantileSorted(d, 0.025), phi = quantileSorted(d, 0.975);
      if (plo <= truth.alpha && truth.alpha <= phi) pctCovered++;
      if (2 * fit.alpha - phi <= truth.alpha && truth.alpha <= 2 * fit.alpha - plo) basicCovered++;
    }
  }
  const cov = withCi ? covered / withCi : NaN;
  const pct = (k: number) => `${((100 * k) / Math.max(withCi, 1)).toFixed(1)}%`;
  table.push([method, String(withCi), String(without), `${(100 * cov).toFixed(1)}%`, (widthSum / Math.max(withCi, 1)).toFixed(4), pct(pctCovered), pct(basicCovered)]);
  json.push({ metric: `coverage ${method}`, value: Math.round(1000 * cov) / 10, unit: "%", goal: "≥ 90", pass: cov >= 0.9 });
}
console.log(`Coverage of 95% intervals of α (${TASKS.map((t) => t[0]).join(", ")}; LAION pooled; ${SIMS} sims per task, ${SAT_SIMS} for saturating) on ${machine()}`);
printTable(["method", "data sets with an interval", "without (interval rule)", "coverage of true α (stored interval)", "mean width", "percentile interval of the same draws", "basic interval (2α̂ − q) of the same draws"], table);
console.log(`elapsed ${((performance.now() - t0) / 1000).toFixed(1)} s`);
console.log(`BENCH_JSON ${JSON.stringify({ bench: "coverage", ok: json.every((r) => r.pass), rows: json })}`);
