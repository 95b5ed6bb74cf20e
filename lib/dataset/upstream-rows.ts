import type { ArchInfo, LearningCurvePoint, TrainedModel, ZeroshotResult } from "../csv/schemas";
import type { WithLine } from "../csv/validate";

/** Typed rows of the four upstream files (their zod schemas' output), keyed by the CSV column names, plus the source line. */
export type ArchRow = WithLine<ArchInfo>;
export type ModelInfoRow = WithLine<TrainedModel>;
export type ResultRow = WithLine<ZeroshotResult>;
export type CurveRow = WithLine<LearningCurvePoint>;

export interface ParsedFiles { arch: ArchRow[]; models: ModelInfoRow[]; results: ResultRow[]; curves: CurveRow[] }
