import "server-only";
import { assertKnown } from "../../lib/api/known";
import { toEvalApiRow } from "../../lib/api/row-mappers";
import type { EvalApiRow } from "../../lib/api/rows";
import type { Db } from "../client";
import { facetsOf, listEvaluations, type SliceFilter } from "../queries/evaluations";
import { modelNames } from "../queries/models";

/** Evaluation rows of a slice, shaped for the API; a filter value the data lacks is a 400 naming it. */
export function getEvalRows(db: Db, filter: SliceFilter): EvalApiRow[] {
  assertKnown(facetsOf(db), filter);
  const names = modelNames(db);
  return listEvaluations(db, filter).map((e) => toEvalApiRow(e, names[e.modelId] ?? e.modelId));
}
