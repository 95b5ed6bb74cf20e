import { CORRECTION } from "@/lib/compare/significance";
import { formatFixed } from "@/lib/format";

/** How the table's derived columns are defined (so a reader can check them by hand). */
export function CompareDefinitions({ a, b, bootstrap }: { a: string; b: string; bootstrap: { resamples: number; seed: number; ms: number; cached: number } }) {
  return (
    <section className="compare-definitions" aria-labelledby="compare-defs-title">
      <h2 id="compare-defs-title">Definitions</h2>
      <dl>
        <dt>Fits</dt>
        <dd>
          E = A·C<sup>α</sup> with E the error (1 − the task&apos;s primary metric; image retrieval recall@5 for retrieval) and C the total compute in GMACs.
          Both groups of a task are fitted by the same estimator (the row says which). An interval needs at least 5 fitted points (bin minima for
          binned-min, all models for OLS); below that a fit has none.
        </dd>
        <dt>Δα = α<sub>b</sub> − α<sub>a</sub></dt>
        <dd>
          Negative: {b}&apos;s error falls faster with compute than {a}&apos;s. Each group&apos;s observations are resampled independently
          ({bootstrap.resamples.toLocaleString("en")} resamples, seed {bootstrap.seed}, the same draws as the groups&apos; α intervals) and the resampled
          fits are paired at random. Δα&apos;s 95% interval is the 2.5th and 97.5th percentiles of the paired differences; its two-sided p-value is
          2·min(#&#123;Δα* ≤ 0&#125; + 1, #&#123;Δα* ≥ 0&#125; + 1) / (draws + 1), so it cannot go below 2 / (draws + 1).
        </dd>
        <dt>Differs (● and the headline)</dt>
        <dd>
          {CORRECTION.name} at a {CORRECTION.fdr * 100}% false discovery rate over the p-values of the testable tasks (both groups have an interval):
          sort the m p-values, find the largest k with p<sub>(k)</sub> ≤ k·{CORRECTION.fdr}/m, and mark those k tasks. The headline and the markers are
          one decision. A task whose uncorrected interval excludes 0 may still not be marked.
        </dd>
        <dt>Crossing C*</dt>
        <dd>
          The compute at which the two fitted lines meet: log<sub>10</sub> C* = (log<sub>10</sub> A<sub>a</sub> − log<sub>10</sub> A<sub>b</sub>) / (α<sub>b</sub> − α<sub>a</sub>),
          with a 95% interval from the same paired draws. Said in words instead of a number when Δα&apos;s interval contains 0 or when C* lies more than a
          decade outside the compute both groups were observed at. ⇢ marks an extrapolated value (hover for why).
        </dd>
        <dt>Multiplier for {a}</dt>
        <dd>
          At C<sub>max</sub>, the largest compute observed for {b}, {b}&apos;s law predicts E<sub>b</sub> = A<sub>b</sub>·C<sub>max</sub><sup>α<sub>b</sub></sup>.
          {" "}{a}&apos;s law reaches that error at C<sub>a</sub> = (E<sub>b</sub> / A<sub>a</sub>)<sup>1/α<sub>a</sub></sup>; the multiplier is C<sub>a</sub> / C<sub>max</sub>,
          two significant digits, with a 95% interval from the same paired draws. Above 1: {a} needs that many times more compute to match {b}; below 1:
          less. Said in words when C<sub>a</sub> lies more than a decade outside {a}&apos;s observed compute.
        </dd>
      </dl>
      <p className="muted">Fits and bootstrap for all tasks: {formatFixed(bootstrap.ms, 0)} ms ({bootstrap.cached} of the fits came from the cache).</p>
    </section>
  );
}
