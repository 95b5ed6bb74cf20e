import "server-only";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "../../lib/env";
import { getDb, type Db } from "../client";
import { facetsOf } from "../queries/evaluations";
import { getExploreFits, getTaskEvaluations, taskMetricsOf } from "../queries/explore";
import { getProvenance } from "../queries/provenance";
import { warmPages } from "./html";

/**
 * Compute the per-version basics as soon as a database version appears — at server start and
 * when an ingest renames a new file into place — instead of on the first visitor's request:
 * the database opened, provenance, facets and each task's metrics, each task's rows and fits (so
 * a first /explore renders without SQL), then the HTML of /explore for every task and of the other
 * views, one page at a time and only while no visitor's page renders and no requests arrive. The
 * cache rules (one version per response) are unchanged.
 */
export function startWarmer(file: string = readEnv().SCALING_DB): void {
  const g = globalThis as unknown as { __scalingWarmer?: boolean };
  if (g.__scalingWarmer) return;
  g.__scalingWarmer = true;
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(warm, 30); // an ingest's rename arrives as a burst of directory events
  };
  try {
    fs.watch(path.dirname(path.resolve(file)), { persistent: false }, (_event, name) => {
      if (name === path.basename(file)) soon();
    });
  } catch (e) {
    console.warn(`[cache] not watching ${path.dirname(file)}: ${(e as Error).message}`);
  }
  soon();

  function warm(): void {
    try {
      const db = getDb(file);
      getProvenance(db);
      taskMetricsOf(db);
      const tasks = facetsOf(db).task;
      void readTasks(db, tasks).then(() =>
        // Then the views themselves (db/cache/html.ts): /explore first, each task's, the other views.
        warmPages(db, ["/explore", ...tasks.map((t) => `/explore?task=${encodeURIComponent(t)}`), "/", "/tasks", "/compare", "/models", "/learning-curves"]),
      ).catch(() => {}); // a handle closed under it: a newer version is being warmed
    } catch {
      /* no usable database yet: requests answer 503 until an ingest lands, which wakes us again */
    }
  }
}

/** Each task's rows and fits into the version's cache, one task per turn of the event loop (a visitor's request is not held behind all of them). */
async function readTasks(db: Db, tasks: readonly string[]): Promise<void> {
  for (const t of tasks) {
    getTaskEvaluations(db, t);
    getExploreFits(db, t);
    await new Promise((r) => setImmediate(r));
  }
}
