"use client";
import { useMemo } from "react";
import type { Metric } from "@/lib/domain/metrics";
import { fitInputRows, fitMechanics, type FitMechanics } from "@/lib/explore/mechanics";
import type { ExploreFit, ExploreRow } from "@/lib/explore/types";

/**
 * Bands, bin edges and fitted points of the drawn fits, re-run in the browser from the same rows,
 * method and bootstrap seed as the stored fit (a few ms per fit); `notes` say why a fit has no band.
 */
export function useMechanics(all: readonly ExploreRow[], slice: readonly ExploreRow[], fits: readonly ExploreFit[], metric: Metric, on: boolean) {
  return useMemo(() => {
    const mechanics: FitMechanics[] = [];
    const notes: Record<string, string> = {};
    if (!on) return { mechanics, notes };
    for (const f of fits) {
      if (f.status !== "ok") continue;
      const m = fitMechanics(fitInputRows(all, slice, f.group, metric), f, metric);
      const key = `${f.group}-${f.method}-${f.metric}`;
      if (!m) notes[key] = "band and fitted points unavailable (the re-run did not reproduce this fit)";
      else {
        mechanics.push(m);
        if (m.bandReason) notes[key] = m.bandReason;
      }
    }
    return { mechanics, notes };
  }, [all, slice, fits, metric, on]);
}
