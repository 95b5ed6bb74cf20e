"use client";
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import type { ExploreData, ExploreOptions } from "@/lib/explore/types";
import type { ExploreState } from "@/lib/url-state/explore";
import { exploreQuery } from "@/lib/url-state/explore";
import { ExploreChart } from "./explore-chart";
import { ExploreFilters } from "./explore-filters";
import { ExploreSummary } from "./explore-summary";
import { useAllTasks } from "./use-all-tasks";

/**
 * The URL is the state: a control change pushes the canonical URL and the server page re-renders
 * with the new task's rows. Until then the controls show the new state optimistically; filters
 * that need no new data (slice, axes, fits) redraw at once from the rows already here, and so does
 * a task switch once every task's data has been prefetched (useAllTasks).
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
  const all = useAllTasks(data);
  // Prefer the prefetched copy (a stable object, so the server's arrival of the same data does not redraw).
  const current = all?.get(data.task) ?? data;
  const ready = all?.get(view.task) ?? (view.task === data.task ? current : undefined);
  // While another task's rows load from the server, keep drawing the current task with its own state.
  const loadingTask = ready === undefined;
  const shown = loadingTask ? state : view;
  // On a phone the controls fold into a drawer under a one-line summary, so the chart comes first.
  const [drawer, setDrawer] = useState(false);
  return (
    <div className="explore-view">
      <ExploreSummary state={view} open={drawer} onToggle={() => setDrawer((o) => !o)} />
      <div id="explore-drawer" className="explore-drawer" data-open={drawer}>
        <ExploreFilters state={view} options={options} onChange={navigate} />
      </div>
      <div aria-busy={pending} className={loadingTask ? "explore-stale" : undefined}>
        {loadingTask && <p className="muted" role="status">Loading {view.task}…</p>}
        <ExploreChart state={shown} data={ready ?? current} />
      </div>
    </div>
  );
}
