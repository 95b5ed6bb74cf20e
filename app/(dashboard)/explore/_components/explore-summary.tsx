"use client";
import { taskLabel } from "@/lib/domain/tasks";
import { X_LABELS } from "@/lib/explore/axis-labels";
import type { ExploreState } from "@/lib/url-state/explore";

/** One line saying what the chart shows, with the button that opens the controls' drawer (phones only; CSS). */
export function ExploreSummary({ state, open, onToggle }: { state: ExploreState; open: boolean; onToggle: () => void }) {
  const filters = state.arch.length + state.upstream.length + state.samples_seen.length;
  const text = [
    taskLabel(state.task),
    `${state.y === "error" ? "error" : state.y} vs ${X_LABELS[state.x].replace(/ \(.*\)$/, "").toLowerCase()}`,
    filters ? `${filters} filter${filters === 1 ? "" : "s"}` : "all models",
    `${state.groups.length} fit group${state.groups.length === 1 ? "" : "s"}`,
  ].join(" · ");
  return (
    <div className="explore-summary">
      <span className="explore-summary-text">{text}</span>
      <button type="button" className="explore-drawer-toggle" aria-expanded={open} aria-controls="explore-drawer" onClick={onToggle}>
        {open ? "Hide controls" : "Controls"}
      </button>
    </div>
  );
}
