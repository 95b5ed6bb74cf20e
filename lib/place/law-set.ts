import { buildLaw, type Law, type NoLaw } from "./law";
import type { FitMethodId } from "../fit/types";

/** What GET /api/v1/place/laws returns per task: the observations a law is fitted to. */
export interface LawObservations { task: string; metric: string; method: FitMethodId; compute: number[]; error: number[] }

/** The laws payload: group, requested method, per-task observations, architecture GMACs and provenance. */
export interface LawsPayload {
  group: string;
  method: string;
  tasks: LawObservations[];
  archs: { arch: string; gmacs: number; source: string }[];
  meta: Record<string, unknown>;
}

/** Fit every task's law (task → law or why none); the same lib/fit call on server and in the browser. */
export function lawsFrom(group: string, tasks: readonly LawObservations[]): Map<string, Law | NoLaw> {
  return new Map(tasks.map((t) => [t.task, buildLaw({ ...t, group })]));
}
