"use client";
import { useEffect, useState } from "react";
import { useViewState } from "@/components/hooks/use-view-state";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { exploreTitle, fitsApply } from "@/lib/explore/axis-labels";
import type { ExploreData, ExploreOptions } from "@/lib/explore/types";
import { EXPLORE_PARAMS, exploreQuery, type ExploreState } from "@/lib/url-state/explore";
import { ExploreChart } from "./explore-chart";
import { ExploreFilters } from "./explore-filters";
import { ExploreSummary } from "./explore-summary";
import { useAllTasks } from "./use-all-tasks";
import { afterPaint } from "./after-paint";
import { useWarmMechanics } from "./use-warm-mechanics";

/**
 * The URL is the state (nuqs, with the parsers the server page used). Once every task's rows and
 * fits are prefetched (useAllTasks), any change — a task switch too — is a shallow URL update drawn
 * at once in the browser, with no server round trip. Before that, a change of task asks the server
 * page for the new task's rows (and the chart shows the current task, marked stale, until they come).
 */
export function ExploreView({ state, data, options }: { state: ExploreState; data: ExploreData; options: ExploreOptions }) {
  const { view, go, pending } = useViewState(EXPLORE_PARAMS, { shallow: true, query: exploreQuery });
  const all = useAllTasks(data);
  const navigate = (next: ExploreState) => go(next, { server: !(all?.has(next.task) || next.task === data.task) });
  // The prefetched map holds the server's own object for the rendered task, so its arrival does not redraw.
  const current = all?.get(data.task) ?? data;
  const ready = all?.get(view.task) ?? (view.task === data.task ? current : undefined);
  // While another task's rows load from the server, keep drawing the current task with its own state.
  const loadingTask = ready === undefined;
  const shown = loadingTask ? state : view;
  const query = exploreQuery(view);
  useWarmMechanics(all, view.groups, view.method, fitsApply(view.x, view.y) && view.metric === undefined);
  useTabTitle(exploreTitle(view));
  // On a phone the controls fold into a drawer under a one-line summary, so the chart comes first.
  const [drawer, setDrawer] = useState(false);
  return (
    <>
      <ReportToolbar view="explore" query={query} />
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
    </>
  );
}

/**
 * The tab's title follows shallow changes too (the server's metadata only sees the first URL). Set
 * after the frame that shows the change is painted: writing document.title costs the browser a few
 * ms, which a task switch should not wait for.
 */
function useTabTitle(title: string) {
  useEffect(() => afterPaint(() => {
    const sep = document.title.lastIndexOf(" · ");
    const next = sep > 0 ? `${title}${document.title.slice(sep)}` : title;
    if (document.title !== next) document.title = next;
  }), [title]);
}
