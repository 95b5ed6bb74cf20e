import { ModelLearningCurve } from "@/components/charts/model-learning-curve";
import { num, Table } from "@/components/ui/table";
import { formatPct } from "@/lib/format";
import type { ModelCurve } from "@/lib/models/curves";
import type { ResultGroup } from "@/lib/models/results";

/** The model's ImageNet learning curve, or why there is none. */
export function ModelCurveSection({ origin, curve, imagenetTop1 }: { origin: "laion" | "openai"; curve: ModelCurve | undefined; imagenetTop1: number | null }) {
  let body;
  if (origin === "openai") {
    body = <p>OpenAI published no intermediate checkpoints: there is no learning curve for OpenAI&apos;s models.</p>;
  } else if (!curve || curve.epoch.length === 0) {
    body = <p>The upstream learning-curve file has no checkpoints of this model.</p>;
  } else {
    const last = curve.epoch.length - 1;
    body = (
      <>
        <p className="muted">
          {curve.epoch.length} checkpoints, epochs {curve.epoch[0]}–{curve.epoch[last]}. Last checkpoint: top-1 {formatPct(curve.top1[last], 2)};
          the results table (imagenet1k) gives {formatPct(imagenetTop1, 2)}.
        </p>
        <ModelLearningCurve curve={curve} />
      </>
    );
  }
  return (
    <section className="card" aria-labelledby="curve-h">
      <h2 id="curve-h">ImageNet learning curve</h2>
      {body}
    </section>
  );
}

/** Results on every task, one table per task category, with the model's rank on each task. */
export function ModelResults({ groups, total }: { groups: ResultGroup[]; total: number }) {
  const n = groups.reduce((s, g) => s + g.rows.length, 0);
  return (
    <section aria-labelledby="results-h">
      <h2 id="results-h">Zero-shot results on {n} tasks</h2>
      <p className="muted">Value of each task&apos;s primary metric, error = 1 − value, and rank among the {total} models (1 = best; tied values share a rank).</p>
      {groups.map((g) => (
        <Table key={g.category} wrap={{ className: "models-results-wrap" }} className="models-results"
          caption={<caption>{g.category} ({g.rows.length})</caption>} head={["Task", "Metric", num("Value"), num("Error"), num("Rank")]}>
          {g.rows.map((r) => (
            <tr key={r.task} data-task={r.task}>
              <th scope="row">{r.label}{r.label !== r.task ? <span className="muted"> ({r.task})</span> : null}</th>
              <td>{r.metricLabel}</td>
              <td className="num" data-value={r.value ?? ""}>{formatPct(r.value, 2)}</td>
              <td className="num">{formatPct(r.error, 2)}</td>
              <td className="num">{r.rank === null ? "–" : `${r.rank} of ${r.of}`}</td>
            </tr>
          ))}
        </Table>
      ))}
    </section>
  );
}
