"use client";
import { useRouter } from "next/navigation";
import { useOptimistic, useTransition } from "react";
import type { ExploreData, ExploreOptions } from "@/lib/explore/types";
import { exploreQuery, type ExploreState } from "@/lib/url-state/explore";
import { ExploreChart } from "./explore-chart";
import { ExploreFilters } from "./explore-filters";

/**
 * The URL is the state: a control change pushes the canonical URL and the server page re-renders
 * with the new task's rows. Until then the controls show the new state optimistically; filters
 * that need no new data (slice, axes, fits) redraw at once from the rows already here.
 */
export function ExploreView({ state, data, options }: { state: ExploreState; data: ExploreData; options: ExploreOptions }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [view, setView] = useOptimistic(state);
  const navigate = (next: ExploreState) => {
    const q = exploreQuery(next);
    startTransition(() => {
      setView(next);
      router.push(q ? `/explore?${q}` : "/explore", { scroll: false });
    });
  };
  // While another task's rows load, keep drawing the current task with its own state.
  const loadingTask = view.task !== data.task;
  const shown = loadingTask ? state : view;
  return (
    <div className="explore-view">
      <ExploreFilters state={view} options={options} onChange={navigate} />
      <div aria-busy={pending} className={loadingTask ? "explore-stale" : undefined}>
        {loadingTask && <p className="muted" role="status">Loading {view.task}…</p>}
        <ExploreChart state={shown} data={data} />
      </div>
    </div>
  );
}
