import type { FitApiRow } from "../api/rows";
import type { Metric } from "../domain/metrics";

/** One evaluation of the selected task, as the explore view needs it (plain, serialisable). */
export interface ExploreRow {
  model: string;
  arch: string;
  upstream: string;
  samplesSeen: number;
  samplesSeenPretty: string;
  gmacsPerSample: number;
  /** Total compute C in GMACs (samples seen × GMACs per sample). */
  totalGmacs: number;
  /** Parameters in millions (arch_info.csv mparams); null if the architecture is missing. */
  mparams: number | null;
  /** Metric values as fractions in [0, 1]; null where the task does not have the metric. */
  values: Record<Metric, number | null>;
}

/** A fit as the API serves it (precomputed or live refit). */
export type ExploreFit = FitApiRow;

/** A point ready to draw: x in the axis unit, y in percent. */
export interface PlotPoint {
  id: string;
  model: string;
  arch: string;
  upstream: string;
  samplesSeenPretty: string;
  x: number;
  y: number;
  /** Total compute (GMACs), for residuals against a fit whatever the x axis is. */
  compute: number;
}

/** A straight piece of a fit line in data coordinates; dashed = extrapolation beyond the data. */
export interface LineSegment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
}

/** A fit line to draw: its group's colour and dash pattern (lib/chart/palette), label and pieces. */
export interface PlotLine {
  key: string;
  label: string;
  /** One short line for small images: "LAION: E = 5.86·C^−0.111". */
  short: string;
  group: string;
  color: string;
  /** SVG stroke-dasharray of the group's line style; null = solid. */
  dash: string | null;
  segments: LineSegment[];
}

/** What /explore's server page hands the client view for one task. */
export interface ExploreData {
  task: string;
  rows: ExploreRow[];
  fits: ExploreFit[];
}

/** Choices for the filter controls (the same for every task). */
export interface ExploreOptions {
  taskGroups: { category: string; tasks: { value: string; label: string }[] }[];
  arch: string[];
  upstream: string[];
  samples_seen: string[];
  taskMetrics: Record<string, Metric[]>;
}
