import { tableRoute } from "@/app/_server/table-route";
import { getSensitivity } from "@/db/services/sensitivity";
import { sensitivityQuerySchema } from "@/lib/api/schemas";
import type { Metric } from "@/lib/domain/metrics";
import type { FitGroup } from "@/lib/domain/groups";

// The JSON rows have the same fields; the summary lives in the JSON twin.
const COLUMNS = ["variant", "slope", "coefficient", "e_inf", "n_fit", "reason"];

/** How one precomputed fit moves with bins, eps and each model left out (refits on the CPU pool). */
export const GET = tableRoute(sensitivityQuerySchema, async (q, db) => {
  const s = await getSensitivity(db, { task: q.task, metric: q.metric as Metric | undefined, group: q.group as FitGroup, method: q.method });
  const meta = {
    fit: { task: s.task, metric: s.metric, group: s.group, method: s.method },
    variants: "all = the fit itself; bins=k: binned-min with k bins (eps 0.1); eps=e: 5 bins over [min, max + e]; leave-out:<model>: the method without that model",
    summary: s.summary,
  };
  return { rows: s.rows, meta, json: { summary: s.summary }, columns: COLUMNS, filename: "sensitivity" };
});
