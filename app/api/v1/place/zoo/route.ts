import { tableRoute } from "@/app/_server/table-route";
import { zooFilesStamp } from "@/db/zoo-files";
import { getZooPlacement } from "@/db/services/place";
import { AppError } from "@/lib/errors";
import { PLACEMENT_COLUMNS } from "@/lib/place/columns";
import { zooQuerySchema } from "@/lib/place/query";

/** The open_clip zoo placed against a group's law: rows (model × task) and one summary per model. */
export const GET = tableRoute(zooQuerySchema, (q, db) => {
  const zoo = getZooPlacement(db, q.group, q.method);
  if (!zoo.ok) throw new AppError("unavailable", `The public zoo is not available: ${zoo.reason}.`);
  const all = zoo.placements.flatMap((p) => p.rows);
  if (q.task && !all.some((r) => r.task === q.task)) throw new AppError("bad_request", `Invalid parameter "task": no public model has results for "${q.task}".`, "task");
  const rows = q.task ? all.filter((r) => r.task === q.task) : all;
  const models = zoo.placements.map((p) => ({ ...p.summary, arch: p.compute.arch, pretrained: p.model.pretrained, gmacs: p.compute.gmacs, gmacs_source: p.compute.gmacsSource, samples_seen: p.compute.samplesSeen, samples_seen_source: p.compute.samplesSource }));
  return { rows, meta: { zoo: zoo.source, group: q.group, method: q.method }, json: { models }, columns: PLACEMENT_COLUMNS, filename: `zoo_${q.group}_${q.method}` };
}, { alsoKey: zooFilesStamp });
