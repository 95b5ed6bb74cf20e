import type { Metadata } from "next";
import Link from "next/link";
import { AtlasLegend } from "@/components/charts/atlas-legend";
import { PlaceLayerControls } from "@/components/place/place-layer";
import { ErrorBox } from "@/components/ui/error-box";
import { getDb } from "@/db/client";
import { getAtlasRows } from "@/db/queries/atlas";
import { logDomain } from "@/lib/chart/log-ticks";
import { panelLogRange, panelYDomain, sharedSpan } from "@/lib/atlas/y-scale";
import { shortModelName } from "@/lib/models/format";
import { toSearchParams } from "@/lib/url-state/params";
import { CATEGORY_SLUGS, parseTasksState, tasksQuery } from "@/lib/url-state/tasks";
import { buildAtlasPanels, shownPanels } from "@/lib/atlas/panels";
import { ReportToolbar } from "@/components/report/report-toolbar";
import { AtlasCard } from "./_components/atlas-card";
import { AtlasControls } from "./_components/atlas-controls";
import "./tasks.css";
import { formatFixed } from "@/lib/format";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Task atlas" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** /tasks: small multiples of every task's error-vs-compute scaling with the LAION and CLIP-WIT fits. */
export default async function TasksPage({ searchParams }: Props) {
  const params = toSearchParams(await searchParams);
  const parsed = parseTasksState(params);
  if (!parsed.ok) {
    return (
      <>
        <h1>Task atlas</h1>
        {parsed.errors.map((e) => (
          <ErrorBox key={e.param} title={`Bad URL parameter "${e.param}"${params.has(e.param) ? ` = "${params.get(e.param)!.slice(0, 60)}"` : ""}`} message={e.message} />
        ))}
        <p><Link href="/tasks">Show the atlas with default settings</Link></p>
      </>
    );
  }
  const state = parsed.state;
  const db = getDb();
  const read = getAtlasRows(db);
  const names = new Map(read.models.map((m) => [m.id, shortModelName(m)]));
  const all = buildAtlasPanels(read.evals, read.fits, state.method).map((p) => ({ ...p, points: p.points.map((pt) => ({ ...pt, name: `${names.get(pt.model) ?? pt.model} (${pt.model})` })) }));
  const category = state.category ? CATEGORY_SLUGS[state.category] : undefined;
  const sorted = shownPanels(all, state);
  // One y scale per pixel: every panel spans the decades of the widest one (over all tasks, so a filter does not rescale).
  const ranges = new Map(all.map((p) => [p.task, panelLogRange(p.points.map((pt) => pt.error * 100))]));
  const span = sharedSpan([...ranges.values()]);
  const computes = all.flatMap((p) => p.points.map((pt) => pt.compute));
  const xDomain = computes.length ? logDomain(Math.min(...computes), Math.max(...computes)) : ([1, 10] as [number, number]);

  return (
    <>
      <h1>Task atlas</h1>
      <p className="muted">
        How error scales with compute on each of the {all.length} zero-shot tasks, with the power law E = A·C<sup>α</sup> of OpenCLIP (LAION, pooled)
        and OpenAI CLIP (WIT) fitted by the <strong>{state.method}</strong> method; α to two significant digits with its 95% bootstrap interval (none below 5 fitted points).
        Every panel&apos;s error axis spans the same {formatFixed(span, 1)} decades and stops at 100%, so slopes compare by eye. &quot;Does not scale&quot;: α ≥ 0 or
        α&apos;s interval includes 0. Hover a point for its model; open a panel to explore the task.
      </p>
      <AtlasControls />
      <ReportToolbar view="tasks" query={tasksQuery(state)} />
      <AtlasLegend />
      <PlaceLayerControls />
      <p className="muted" role="status">Showing {sorted.length} of {all.length} tasks{category ? ` (${category})` : ""}.</p>
      <div className="atlas-grid">
        {sorted.map((p) => <AtlasCard key={p.task} panel={p} xDomain={xDomain} yDomain={ranges.get(p.task) ? panelYDomain(ranges.get(p.task)!, span) : null} method={state.method} />)}
      </div>
    </>
  );
}
