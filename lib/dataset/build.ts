import type { CsvIssue } from "../csv/issues";
import { modelId } from "../domain/arch";
import { upstreamFromData } from "../domain/groups";
import { primaryMetric } from "../domain/metrics";
import { FitSeries } from "./fit-jobs";
import type { ArchitectureRow, CurvePoint, Dataset, EvaluationRow, ModelCard } from "./rows";
import type { ArchRow, CurveRow, ModelInfoRow, ParsedFiles, ResultRow } from "./upstream-rows";

const F = { arch: "arch_info.csv", models: "trained_models_info.csv", results: "zeroshot_results.csv", curves: "imagenet_zeroshot_learning_curves.csv" };
// gmacs_total is samples_seen × gmacs, written with float noise (7.399999999999999 for 7.4).
const REL_TOL = 1e-6;

export interface BuildResult { dataset: Dataset; issues: CsvIssue[]; warnings: string[] }

const issue = (file: string, line: number, column: number, columnName: string, expected: string, found: string): CsvIssue =>
  ({ file, line, column, columnName, expected, found });

/** A model id met in the results: its number (for the duplicate check) and its first row's figures. */
type Seen = { index: number; samplesSeen: number; gmacs: number };
/** What a results row's upstream name resolves to, found with one lookup per row (a 50k-entry map costs ~0.5 µs per lookup here). */
type Named = { id: string; info: ModelInfoRow | undefined; upstream: string | undefined; model: Seen };

/**
 * Cross-file checks and derived figures (model ids, global batch, steps, GPU-hours, errors),
 * streaming: the architectures and model cards first, then each results row as it is read
 * (checked, made an evaluation row and handed to `onEvaluation`, not kept), then the curves. What
 * later steps need is kept small: per model id its first row's figures, per task the line of each
 * model's row (typed arrays by model number, for the duplicate check), the fits' inputs as series.
 */
export class DatasetBuilder {
  readonly issues: CsvIssue[] = [];
  readonly warnings: string[] = [];
  readonly fits = new FitSeries();
  private readonly archs = new Map<string, ArchRow>();
  private readonly infos = new Map<string, ModelInfoRow>();
  private readonly names = new Map<string, Named>(); // by upstream name (LAION models)
  private readonly seen = new Map<string, Seen>(); // by model id
  private readonly lines = new Map<string, Int32Array[]>(); // per task: line of each model's row by model number, 0 = none yet
  private readonly openai = new Map<string, ResultRow>(); // first row of each OpenAI model id
  private noisyGmacs = 0;

  constructor(private readonly arch: ArchRow[], models: ModelInfoRow[], private readonly onEvaluation: (e: EvaluationRow) => void) {
    for (const a of arch) {
      if (this.archs.has(a.model)) this.issues.push(issue(F.arch, a.line, 1, "model", "a unique architecture name", `duplicate "${a.model}" (first on line ${this.archs.get(a.model)!.line})`));
      else this.archs.set(a.model, a);
    }
    for (const m of models) {
      if (this.infos.has(m.name)) this.issues.push(issue(F.models, m.line, 1, "name", "a unique model name", `duplicate "${m.name}" (first on line ${this.infos.get(m.name)!.line})`));
      else this.infos.set(m.name, m);
      if (!this.archs.has(m.arch)) this.issues.push(issue(F.models, m.line, 2, "arch", `an architecture listed in ${F.arch}`, `"${m.arch}"`));
    }
  }

  /** Check one results row against the cards and the rows before it; hand on its evaluation row. */
  result(r: ResultRow): void {
    const { issues } = this;
    const named = r.name === "openai" ? this.resolve(r) : (this.names.get(r.name) ?? this.resolve(r));
    const { id, info } = named;
    const arch = this.archs.get(r.arch);
    if (!arch) issues.push(issue(F.results, r.line, 1, "arch", `an architecture listed in ${F.arch}`, `"${r.arch}"`));
    if (r.name !== "openai" && !info) {
      issues.push(issue(F.results, r.line, 15, "name", `a model with a card in ${F.models} (or "openai")`, `"${r.name}"`));
    }
    if (info && info.arch !== r.arch) issues.push(issue(F.results, r.line, 1, "arch", `"${info.arch}" (the model card's architecture)`, `"${r.arch}"`));
    if (info && named.upstream !== r.upstream_dataset) {
      issues.push(issue(F.results, r.line, 5, "upstream_dataset", `"${named.upstream}" (the model card's data)`, `"${r.upstream_dataset}"`));
    }
    const product = r.samples_seen * r.gmacs;
    if (Math.abs(r.gmacs_total - product) > REL_TOL * product) {
      issues.push(issue(F.results, r.line, 3, "gmacs_total", `samples_seen × gmacs = ${product}`, String(r.gmacs_total)));
    }
    if (arch && arch.gmacs !== r.gmacs) {
      if (Math.abs(arch.gmacs - r.gmacs) <= REL_TOL * arch.gmacs) this.noisyGmacs++;
      else this.warnings.push(`${F.results}:${r.line}: gmacs ${r.gmacs} differs from ${F.arch} (${arch.gmacs}) for ${r.arch}`);
    }
    if (r.name === "openai" && !this.openai.has(id)) this.openai.set(id, r);
    const first = this.firstLine(r.downstream_dataset, named.model.index, r.line);
    if (first !== 0) {
      issues.push(issue(F.results, r.line, 6, "downstream_dataset", `one row per (model, task)`, `a duplicate of line ${first} for ${id} / ${r.downstream_dataset}`));
      return;
    }
    const e = toEvaluation(r, id, issues);
    this.fits.add(e);
    this.onEvaluation(e);
  }

