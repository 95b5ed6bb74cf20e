import { AppError } from "../errors";
import type { Budget, Target } from "./planner";

export interface PlanInput { compute?: number; arch?: string; samples_seen?: number; target_error?: number }

const bad = (param: string, message: string) => new AppError("bad_request", `Invalid parameter "${param}": ${message}.`, param);

/**
 * Turn the planner's parameters into a budget and/or an inverse target, or a 400 naming the
 * parameter: `compute` or `arch` + `samples_seen` (not both), `target_error` alone or with either;
 * `arch` must be in arch_info (its GMACs per sample turn samples into compute and back).
 */
export function resolvePlan(q: PlanInput, gmacsOf: (arch: string) => number | undefined, known: () => string[]): { budget: Budget | null; target: Target | null } {
  let gmacs: number | null = null;
  if (q.arch !== undefined) {
    const g = gmacsOf(q.arch);
    if (g === undefined) {
      const names = known();
      throw bad("arch", `unknown architecture "${q.arch}". Known: ${names.slice(0, 12).join(", ")}${names.length > 12 ? ", …" : ""}`);
    }
    gmacs = g;
  }
  if (q.samples_seen !== undefined && q.arch === undefined) throw bad("arch", "samples_seen needs an architecture (arch) to turn samples into compute");
  if (q.compute !== undefined && q.samples_seen !== undefined) throw bad("compute", "give either compute or arch + samples_seen, not both");
  if (q.arch !== undefined && q.compute === undefined && q.samples_seen === undefined && q.target_error === undefined) throw bad("samples_seen", "arch needs samples_seen (or a target_error to convert into samples)");
  if (q.compute === undefined && q.samples_seen === undefined && q.target_error === undefined) {
    throw bad("compute", "give a budget (compute in GMACs, or arch + samples_seen) or a target_error");
  }
  const budget: Budget | null = q.compute !== undefined ? { compute: q.compute, arch: null, samples_seen: null }
    : q.samples_seen !== undefined ? { compute: q.samples_seen * gmacs!, arch: q.arch!, samples_seen: q.samples_seen } : null;
  const target: Target | null = q.target_error !== undefined ? { target_error: q.target_error, arch: q.arch ?? null, gmacs_per_sample: gmacs } : null;
  return { budget, target };
}
