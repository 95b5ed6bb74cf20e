import { tableRoute } from "@/app/_server/table-route";
import { facetsOf } from "@/db/queries/evaluations";
import { listModels } from "@/db/queries/models";
import { assertKnown } from "@/lib/api/known";
import { toModelApiRow, type ModelApiRow } from "@/lib/api/row-mappers";
import { modelsQuerySchema } from "@/lib/api/schemas";

const COLUMNS: (keyof ModelApiRow)[] = [
  "id", "name", "origin", "arch", "upstream", "samples_seen", "samples_seen_pretty", "gmacs_per_sample", "total_gmacs", "lr", "warmup", "epochs",
  "gpus", "samples_per_sec", "samples_per_epoch", "local_batch_size", "global_batch_size", "nominal_samples_seen", "steps", "gpu_hours",
  "detailed_training_info", "checkpoint_url", "source_line",
];

export const GET = tableRoute(modelsQuerySchema, (q, db) => {
  assertKnown(facetsOf(db), q);
  return { rows: listModels(db, q).map(toModelApiRow), columns: COLUMNS, filename: "models" };
});