  /** The model id, card and first figures of a row's model; made once per upstream name (per row for "openai", whose id depends on the architecture). */
  private resolve(r: ResultRow): Named {
    const id = modelId(r.name, r.arch);
    let model = this.seen.get(id);
    if (model === undefined) this.seen.set(id, (model = { index: this.seen.size, samplesSeen: r.samples_seen, gmacs: r.gmacs }));
    const info = this.infos.get(r.name);
    const named = { id, info, upstream: info && upstreamFromData(info.data), model };
    if (r.name !== "openai") this.names.set(r.name, named);
    return named;
  }

  /** The line of the first row of (task, model) before this one (0 if none); records this one if first. */
  private firstLine(task: string, index: number, line: number): number {
    // Pages of 64 models, made when first used: dense for real files, and a file of a million
    // distinct (model, task) pairs costs no more than a map entry per pair would.
    let pages = this.lines.get(task);
    if (pages === undefined) this.lines.set(task, (pages = []));
    const page = (pages[index >> 6] ??= new Int32Array(64));
    const first = page[index & 63]!;
    if (first === 0) page[index & 63] = line;
    return first;
  }

  /** After the last results row: the curves' checks, then every table but the evaluations. */
  finish(curves: CurveRow[]): Omit<Dataset, "evaluations"> {
    if (this.noisyGmacs) this.warnings.push(`${F.results}: ${this.noisyGmacs} rows carry gmacs with float noise (e.g. 7.399999999999999 for 7.4); kept as written`);
    const models = this.buildModels();
    const architectures: ArchitectureRow[] = this.arch.map((a) => ({
      name: a.model, imageSize: a.image_size, imageWidth: a.image_width, textWidth: a.text_width, embedDim: a.embed_dim,
      gmacs: a.gmacs, macts: a.macts, mparams: a.mparams, imageGmacs: a.image_gmacs, imageMacts: a.image_macts,
      imageMparams: a.image_mparams, textGmacs: a.text_gmacs, textMacts: a.text_macts, textMparams: a.text_mparams, sourceLine: a.line,
    }));
    return { architectures, models, curves: this.buildCurves(curves) };
  }

  private buildModels(): ModelCard[] {
    const cards: ModelCard[] = [];
    for (const info of this.infos.values()) {
      const id = modelId(info.name, info.arch);
      const e = this.seen.get(id);
      const globalBs = info.local_bs * info.gpus;
      const nominal = info.epochs * info.samples_per_epoch;
      if (e && Math.abs(e.samplesSeen - nominal) > 0.005 * nominal) {
        this.warnings.push(`${id}: results say ${e.samplesSeen} samples seen, epochs × samples_per_epoch = ${nominal} (${(((e.samplesSeen - nominal) / nominal) * 100).toFixed(2)}%)`);
      }
      cards.push({
        id, name: info.name, origin: "laion", arch: info.arch, upstream: upstreamFromData(info.data),
        // A card without results has no measured GMACs per sample; keep the column numeric.
        samplesSeen: e?.samplesSeen ?? nominal, samplesSeenPretty: info.samples_seen_pretty, gmacsPerSample: e?.gmacs ?? 0,
        lr: info.lr, warmup: info.warmup, epochs: info.epochs, gpus: info.gpus, samplesPerSec: info.samples_per_sec,
        samplesPerEpoch: info.samples_per_epoch, localBatchSize: info.local_bs, globalBatchSize: globalBs,
        nominalSamplesSeen: nominal, steps: Math.ceil(nominal / globalBs), gpuHours: (nominal / info.samples_per_sec / 3600) * info.gpus,
        detailedTrainingInfo: info.detailed_training_info, url: info.url, sourceLine: info.line,
      });
    }
    for (const [id, r] of this.openai) {
      if (cards.some((c) => c.id === id)) continue;
      cards.push({
        id, name: r.name, origin: "openai", arch: r.arch, upstream: r.upstream_dataset, samplesSeen: r.samples_seen,
        samplesSeenPretty: r.samples_seen_pretty, gmacsPerSample: r.gmacs, lr: null, warmup: null, epochs: null, gpus: null,
        samplesPerSec: null, samplesPerEpoch: null, localBatchSize: null, globalBatchSize: null, nominalSamplesSeen: null,
        steps: null, gpuHours: null, detailedTrainingInfo: null, url: null, sourceLine: null,
      });
    }
    return cards;
  }

  private buildCurves(curves: CurveRow[]): CurvePoint[] {
    const out: CurvePoint[] = [];
    for (const c of curves) {
      const info = this.infos.get(c.name);
      if (!info) {
        this.issues.push(issue(F.curves, c.line, 3, "name", `a model with a card in ${F.models}`, `"${c.name}"`));
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

/** The whole dataset at once from rows already read (small inputs: tests, bench:fits). */
export function buildDataset(p: ParsedFiles): BuildResult {
  const evaluations: EvaluationRow[] = [];
  const b = new DatasetBuilder(p.arch, p.models, (e) => evaluations.push(e));
  for (const r of p.results) b.result(r);
  return { dataset: { ...b.finish(p.curves), evaluations }, issues: b.issues, warnings: b.warnings };
}
