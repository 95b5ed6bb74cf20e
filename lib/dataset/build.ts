import type { CsvIssue } from "../csv/issues";
import { modelId } from "../domain/arch";
import { upstreamFromData } from "../domain/groups";
import { primaryMetric } from "../domain/metrics";
import type { ArchitectureRow, CurvePoint, Dataset, EvaluationRow, ModelCard } from "./rows";
import type { ArchRow, ModelInfoRow, ParsedFiles, ResultRow } from "./upstream-rows";

const F = { arch: "arch_info.csv", models: "trained_models_info.csv", results: "zeroshot_results.csv", curves: "imagenet_zeroshot_learning_curves.csv" };
// gmacs_total is samples_seen × gmacs, written with float noise (7.399999999999999 for 7.4).
const REL_TOL = 1e-6;

export interface BuildResult { dataset: Dataset; issues: CsvIssue[]; warnings: string[] }

const issue = (file: string, line: number, column: number, columnName: string, expected: string, found: string): CsvIssue =>
  ({ file, line, column, columnName, expected, found });

/** Cross-file checks and derived figures (model ids, global batch, steps, GPU-hours, errors). */
export function buildDataset(p: ParsedFiles): BuildResult {
  const issues: CsvIssue[] = [];
  const warnings: string[] = [];
  const archs = new Map<string, ArchRow>();
  for (const a of p.arch) {
    if (archs.has(a.model)) issues.push(issue(F.arch, a.line, 1, "model", "a unique architecture name", `duplicate "${a.model}" (first on line ${archs.get(a.model)!.line})`));
    else archs.set(a.model, a);
  }
  const infos = new Map<string, ModelInfoRow>();
  for (const m of p.models) {
    if (infos.has(m.name)) issues.push(issue(F.models, m.line, 1, "name", "a unique model name", `duplicate "${m.name}" (first on line ${infos.get(m.name)!.line})`));
    else infos.set(m.name, m);
    if (!archs.has(m.arch)) issues.push(issue(F.models, m.line, 2, "arch", `an architecture listed in ${F.arch}`, `"${m.arch}"`));
  }
  const evaluations = buildEvaluations(p.results, archs, infos, issues, warnings);
  const models = buildModels(p.results, infos, evaluations, warnings);
  const curves = buildCurves(p, infos, issues);
  const architectures: ArchitectureRow[] = p.arch.map((a) => ({
    name: a.model, imageSize: a.image_size, imageWidth: a.image_width, textWidth: a.text_width, embedDim: a.embed_dim,
    gmacs: a.gmacs, macts: a.macts, mparams: a.mparams, imageGmacs: a.image_gmacs, imageMacts: a.image_macts,
    imageMparams: a.image_mparams, textGmacs: a.text_gmacs, textMacts: a.text_macts, textMparams: a.text_mparams, sourceLine: a.line,
  }));
  return { dataset: { architectures, models, evaluations, curves }, issues, warnings };
}

function buildEvaluations(rows: ResultRow[], archs: Map<string, ArchRow>, infos: Map<string, ModelInfoRow>, issues: CsvIssue[], warnings: string[]): EvaluationRow[] {
  // Per (task, model id): the line of its first row. Ids are made once per upstream name and
  // shared by its rows, so the lookups hash each id once (1M rows: no key string per row).
  const seen = new Map<string, Map<string, number>>();
  const ids = new Map<string, string>();
  const out: EvaluationRow[] = [];
  let noisyGmacs = 0;
  for (const r of rows) {
    let id = r.name === "openai" ? modelId(r.name, r.arch) : ids.get(r.name);
    if (id === undefined) ids.set(r.name, (id = modelId(r.name, r.arch)));
    if (!archs.has(r.arch)) issues.push(issue(F.results, r.line, 1, "arch", `an architecture listed in ${F.arch}`, `"${r.arch}"`));
    const info = infos.get(r.name);
    if (r.name !== "openai" && !info) {
      issues.push(issue(F.results, r.line, 15, "name", `a model with a card in ${F.models} (or "openai")`, `"${r.name}"`));
    }
    if (info && info.arch !== r.arch) issues.push(issue(F.results, r.line, 1, "arch", `"${info.arch}" (the model card's architecture)`, `"${r.arch}"`));
    if (info && upstreamFromData(info.data) !== r.upstream_dataset) {
      issues.push(issue(F.results, r.line, 5, "upstream_dataset", `"${upstreamFromData(info.data)}" (the model card's data)`, `"${r.upstream_dataset}"`));
    }
    const product = r.samples_seen * r.gmacs;
    if (Math.abs(r.gmacs_total - product) > REL_TOL * product) {
      issues.push(issue(F.results, r.line, 3, "gmacs_total", `samples_seen × gmacs = ${product}`, String(r.gmacs_total)));
    }
    const arch = archs.get(r.arch);
    if (arch && arch.gmacs !== r.gmacs) {
      if (Math.abs(arch.gmacs - r.gmacs) <= REL_TOL * arch.gmacs) noisyGmacs++;
      else warnings.push(`${F.results}:${r.line}: gmacs ${r.gmacs} differs from ${F.arch} (${arch.gmacs}) for ${r.arch}`);
    }
    let byModel = seen.get(r.downstream_dataset);
    if (byModel === undefined) seen.set(r.downstream_dataset, (byModel = new Map()));
    const first = byModel.get(id);
    if (first !== undefined) {
      issues.push(issue(F.results, r.line, 6, "downstream_dataset", `one row per (model, task)`, `a duplicate of line ${first} for ${id} / ${r.downstream_dataset}`));
      continue;
    }
    byModel.set(id, r.line);
    out.push(toEvaluation(r, id, issues));
  }
  if (noisyGmacs) warnings.push(`${F.results}: ${noisyGmacs} rows carry gmacs with float noise (e.g. 7.399999999999999 for 7.4); kept as written`);
  return out;
}

