import { tableRoute } from "@/app/_server/table-route";
import { getPaperTable } from "@/db/services/predict";
import { AppError } from "@/lib/errors";
import { PAPER_CSV_COLUMNS, pickCell } from "@/lib/predict/columns";
import { paperMeta } from "@/lib/predict/meta";
import { predictionsQuerySchema } from "@/lib/predict/schemas";

/** The paper notebook's prediction table (figures.ipynb cells 6–7) for ImageNet or MS-COCO, with the MAE in meta. */
export const GET = tableRoute(predictionsQuerySchema, (q, db) => {
  const t = getPaperTable(db, q.task);
  if ("reason" in t) throw new AppError("unavailable", `The paper table cannot be computed: ${t.reason}.`);
  return { rows: t.rows, meta: paperMeta(q.task, t), columns: PAPER_CSV_COLUMNS, pick: pickCell, filename: `predictions_paper_${q.task}` };
});
