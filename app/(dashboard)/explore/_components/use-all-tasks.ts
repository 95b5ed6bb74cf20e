"use client";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useMemo, useRef, useState } from "react";
import { exploreDataByTask, mparamsByArch } from "@/lib/explore/from-api";
import type { ExploreData } from "@/lib/explore/types";

/** Every task's rows and fits from the public API (two requests, ~100 kB gzip), validated with zod. */
async function fetchAllTasks(mparams: Record<string, number | null>, signal: AbortSignal): Promise<Map<string, ExploreData>> {
  const [e, f] = await Promise.all([fetch("/api/v1/evals", { signal }), fetch("/api/v1/fits", { signal })]);
  if (!e.ok || !f.ok) throw new Error(`Prefetch failed (HTTP ${e.status} / ${f.status})`);
  const { evalsResponseSchema, fitsResponseSchema } = await import("@/lib/api-client/explore-schemas");
  const evals = evalsResponseSchema.parse(await e.json());
  const fits = fitsResponseSchema.parse(await f.json());
  return exploreDataByTask(evals.rows, fits.rows, mparams);
}

/**
 * All 41 tasks' data, fetched once the page is idle, so a task switch can redraw at once instead
 * of waiting for the server round trip (the URL still changes through the router, which stays the
 * source of truth for reload and back/forward). Undefined until loaded, or if loading failed: the
 * view then simply waits for the server as before. The server's own copy stands for its task.
 */
export function useAllTasks(seed: ExploreData): Map<string, ExploreData> | undefined {
  const [enabled, setEnabled] = useState(false);
  const mparams = useRef(mparamsByArch(seed.rows));
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => setEnabled(true));
    return () => cancel(id);
  }, []);
  const q = useQuery({
    queryKey: ["explore", "all-tasks"],
    queryFn: ({ signal }) => fetchAllTasks(mparams.current, signal),
    enabled,
    staleTime: Infinity,
    retry: false,
  });
  // The task the server rendered keeps the server's object: the prefetch landing must not redraw
  // the chart on screen (a new object is a new recharts pass, in which the markers blink).
  return useMemo(() => (q.data ? new Map(q.data).set(seed.task, seed) : undefined), [q.data, seed]);
}
