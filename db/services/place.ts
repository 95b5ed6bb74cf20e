import "server-only";
import { FIT_GROUPS } from "../../lib/domain/groups";
import { VIEW_METHODS } from "../../lib/domain/paper";
import { AppError } from "../../lib/errors";
import type { Law, NoLaw } from "../../lib/place/law";
import { lawsFrom, type LawsPayload } from "../../lib/place/law-set";
import { readZooTables } from "../../lib/place/read-zoo";
import { placeAll, type ModelPlacement } from "../../lib/place/run";
import { ZOO_UPSTREAM } from "../../lib/place/zoo-source";
import type { Db } from "../client";
import { archGmacs, observationsOf } from "../place-data";
import { readZooFiles } from "../zoo-files";
import { getProvenance } from "../queries/provenance";

/** 400 naming the parameter unless group and method are known. */
export function checkLawParams(group: string, method: string): void {
  if (!(FIT_GROUPS as readonly string[]).includes(group)) throw new AppError("bad_request", `Invalid parameter "group": unknown value "${group}". Known: ${FIT_GROUPS.join(", ")}.`, "group");
  if (!VIEW_METHODS.includes(method)) throw new AppError("bad_request", `Invalid parameter "method": unknown value "${method}". Known: ${VIEW_METHODS.join(", ")}.`, "method");
}

type Cached = { laws: Map<string, Map<string, Law | NoLaw>>; zoo: Map<string, ZooPlacement> };
const cache = new WeakMap<Db, Cached>();
function cached(db: Db): Cached {
  let c = cache.get(db);
  if (!c) cache.set(db, (c = { laws: new Map(), zoo: new Map() }));
  return c;
}

/** Laws of every task for a group and method (fitted once per database handle). */
export function getLaws(db: Db, group: string, method: string): Map<string, Law | NoLaw> {
  checkLawParams(group, method);
  const c = cached(db);
  const key = `${group}\u0000${method}`;
  let laws = c.laws.get(key);
  if (!laws) c.laws.set(key, (laws = lawsFrom(group, observationsOf(db, group, method))));
  return laws;
}

/** What the browser needs to fit the same laws itself: observations, architecture GMACs, provenance. */
export function getLawsPayload(db: Db, group: string, method: string): LawsPayload {
  checkLawParams(group, method);
  const zoo = readZooFiles();
  return {
    group, method, tasks: observationsOf(db, group, method),
    archs: [...archGmacs(db, zoo).values()],
    meta: { ...getProvenance(db), profile: zoo.ok ? { repo: ZOO_UPSTREAM.repo, commit: ZOO_UPSTREAM.commit, sha256: zoo.files.profile.sha256 } : { unavailable: zoo.reason } },
  };
}

export type ZooPlacement = { ok: true; placements: ModelPlacement[]; source: Record<string, unknown> } | { ok: false; reason: string };

/** The open_clip zoo placed against a group's law (once per database handle, group and method). */
export function getZooPlacement(db: Db, group: string, method: string): ZooPlacement {
  const laws = getLaws(db, group, method);
  const c = cached(db);
  const key = `${group}\u0000${method}`;
  const hit = c.zoo.get(key);
  if (hit) return hit;
  const zoo = readZooFiles();
  let out: ZooPlacement;
  if (!zoo.ok) out = { ok: false, reason: zoo.reason };
  else {
    const read = readZooTables({ text: zoo.files.results.text, file: "openclip_results.csv" }, { text: zoo.files.retrieval.text, file: "openclip_retrieval_results.csv" });
    if (read.issues.length) out = { ok: false, reason: `open_clip tables did not read: ${read.issues[0]!.expected} at line ${read.issues[0]!.line}` };
    else {
      const placements = placeAll(read.models, { archs: archGmacs(db, zoo), laws, group, method, zoo: true });
      out = { ok: true, placements, source: { repo: ZOO_UPSTREAM.repo, commit: ZOO_UPSTREAM.commit, files: Object.fromEntries(Object.entries(zoo.files).map(([k, f]) => [k, f.sha256])) } };
    }
  }
  c.zoo.set(key, out);
  return out;
}
