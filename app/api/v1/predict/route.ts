import { tableRoute } from "@/app/_server/table-route";
import { archGmacs, getPlan, resolveTasks } from "@/db/services/predict";
import { PLAN_CSV_COLUMNS, pickCell } from "@/lib/predict/columns";
import { INTERVAL_NOTE } from "@/lib/predict/meta";
import { resolvePlan } from "@/lib/predict/request";
import { predictQuerySchema } from "@/lib/predict/schemas";

/** Planner: per task, the law's prediction at a budget (with a 95% prediction interval) and/or the compute that reaches a target error. */
export const GET = tableRoute(predictQuerySchema, async (q, db) => {
  const tasks = resolveTasks(db, q.task);
  const gmacs = archGmacs(db);
  const { budget, target } = resolvePlan(q, (a) => gmacs.get(a), () => [...gmacs.keys()]);
  const rows = await getPlan(db, { tasks, group: q.group, method: q.method, budget, target });
  const meta = { budget, target, group: q.group, method: q.method, interval: INTERVAL_NOTE, units: { compute: "GMACs", error: "fraction", pred_acc_pct: "%" } };
  return { rows, meta, columns: PLAN_CSV_COLUMNS, pick: pickCell, filename: "predict" };
});
