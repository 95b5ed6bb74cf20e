import "server-only";
import type { FitGroup } from "../../lib/domain/groups";
import type { Law, NoLaw } from "../../lib/place/law";
import { lawsFrom, type LawsPayload } from "../../lib/place/law-set";
import { readZooTables } from "../../lib/place/read-zoo";
import { placeAll, type ModelPlacement } from "../../lib/place/run";
import { ZOO_UPSTREAM } from "../../lib/place/zoo-source";
import type { Db } from "../client";
import { archGmacs, observationsOf } from "../place-data";
import { readZooFiles } from "../zoo-files";
import { getProvenance } from "../queries/provenance";
import { cached, memoByVersion } from "../cache/store";

/** Laws of every task for a group and method (fitted once per data version). */
export function getLaws(db: Db, group: FitGroup, method: string): Map<string, Law | NoLaw> {
  const fit = () => lawsFrom(group, observationsOf(db, group, method));
  return cached(db, `getLaws|${group}|${method}`, fit, (m) => JSON.stringify([...m]).length * 2);
}

/** What the browser needs to fit the same laws itself: observations, architecture GMACs, provenance. */
export function getLawsPayload(db: Db, group: FitGroup, method: string): LawsPayload {
  const zoo = readZooFiles();
  return {
    group, method, tasks: observationsOf(db, group, method),
    archs: [...archGmacs(db, zoo).values()],
    meta: { ...getProvenance(db), profile: zoo.ok ? { repo: ZOO_UPSTREAM.repo, commit: ZOO_UPSTREAM.commit, sha256: zoo.files.profile.sha256 } : { unavailable: zoo.reason } },
  };
}

export type ZooPlacement = { ok: true; placements: ModelPlacement[]; source: Record<string, unknown> } | { ok: false; reason: string };

/** The open_clip zoo placed against a group's law (once per data version, group and method). */
export const getZooPlacement = memoByVersion("getZooPlacement", (db: Db, group: FitGroup, method: string): ZooPlacement => {
  const laws = getLaws(db, group, method);
  const zoo = readZooFiles();
  if (!zoo.ok) return { ok: false, reason: zoo.reason };
  const read = readZooTables({ text: zoo.files.results.text, file: "openclip_results.csv" }, { text: zoo.files.retrieval.text, file: "openclip_retrieval_results.csv" });
  if (read.issues.length) return { ok: false, reason: `open_clip tables did not read: ${read.issues[0]!.expected} at line ${read.issues[0]!.line}` };
  const placements = placeAll(read.models, { archs: archGmacs(db, zoo), laws, group, method, zoo: true });
  return { ok: true, placements, source: { repo: ZOO_UPSTREAM.repo, commit: ZOO_UPSTREAM.commit, files: Object.fromEntries(Object.entries(zoo.files).map(([k, f]) => [k, f.sha256])) } };
});
