import { archTable, type ArchGmacs } from "../lib/place/compute";
import { lawObservations, type EvalForLaw } from "../lib/place/observations";
import type { LawObservations } from "../lib/place/law-set";
import { parseProfile } from "../lib/place/zoo-source";
import type { Db } from "./client";
import { architectures, evaluations } from "./schema";
import { readZooFiles, type ZooFiles } from "./zoo-files";

/**
 * Reads placement needs from a database handle (no `server-only`: `npm run place` uses it too):
 * evaluation rows for the laws and architecture GMACs (arch_info, then open_clip's profile).
 */
export function evalsForLaws(db: Db): EvalForLaw[] {
  return db.select().from(evaluations).all().map((e) => ({
    task: e.task, upstream: e.upstream, totalGmacs: e.totalGmacs,
    values: { acc1: e.acc1, acc5: e.acc5, mean_per_class_recall: e.meanPerClassRecall, "image_retrieval_recall@5": e.imageRetrievalRecall5, "text_retrieval_recall@5": e.textRetrievalRecall5, mean_average_precision: e.meanAveragePrecision },
  }));
}

/** Per-task observations of a group under a method. */
export function observationsOf(db: Db, group: string, method: string): LawObservations[] {
  return lawObservations(evalsForLaws(db), group, method);
}

/** Architecture → GMACs per sample with its source; the profile only when the zoo files are readable. */
export function archGmacs(db: Db, zoo: ZooFiles = readZooFiles()): Map<string, ArchGmacs> {
  const info = db.select({ name: architectures.name, gmacs: architectures.gmacs }).from(architectures).all();
  const profile = zoo.ok ? parseProfile(zoo.files.profile.text).rows : [];
  return archTable(info, profile);
}
