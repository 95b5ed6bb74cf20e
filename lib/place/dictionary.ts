import type { DictColumn, DictTable } from "../dictionary";
import { PLACEMENT_COLUMNS } from "./columns";
import type { PlacementRow } from "./place";

const c = (type: DictColumn["type"], unit: string | null, meaning: string, source: string, nullable = true) => ({ type, unit, meaning, source, nullable });
const MEANING: Record<keyof PlacementRow, Omit<DictColumn, "name">> = {
  model: c("string", null, "Your model: `arch pretrained` (CLIP_benchmark), the file name (DataComp) or `name` (zeroshot layout)", "your file", false),
  task: c("string", null, "Task in the paper's naming (wds/ dropped, DataComp keys mapped)", "your file: dataset / key", false),
  metric: c("string", null, "The task's primary metric as in the paper (top-1; image retrieval recall@5; mAP for VOC multilabel)", "lib/domain/metrics", false),
  error: c("number", "fraction (0–1)", "Observed error = 1 − metric; empty when the file lacks the metric (see note)", "your file"),
  compute: c("number", "GMACs", "Total training compute = GMACs per sample × samples seen", "given, your file, arch_info.csv or open_clip model_profile.csv (GFLOPs/2); samples from the tag or given"),
  law_error: c("number", "fraction (0–1)", "The law's error at the model's compute: E∞ + A·C^α", "fit: the group's law (method) at compute"),
  residual: c("number", "fraction (0–1)", "error − law_error (negative = better than the law)", "derived"),
  rel_residual: c("number", "ratio", "error / law_error − 1", "derived"),
  effective_compute: c("number", "GMACs", "Compute at which the law reaches the observed error: ((E − E∞)/A)^(1/α)", "derived"),
  compute_multiplier: c("number", "ratio", "effective_compute / compute (> 1: worth more than its compute)", "derived"),
  within_interval: c("boolean", null, "Observed error inside the law's 95% prediction interval; empty when the law has no interval (< 5 fitted points)", "derived: bootstrap draws × fitted residuals"),
  law_lo: c("number", "fraction (0–1)", "Lower end of the 95% prediction interval at the model's compute", "derived"),
  law_hi: c("number", "fraction (0–1)", "Upper end of the 95% prediction interval at the model's compute", "derived"),
  group: c("string", null, "Group whose law the model is placed against", "query", false),
  method: c("string", null, "Estimator of the law (paper resolves per group)", "query", false),
  dataset: c("string", null, "Dataset name as written in the file", "your file", false),
  file: c("string", null, "File the result was read from", "your file", false),
  line: c("integer", null, "Line of the file the result was read from", "your file", false),
  note: c("string", null, "Why fields are empty: missing metric, no law for this task, compute unknown, no interval", "derived"),
};

/** Dictionary table of the placement rows (POST /api/v1/place, /api/v1/place/zoo, /place downloads). */
export const PLACEMENT_DICTIONARY: DictTable = {
  table: "place",
  used_by: ["POST /api/v1/place", "/api/v1/place/zoo", "/place downloads"],
  columns: PLACEMENT_COLUMNS.map((name) => ({ name, ...MEANING[name] })),
};
