"use client";
import { useEffect } from "react";
import type { FitGroup } from "@/lib/domain/groups";
import type { ExploreData } from "@/lib/explore/types";

/**
 * Once every task is prefetched, warm the bands of every task's drawn fits in idle time
 * (use-mechanics warmMechanics). The re-run code (lib/fit) is imported here on demand, so it stays
 * out of the page's first JavaScript; it is the chart's chunk, already loaded by then.
 */
export function useWarmMechanics(all: ReadonlyMap<string, ExploreData> | undefined, groups: readonly FitGroup[], method: string, on: boolean) {
  const key = groups.join(",");
  useEffect(() => {
    if (!all || !on) return;
    let cancel: (() => void) | undefined;
    let dropped = false;
    void import("./use-mechanics").then((m) => {
      if (!dropped) cancel = m.warmMechanics(all, key ? (key.split(",") as FitGroup[]) : [], method);
    });
    return () => {
      dropped = true;
      cancel?.();
    };
  }, [all, key, method, on]);
}