function toEvaluation(r: ResultRow, id: string, issues: CsvIssue[]): EvaluationRow {
  const metric = primaryMetric(r.downstream_dataset);
  const v = r[metric]; // the metric names are the results file's column names
  if (v === null) issues.push(issue(F.results, r.line, RESULT_COLUMNS.indexOf(metric) + 1, metric, `a value (the primary metric of ${r.downstream_dataset})`, "an empty cell"));
  return {
    modelId: id, task: r.downstream_dataset, taskType: r.task, arch: r.arch, upstream: r.upstream_dataset,
    samplesSeen: r.samples_seen, samplesSeenPretty: r.samples_seen_pretty, gmacsPerSample: r.gmacs, totalGmacs: r.gmacs_total,
    acc1: r.acc1, acc5: r.acc5, meanPerClassRecall: r.mean_per_class_recall,
    imageRetrievalRecall5: r["image_retrieval_recall@5"], textRetrievalRecall5: r["text_retrieval_recall@5"],
    meanAveragePrecision: r.mean_average_precision, metric, error: v === null ? null : 1 - v, sourceLine: r.line,
  };
}

const RESULT_COLUMNS = ["arch", "samples_seen", "gmacs_total", "gmacs", "upstream_dataset", "downstream_dataset", "acc1", "acc5", "mean_per_class_recall", "image_retrieval_recall@5", "text_retrieval_recall@5", "mean_average_precision", "task", "samples_seen_pretty", "name"];

function buildModels(results: ResultRow[], infos: Map<string, ModelInfoRow>, evals: EvaluationRow[], warnings: string[]): ModelCard[] {
  const firstEval = new Map<string, EvaluationRow>();
  for (const e of evals) if (!firstEval.has(e.modelId)) firstEval.set(e.modelId, e);
  const cards: ModelCard[] = [];
  for (const info of infos.values()) {
    const id = modelId(info.name, info.arch);
    const e = firstEval.get(id);
    const globalBs = info.local_bs * info.gpus;
    const nominal = info.epochs * info.samples_per_epoch;
    if (e && Math.abs(e.samplesSeen - nominal) > 0.005 * nominal) {
      warnings.push(`${id}: results say ${e.samplesSeen} samples seen, epochs × samples_per_epoch = ${nominal} (${(((e.samplesSeen - nominal) / nominal) * 100).toFixed(2)}%)`);
    }
    cards.push({
      id, name: info.name, origin: "laion", arch: info.arch, upstream: upstreamFromData(info.data),
      samplesSeen: e?.samplesSeen ?? nominal, samplesSeenPretty: info.samples_seen_pretty, gmacsPerSample: e?.gmacsPerSample ?? NaN,
      lr: info.lr, warmup: info.warmup, epochs: info.epochs, gpus: info.gpus, samplesPerSec: info.samples_per_sec,
      samplesPerEpoch: info.samples_per_epoch, localBatchSize: info.local_bs, globalBatchSize: globalBs,
      nominalSamplesSeen: nominal, steps: Math.ceil(nominal / globalBs), gpuHours: (nominal / info.samples_per_sec / 3600) * info.gpus,
      detailedTrainingInfo: info.detailed_training_info, url: info.url, sourceLine: info.line,
    });
  }
  for (const r of results) {
    if (r.name !== "openai") continue;
    const id = modelId(r.name, r.arch);
    if (cards.some((c) => c.id === id)) continue;
    cards.push({
      id, name: r.name, origin: "openai", arch: r.arch, upstream: r.upstream_dataset, samplesSeen: r.samples_seen,
      samplesSeenPretty: r.samples_seen_pretty, gmacsPerSample: r.gmacs, lr: null, warmup: null, epochs: null, gpus: null,
      samplesPerSec: null, samplesPerEpoch: null, localBatchSize: null, globalBatchSize: null, nominalSamplesSeen: null,
      steps: null, gpuHours: null, detailedTrainingInfo: null, url: null, sourceLine: null,
    });
  }
  // A card without results has no measured GMACs per sample; keep the column numeric.
  for (const c of cards) if (!Number.isFinite(c.gmacsPerSample)) c.gmacsPerSample = 0;
  return cards;
}

function buildCurves(p: ParsedFiles, infos: Map<string, ModelInfoRow>, issues: CsvIssue[]): CurvePoint[] {
  const out: CurvePoint[] = [];
  for (const c of p.curves) {
    const info = infos.get(c.name);
    if (!info) {
      issues.push(issue(F.curves, c.line, 3, "name", `a model with a card in ${F.models}`, `"${c.name}"`));
      continue;
    }
    const samples = c.epoch * info.samples_per_epoch;
    out.push({
      modelId: modelId(info.name, info.arch), epoch: c.epoch, top1: c["imagenet-zeroshot-val-top1"], top5: c["imagenet-zeroshot-val-top5"],
      samplesSeen: samples, steps: Math.round(samples / (info.local_bs * info.gpus)), sourceLine: c.line,
    });
  }
  return out;
}
