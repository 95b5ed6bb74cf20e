import type { ReactNode } from "react";
import type { Architecture, Model } from "@/db/schema";
import { archLabel } from "@/lib/domain/arch";
import { formatCount, formatNum, formatPct, formatSci } from "@/lib/format";
import { formatInt, formatLr } from "@/lib/models/format";

/** Architecture facts from arch_info.csv: compute per sample, parameters, widths. */
export function ModelArchitecture({ arch, architecture: a, gmacsPerSample }: { arch: string; architecture: Architecture | null; gmacsPerSample: number }) {
  return (
    <section className="card" aria-labelledby="arch-h">
      <h2 id="arch-h">Architecture: {archLabel(arch)}</h2>
      {a ? (
        <FactList items={[
          { label: "GMACs per sample", value: `${formatNum(a.gmacs, 4)} (image ${formatNum(a.imageGmacs, 4)} + text ${formatNum(a.textGmacs, 4)})`,
            note: a.gmacs === gmacsPerSample ? undefined : `The results table uses ${formatNum(gmacsPerSample, 4)} GMACs per sample for this model.` },
          { label: "Parameters", value: `${formatNum(a.mparams, 4)} M (image ${formatNum(a.imageMparams, 4)} M + text ${formatNum(a.textMparams, 4)} M)` },
          { label: "Image size", value: `${a.imageSize} px` },
          { label: "Image width", value: formatInt(a.imageWidth) },
          { label: "Text width", value: formatInt(a.textWidth) },
          { label: "Embedding dimension", value: formatInt(a.embedDim) },
        ]} />
      ) : (
        <p>arch_info.csv has no row for {arch}; GMACs per sample from the results: {formatNum(gmacsPerSample, 4)}.</p>
      )}
    </section>
  );
}

/** Data, samples seen (both sources, honestly compared) and the training recipe with its derivations. */
export function ModelRecipe({ model: m }: { model: Model }) {
  const delta = samplesSeenDelta(m.samplesSeen, m.nominalSamplesSeen);
  const nominal = m.epochs !== null && m.samplesPerEpoch !== null ? `${formatInt(m.epochs)} epochs × ${formatInt(m.samplesPerEpoch)} samples = ${formatInt(m.nominalSamplesSeen)}` : null;
  const samplesNote = m.origin === "openai" ? "From the results table; OpenAI published no epochs or samples per epoch."
    : delta === null ? `Equals epochs × samples per epoch (${nominal}).`
    : <>The training recipe gives {nominal} ({formatCount(m.nominalSamplesSeen ?? NaN)}); the results&apos; value is {formatPct(Math.abs(delta))} {delta > 0 ? "higher" : "lower"}. Compute (C) on this site uses the results&apos; value.</>;
  const data = [
    { label: "Upstream data", value: m.upstream },
    { label: "Samples seen (results)", value: `${formatInt(m.samplesSeen)} (${formatCount(m.samplesSeen)}; “${m.samplesSeenPretty}” bucket)`, note: samplesNote },
    { label: "Total compute C", value: `${formatSci(m.samplesSeen * m.gmacsPerSample, 4)} GMACs`, note: `samples seen × ${formatNum(m.gmacsPerSample, 4)} GMACs per sample` },
  ];
  const recipe = [
    { label: "Learning rate", value: formatLr(m.lr) },
    { label: "Warmup", value: `${formatInt(m.warmup)} steps` },
    { label: "Epochs", value: formatInt(m.epochs) },
    { label: "Samples per epoch", value: formatInt(m.samplesPerEpoch) },
    { label: "Batch size", value: `${formatInt(m.globalBatchSize)} global`, note: `${formatInt(m.localBatchSize)} per GPU × ${formatInt(m.gpus)} GPUs` },
    { label: "Throughput", value: `${formatInt(m.samplesPerSec)} samples/s`, note: "whole job, as reported upstream" },
    { label: "Steps", value: formatInt(m.steps), note: `⌈epochs × samples per epoch ÷ global batch⌉ = ⌈${formatInt(m.nominalSamplesSeen)} ÷ ${formatInt(m.globalBatchSize)}⌉` },
    { label: "GPU-hours", value: formatInt(m.gpuHours),
      note: `epochs × samples per epoch ÷ samples/s ÷ 3600 × GPUs = ${formatInt(m.nominalSamplesSeen)} ÷ ${formatInt(m.samplesPerSec)} ÷ 3600 × ${formatInt(m.gpus)} (derived here, not an upstream figure)` },
  ];
  return (
    <section className="card" aria-labelledby="recipe-h">
      <h2 id="recipe-h">Data and training</h2>
      <FactList items={data} />
      {m.origin === "openai" ? (
        <p>OpenAI published no training recipe (learning rate, warmup, batch size, GPUs, throughput) in the upstream data, and the upstream
          files link no checkpoint for OpenAI&apos;s models: their weights are distributed by OpenAI, not by this release.</p>
      ) : (
        <>
          <h3>Training recipe</h3>
          <FactList items={recipe} />
          <h3>Checkpoint</h3>
          {m.url ? <p><a href={m.url} rel="noopener noreferrer">{m.url}</a></p> : <p>No checkpoint URL upstream.</p>}
          {m.detailedTrainingInfo ? <p>Detailed training information: <a href={m.detailedTrainingInfo} rel="noopener noreferrer">{m.detailedTrainingInfo}</a></p> : null}
        </>
      )}
    </section>
  );
}

/**
 * Relative difference of the samples seen in the results from epochs × samples per epoch
 * ((results − nominal) / nominal), or null when either is missing or they agree exactly.
 */
function samplesSeenDelta(results: number | null, nominal: number | null): number | null {
  if (results === null || nominal === null || !(nominal > 0)) return null;
  const d = (results - nominal) / nominal;
  return d === 0 ? null : d;
}

/** A definition list of label → value (and an optional note under the value). */
function FactList({ items }: { items: { label: string; value: ReactNode; note?: ReactNode }[] }) {
  return (
    <dl className="models-facts">
      {items.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            {f.value}
            {f.note ? <div className="muted models-fact-note">{f.note}</div> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
