/** How the table's derived columns are defined (so a reader can check them by hand). */
export function CompareDefinitions({ a, b, bootstrap }: { a: string; b: string; bootstrap: { resamples: number; seed: number; ms: number; cached: number } }) {
  return (
    <section className="compare-definitions" aria-labelledby="compare-defs-title">
      <h2 id="compare-defs-title">Definitions</h2>
      <dl>
        <dt>Fits</dt>
        <dd>E = A·C<sup>α</sup> with E the error (1 − the task&apos;s primary metric; image retrieval recall@5 for retrieval) and C the total compute in GMACs.</dd>
        <dt>Δα = α<sub>b</sub> − α<sub>a</sub></dt>
        <dd>
          Negative: {b}&apos;s error falls faster with compute than {a}&apos;s. Its 95% interval is a percentile bootstrap: each group&apos;s observations are
          resampled independently ({bootstrap.resamples.toLocaleString("en")} resamples, seed {bootstrap.seed}, the same draws as the stored α intervals), the
          resampled slopes are paired at random, and the 2.5th and 97.5th percentiles of their difference are taken. A task &quot;differs&quot; when that
          interval excludes 0 and both fits have at least 5 points.
        </dd>
        <dt>Crossing C*</dt>
        <dd>The compute at which the two fitted lines meet: log<sub>10</sub> C* = (log<sub>10</sub> A<sub>a</sub> − log<sub>10</sub> A<sub>b</sub>) / (α<sub>b</sub> − α<sub>a</sub>); none when the slopes are equal. The table says whether C* lies inside the compute range both groups were observed at.</dd>
        <dt>Multiplier for {a}</dt>
        <dd>
          At C<sub>max</sub>, the largest compute observed for {b}, {b}&apos;s law predicts E<sub>b</sub> = A<sub>b</sub>·C<sub>max</sub><sup>α<sub>b</sub></sup>.
          {" "}{a}&apos;s law reaches that error at C<sub>a</sub> = (E<sub>b</sub> / A<sub>a</sub>)<sup>1/α<sub>a</sub></sup>; the multiplier is C<sub>a</sub> / C<sub>max</sub>.
          Above 1: {a} needs that many times more compute to match {b}; below 1: less. &quot;Extrapolated&quot; when C<sub>a</sub> lies outside {a}&apos;s observed compute.
        </dd>
      </dl>
      <p className="muted">Bootstrap for all tasks: {bootstrap.ms.toFixed(0)} ms ({bootstrap.cached} of the group slope sets came from the cache).</p>
    </section>
  );
}
