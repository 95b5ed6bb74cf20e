import { ModelLearningCurve } from "@/components/charts/model-learning-curve";
import { formatPct } from "@/lib/format";
import type { ModelCurve } from "@/lib/models/curves";

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
