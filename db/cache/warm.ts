import "server-only";
import fs from "node:fs";
import path from "node:path";
import { readEnv } from "../../lib/env";
import { getDb } from "../client";
import { facetsOf } from "../queries/evaluations";
import { getExploreFits, getTaskEvaluations, taskMetricsOf } from "../queries/explore";
import { getProvenance } from "../queries/provenance";
import { warmPages } from "./html";

/**
 * Compute the per-version basics as soon as a database version appears — at server start and
 * when an ingest renames a new file into place — instead of on the first visitor's request:
 * provenance, facets, each task's metrics, and every task's /explore rows and fits (one task per
 * turn of the event loop, so requests are served in between), then the HTML of /explore for every
 * task and of the other views, one page at a time. Requests arriving meanwhile are simply computed
 * as before; the cache rules (one version per response) are unchanged.
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
      const tasks = [...facetsOf(db).task];
      // Then the views themselves (db/cache/html.ts): /explore first, each task's, the other views.
      const pages = ["/explore", ...tasks.map((t) => `/explore?task=${encodeURIComponent(t)}`), "/", "/tasks", "/compare", "/models", "/learning-curves"];
      const next = () => {
        const t = tasks.shift();
        if (t === undefined) return void warmPages(db, pages);
        getTaskEvaluations(db, t);
        getExploreFits(db, t);
        setImmediate(next);
      };
      setImmediate(next);
    } catch {
      /* no usable database yet: requests answer 503 until an ingest lands, which wakes us again */
    }
  }
}
