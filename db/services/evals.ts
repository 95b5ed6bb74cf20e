import "server-only";
import { assertKnown } from "../../lib/api/known";
import { toEvalApiRow } from "../../lib/api/row-mappers";
import type { EvalApiRow } from "../../lib/api/rows";
import type { Db } from "../client";
import { facetsOf, listEvaluations, type SliceFilter } from "../queries/evaluations";
import { listModels } from "../queries/models";

const namesCache = new WeakMap<Db, Map<string, string>>();

/** Model id → upstream name, read once per database handle (not once per request). */
function modelNamesOf(db: Db): Map<string, string> {
  let n = namesCache.get(db);
  if (!n) namesCache.set(db, (n = new Map(listModels(db).map((m) => [m.id, m.name]))));
  return n;
}

/** Evaluation rows of a slice, shaped for the API; a filter value the data lacks is a 400 naming it. */
export function getEvalRows(db: Db, filter: SliceFilter): EvalApiRow[] {
  assertKnown(facetsOf(db), filter);
  const names = modelNamesOf(db);
  return listEvaluations(db, filter).map((e) => toEvalApiRow(e, names.get(e.modelId) ?? e.modelId));
}
