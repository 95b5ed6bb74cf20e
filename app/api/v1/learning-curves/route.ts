import { tableRoute } from "@/app/_server/table-route";
import { facetsOf } from "@/db/queries/evaluations";
import { listLearningCurves } from "@/db/queries/learning-curves";
import { assertKnown } from "@/lib/api/known";
import { curvesQuerySchema } from "@/lib/api/schemas";

const COLUMNS = ["model", "arch", "upstream", "samples_seen_pretty", "epoch", "top1", "top5", "samples_seen", "steps"];

export const GET = tableRoute(curvesQuerySchema, (q, db) => {
  assertKnown(facetsOf(db), q);
  return { rows: listLearningCurves(db, q), columns: COLUMNS, filename: "learning-curves" };
});
