import { z } from "zod";
import { FIT_GROUPS } from "../domain/groups";
import { VIEW_METHODS } from "../domain/paper";
import { format } from "../api/query";
import { parseSamplesSeen } from "./samples";

/** Largest body POST /api/v1/place reads (bytes); larger bodies get a 413. */
export const PLACE_MAX_BYTES = 5 * 1024 * 1024;

const positive = z.string().regex(/^\d+(\.\d+)?(e[+-]?\d+)?$/i, "must be a number > 0").transform(Number).pipe(z.number().positive("must be > 0").finite());

/** Query of POST /api/v1/place (the contract: arch, gmacs, samples_seen, group, method). */
export const placeQuerySchema = z.object({
  arch: z.string().min(1).max(120).regex(/^[\w.+\-/@]+$/, "has characters outside [A-Za-z0-9_.+-/@]").optional(),
  gmacs: positive.optional(),
  samples_seen: z.string().refine((s) => "value" in parseSamplesSeen(s), "must be a number > 0 or a count like 13B").optional(),
  group: z.enum(FIT_GROUPS).default("LAION"),
  method: z.enum(VIEW_METHODS as unknown as [string, ...string[]]).default("paper"),
  /** File name used in messages and as the model name of a DataComp file. */
  name: z.string().min(1).max(200).regex(/^[^\u0000-\u001f/\\]+$/, "must be a file name").optional(),
  format,
});

/** Query of the laws and zoo routes. */
export const lawsQuerySchema = z.object({
  group: z.enum(FIT_GROUPS).default("LAION"),
  method: z.enum(VIEW_METHODS as unknown as [string, ...string[]]).default("paper"),
  format,
});

/** Query of GET /api/v1/place/zoo: the laws query plus an optional task (one task's points for a chart layer). */
export const zooQuerySchema = lawsQuerySchema.extend({
  task: z.string().min(1).max(120).regex(/^[\w.+\-/@]+$/, "has characters outside [A-Za-z0-9_.+-/@]").optional(),
});
