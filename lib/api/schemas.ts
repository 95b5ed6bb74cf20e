import { z } from "zod";
import { FIT_GROUPS } from "../domain/groups";
import { METRICS } from "../domain/metrics";
import { FIT_METHODS } from "../fit/types";
import { format, list, token } from "./query";

// `paper` selects, per group, the estimator the paper used (lib/domain/paper.ts).
const methodParam = z.enum([...FIT_METHODS, "paper"] as unknown as [string, ...string[]]);

const sliceShape = {
  task: list(token),
  arch: list(token),
  upstream: list(token),
  samples_seen: list(token),
  model: list(token),
};

/** /api/v1/evals: every filter may repeat. */
export const evalsQuerySchema = z.object({ ...sliceShape, format });

/** /api/v1/fits: precomputed fits. */
export const fitsQuerySchema = z.object({
  task: list(token),
  metric: list(z.enum(METRICS)),
  group: list(z.enum(FIT_GROUPS)),
  method: list(methodParam),
  format,
});

// Up to 10 digits, so the whole declared range of `seed` (0 … 2³¹−1) parses; `max` bounds the rest.
const int = (min: number, max: number) =>
  z.string().regex(/^\d{1,10}$/, "must be a whole number").transform(Number).pipe(z.number().int().min(min).max(max));

/** /api/v1/fit: a live refit of a slice /api/v1/evals accepts (exactly one task). */
export const fitQuerySchema = z.object({
  ...sliceShape,
  task: z.array(token).length(1, "must name exactly one task"),
  metric: z.enum(METRICS).optional(),
  method: methodParam.default("paper"),
  bootstrap: int(0, 5000).default(1000),
  seed: int(0, 2 ** 31 - 1).optional(),
  format,
});

export const modelsQuerySchema = z.object({ arch: list(token), upstream: list(token), samples_seen: list(token), format });

export const curvesQuerySchema = z.object({ model: list(token), arch: list(token), upstream: list(token), samples_seen: list(token), format });

/** /api/v1/sensitivity: how one precomputed fit moves with bins, eps and each model left out. */
export const sensitivityQuerySchema = z.object({
  task: token,
  metric: z.enum(METRICS).optional(),
  group: z.enum(FIT_GROUPS).default("LAION"),
  method: methodParam.default("paper"),
  format,
});
