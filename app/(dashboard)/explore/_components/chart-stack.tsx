"use client";
import { memo, startTransition, useEffect, useLayoutEffect, useRef, useState } from "react";
import { createPortal } from "react-dom";
import type { ExploreData, ExploreOptions } from "@/lib/explore/types";
import { isNarrowed } from "@/lib/explore/slice";
import { switchTask } from "@/lib/explore/validate";
import { exploreQuery } from "@/lib/url-state/explore";
import { ExploreChartBody, sameBody, type BodyProps } from "./explore-chart-body";
import { setShownTask } from "./shown-task";

const Body = memo(ExploreChartBody, sameBody);

/**
 * The chart of the shown state, and one chart per other task kept drawn off-screen, so that a task
 * switch only swaps which one is in the page. recharts 3 lays a new chart out over several frames
 * (its store reports axes and series on the next animation frame); a chart drawn in advance shows
 * complete in the switch's own frame. Each chart renders through a portal into its own detached
 * element; the shown one's element is moved into the page in a layout effect. Detached charts are
 * outside the document (not in the accessibility tree, not found by selectors) and cannot measure
 * themselves, so every chart gets the measured width of the page's slot. In idle time, one at a
 * time (the tasks next to the shown one first), the others are drawn with the shown state's
 * settings (task switched as the task select would), and drawn again when those settings change.
 * Not for a narrowed slice: its refit is asked of the server per task.
 */
export function ChartStack({ shown, all, tasks, taskMetrics }: {
  shown: Omit<BodyProps, "width">; all: ReadonlyMap<string, ExploreData> | undefined; tasks: readonly string[]; taskMetrics: ExploreOptions["taskMetrics"];
}) {
  const slot = useRef<HTMLDivElement>(null);
  const [hosts] = useState(() => new Map<string, HTMLDivElement>());
  const width = useWidth(slot);
  const [drawn, setDrawn] = useState<ReadonlyMap<string, BodyProps>>(() => new Map());
  const task = shown.state.task;
  const current: BodyProps = { ...shown, width };
  const charts = width ? new Map(drawn).set(task, current) : drawn;
  // The chart shown until now keeps what it drew (React's "state from the previous render" pattern).
  const [last, setLast] = useState(current);
  if (!sameBody(last, current)) {
    setLast(current);
    if (last.width) setDrawn((m) => new Map(m).set(last.state.task, last));
  }

  useLayoutEffect(() => {
    const el = width ? hostOf(hosts, task) : undefined;
    if (el && slot.current?.firstChild !== el) slot.current?.replaceChildren(el);
    if (el) setShownTask(task);
  });
  // Draw the next missing or outdated chart when the page is idle (one per idle period).
  useEffect(() => {
    if (!all || !width || isNarrowed(shown.state)) return;
    const at = tasks.indexOf(task);
    const order = tasks.map((_, i) => tasks[(at + (i % 2 ? (i + 1) / 2 : tasks.length - i / 2)) % tasks.length]!);
    const want = (t: string): BodyProps => {
      const state = switchTask(shown.state, t, taskMetrics);
      return { state, query: exploreQuery(state), data: all.get(t)!, refit: null, detail: shown.detail, width };
    };
    const next = order.find((t) => t !== task && all.has(t) && !(drawn.get(t) && sameBody(drawn.get(t)!, want(t))));
    if (!next) return;
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 50));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const id = idle(() => startTransition(() => setDrawn((m) => new Map(m).set(next, want(next)))));
    return () => cancel(id);
  }, [all, width, drawn, tasks, task, taskMetrics, shown.state, shown.detail]);

  return (
    <div ref={slot} className="explore-chart-slot">
      {[...charts].map(([t, p]) => createPortal(<Body {...p} />, hostOf(hosts, t), t))}
    </div>
  );
}

/** The detached element a task's chart renders into, created on first use. */
function hostOf(hosts: Map<string, HTMLDivElement>, task: string): HTMLDivElement {
  let el = hosts.get(task);
  if (!el) hosts.set(task, (el = document.createElement("div")));
  return el;
}

/** The element's width in whole px, followed through resizes (0 until measured). */
function useWidth(ref: React.RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const read = () => setWidth(Math.round(el.getBoundingClientRect().width));
    read();
    const ro = new ResizeObserver(read);
    ro.observe(el);
    return () => ro.disconnect();
  }, [ref]);
  return width;
}
