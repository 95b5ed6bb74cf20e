"use client";
import { useDeferredValue, useMemo } from "react";
import type { FitGroup } from "@/lib/domain/groups";
import type { Metric } from "@/lib/domain/metrics";
import { selectFits } from "@/lib/explore/fits";
import { fitInputRows, fitMechanics, type FitMechanics } from "@/lib/explore/mechanics";
import { effectiveMetric } from "@/lib/explore/metrics";
import type { ExploreData, ExploreFit, ExploreRow } from "@/lib/explore/types";

type Input = { all: readonly ExploreRow[]; slice: readonly ExploreRow[]; fits: readonly ExploreFit[]; metric: Metric; on: boolean };
type Mechanics = { mechanics: FitMechanics[]; notes: Record<string, string> };

// One re-run per fit object (a task's prefetched fits are stable objects): switching back to a task
// draws its bands at once. A slice's refit depends on the slice too.
const cache = new WeakMap<ExploreFit, { all: readonly ExploreRow[]; slice: readonly ExploreRow[]; metric: Metric; m: FitMechanics | null }>();

function cached(i: Input, f: ExploreFit) {
  const hit = cache.get(f);
  return hit && hit.all === i.all && hit.metric === i.metric && (f.group !== "slice" || hit.slice === i.slice) ? hit : undefined;
}

function rerun(i: Omit<Input, "fits" | "on">, f: ExploreFit): FitMechanics | null {
  const m = fitMechanics(fitInputRows(i.all, i.slice, f.group, i.metric), f, i.metric);
  cache.set(f, { all: i.all, slice: i.slice, metric: i.metric, m });
  return m;
}

function build(i: Input): Mechanics {
  const mechanics: FitMechanics[] = [];
  const notes: Record<string, string> = {};
  if (!i.on) return { mechanics, notes };
  for (const f of i.fits) {
    if (f.status !== "ok") continue;
    const hit = cached(i, f);
    const m = hit ? hit.m : rerun(i, f);
    const key = `${f.group}-${f.method}-${f.metric}`;
    if (!m) notes[key] = "band and fitted points unavailable (the re-run did not reproduce this fit)";
    else {
      mechanics.push(m);
      if (m.bandReason) notes[key] = m.bandReason;
    }
  }
  return { mechanics, notes };
}

const NONE: Mechanics = { mechanics: [], notes: {} };

/**
 * Bands, bin edges and fitted points of the drawn fits, re-run in the browser from the same rows,
 * method and bootstrap seed as the stored fit (a few ms per fit); `notes` say why a fit has no band.
 * Deferred: a change that needs a new re-run paints the chart first and the bands a moment later.
 */
export function useMechanics(all: readonly ExploreRow[], slice: readonly ExploreRow[], fits: readonly ExploreFit[], metric: Metric, on: boolean): Mechanics {
  const input = useMemo(() => ({ all, slice, fits, metric, on }), [all, slice, fits, metric, on]);
  const ready = useMemo(() => (input.fits.every((f) => f.status !== "ok" || !input.on || cached(input, f)) ? build(input) : null), [input]);
  const deferred = useDeferredValue(input);
  const computed = useMemo(() => build(deferred), [deferred]);
  return ready ?? (deferred === input ? computed : NONE);
}

/**
 * Re-run the drawn groups' fits (primary metric) of every prefetched task in idle time, a few at a
 * time, so a task switch finds its bands ready and draws them with the chart. Returns a cancel.
 */
export function warmMechanics(all: ReadonlyMap<string, ExploreData>, groups: readonly FitGroup[], method: string): () => void {
  const queue: { i: Omit<Input, "fits" | "on">; f: ExploreFit }[] = [];
  for (const d of all.values()) {
    const metric = effectiveMetric(d.task, undefined);
    for (const f of selectFits(d.fits, groups, metric, method)) {
      if (f.status === "ok") queue.push({ i: { all: d.rows, slice: d.rows, metric }, f });
    }
  }
  const idle = window.requestIdleCallback ?? ((cb: IdleRequestCallback) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 }), 50));
  const cancel = window.cancelIdleCallback ?? window.clearTimeout;
  let id = 0;
  const step = (deadline: IdleDeadline) => {
    while (queue.length && deadline.timeRemaining() > 2) {
      const { i, f } = queue.shift()!;
      if (!cached({ ...i, fits: [], on: true }, f)) rerun(i, f);
    }
    if (queue.length) id = idle(step);
  };
  id = idle(step);
  return () => cancel(id);
}
