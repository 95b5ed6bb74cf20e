import { tableRoute } from "@/app/_server/table-route";
import { refitSlice } from "@/db/services/refit";
import { FIT_CSV_COLUMNS, pickFitCell } from "@/lib/api/rows";
import { fitQuerySchema } from "@/lib/api/schemas";

export const GET = tableRoute(fitQuerySchema, async (q, db) => {
  const { task, arch, upstream, samples_seen, model } = q;
  const r = await refitSlice(db, { slice: { task, arch, upstream, samples_seen, model }, metric: q.metric, method: q.method, bootstrap: q.bootstrap, seed: q.seed });
  const meta = { refit: { slice: r.slice, n_rows: r.n_rows, fitted_points: r.fitted, bootstrap: q.bootstrap } };
  return { rows: [r.fit], meta, columns: FIT_CSV_COLUMNS, pick: pickFitCell, filename: "refit" };
});
