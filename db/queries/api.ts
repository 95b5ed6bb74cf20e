import "server-only";
import type { EvalApiRow } from "../../lib/api/rows";
import { AppError } from "../../lib/errors";
import type { Db } from "../client";
import { listEvaluations, getFacets, type SliceFilter } from "./evaluations";
import { listModels } from "./models";
import { toEvalApiRow } from "../../lib/api/row-mappers";
import { memoByVersion } from "../cache/store";

/** Facets of this database version (once per version, in the shared cache: a new ingest opens a new handle). */
export const facetsOf = memoByVersion("facetsOf", getFacets);

const namesCache = new WeakMap<Db, Map<string, string>>();

/** Model id → upstream name, read once per database handle (not once per request). */
function modelNamesOf(db: Db): Map<string, string> {
  let n = namesCache.get(db);
  if (!n) namesCache.set(db, (n = new Map(listModels(db).map((m) => [m.id, m.name]))));
  return n;
}

/** 400 naming the parameter when a filter value is not in the data (e.g. `task=imagenet2k`). */
export function assertKnown(db: Db, filter: SliceFilter): void {
  const facets = facetsOf(db);
  for (const key of ["task", "arch", "upstream", "samples_seen", "model"] as const) {
    for (const v of filter[key] ?? []) {
      if (!facets[key].includes(v)) {
        const some = facets[key].slice(0, 12).join(", ");
        throw new AppError("bad_request", `Invalid parameter "${key}": unknown value "${v}". Known: ${some}${facets[key].length > 12 ? ", …" : ""}.`, key);
      }
    }
  }
}

/** Evaluation rows of a validated slice, shaped for the API. */
export function getEvalRows(db: Db, filter: SliceFilter): EvalApiRow[] {
  assertKnown(db, filter);
  const names = modelNamesOf(db);
  return listEvaluations(db, filter).map((e) => toEvalApiRow(e, names.get(e.modelId) ?? e.modelId));
}
