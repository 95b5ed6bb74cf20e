"use client";
import { useSyncExternalStore } from "react";

let shown: string | null = null;
const listeners = new Set<() => void>();
const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** Mark `task`'s chart as the one in the page (ChartStack, when it moves that chart in). */
export function setShownTask(task: string) {
  if (task === shown) return;
  shown = task;
  for (const l of listeners) l();
}

/** Whether `task`'s chart is the one in the page: only it asks the server for its public-zoo layer. */
export function useIsShown(task: string): boolean {
  return useSyncExternalStore(subscribe, () => shown === task, () => false);
}
