/*
 * Response schemas of the API calls the explore view makes from the browser. zod/mini, loaded with
 * a dynamic import on first use, so zod is not part of the page's initial JavaScript.
 */
import * as z from "zod/mini";

const num = z.nullable(z.number());
const pair = z.nullable(z.tuple([z.number(), z.number()]));

/** A fit row as /api/v1/fit and /api/v1/fits serve it (the server builds them in lib/api/row-mappers.ts). */
export const fitApiRowSchema = z.object({
  task: z.string(), metric: z.string(), group: z.string(), method: z.string(), status: z.enum(["ok", "no_fit"]), reason: z.nullable(z.string()),
  n: z.int(), slope: num, slope_ci: pair, coefficient: num, coefficient_ci: pair, log10_coefficient: num, r2: num, x_min: num, x_max: num,
  bootstrap_resamples: num, bootstrap_used: num, bootstrap_seed: num,
  e_inf: num, e_inf_ci: pair, n_fit: num, loss: num, converged: z.nullable(z.boolean()), ci_reason: z.nullable(z.string()),
});
export type FitApiRow = z.infer<typeof fitApiRowSchema>;

/** /api/v1/fit's JSON: exactly one fit row, and the slice it was fitted on. */
export const refitResponseSchema = z.object({
  rows: z.array(fitApiRowSchema).check(z.length(1)),
  meta: z.object({ refit: z.object({ n_rows: z.int() }) }),
});

/** The API's error body: `{ error: { code, message, param } }`. */
export const apiErrorSchema = z.object({ error: z.object({ message: z.string() }) });

const metric = z.nullable(z.number());

/** An evaluation row as /api/v1/evals serves it. */
export const evalApiRowSchema = z.object({
  model: z.string(), model_name: z.string(), arch: z.string(), upstream: z.string(), samples_seen: z.number(), samples_seen_pretty: z.string(),
  gmacs_per_sample: z.number(), total_gmacs: z.number(), task: z.string(), task_type: z.string(),
  acc1: metric, acc5: metric, mean_per_class_recall: metric, "image_retrieval_recall@5": metric, "text_retrieval_recall@5": metric,
  mean_average_precision: metric, metric: z.string(), error: metric, source_line: z.int(),
});
export type EvalApiRow = z.infer<typeof evalApiRowSchema>;

/** /api/v1/evals and /api/v1/fits: `{ rows, meta }`. */
export const evalsResponseSchema = z.object({ rows: z.array(evalApiRowSchema) });
export const fitsResponseSchema = z.object({ rows: z.array(fitApiRowSchema) });
