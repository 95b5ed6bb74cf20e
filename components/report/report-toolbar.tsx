"use client";
/**
 * <ReportToolbar view="explore" query={exploreQuery(state)} />
 *
 * Download, embed and cite buttons for a dashboard view; place it next to the view's chart or table.
 *
 * Props
 * - `view`: "explore" | "tasks" | "compare" | "models" | "learning-curves".
 * - `query`: the view's canonical query string without "?", as its url-state module writes it
 *   (`exploreQuery(state)`, `tasksQuery(state)`, `compareQuery(state)`, `modelsQuery(state)`,
 *   `curvesQuery(state)`). Pass the state on screen, so the downloads hold exactly what is shown.
 * - `dataVersion`, `sourceCommit`, `ingestedAt` (optional): the served data's provenance (server:
 *   db/queries/provenance getProvenance → data_version, source_commit, ingested_at). When omitted the
 *   toolbar reads /api/health once.
 *
 * Gives: CSV and JSON of the rows (`/<view>.csv|json?…`), CSV of the fits (views that draw fits),
 * SVG and PNG of the chart and the iframe embed code (explore; compare embeds its chart task with
 * both groups' laws), all pinned to the fit method and data version, and a citation of the paper
 * and of this view. Zod-free on purpose: it ships with every view.
 */
import dynamic from "next/dynamic";
import { useState } from "react";
import { twinUrls } from "@/lib/export/twin-urls";
import { VIEW_META, pinnedChartQuery, type ViewId } from "@/lib/export/view-meta";
import { useSiteOrigin } from "./site-origin";
import { useServedData } from "./use-provenance";

// The panels load when first opened, not with every view.
const CitePanel = dynamic(() => import("./cite-panel").then((m) => m.CitePanel), { ssr: false });
const EmbedPanel = dynamic(() => import("./embed-panel").then((m) => m.EmbedPanel), { ssr: false });

export interface ReportToolbarProps {
  view: ViewId;
  query: string;
  dataVersion?: string;
  sourceCommit?: string;
  ingestedAt?: string;
}

export function ReportToolbar({ view, query, dataVersion, sourceCommit, ingestedAt }: ReportToolbarProps) {
  const meta = VIEW_META[view];
  const origin = useSiteOrigin();
  const served = useServedData({ data_version: dataVersion, source_commit: sourceCommit, ingested_at: ingestedAt });
  const [open, setOpen] = useState<"embed" | "cite" | null>(null);
  const urls = twinUrls(view, query);
  const pinned = served ? pinnedChartQuery(view, query, served.data_version) : null;
  const title = meta.title(new URLSearchParams(query));
  const chartTitle = pinned ? VIEW_META.explore.title(new URLSearchParams(pinned)) : title;
  const toggle = (p: "embed" | "cite") => setOpen((cur) => (cur === p ? null : p));
  return (
    <div className="report-toolbar" role="group" aria-label="Download, embed and cite">
      <div className="report-buttons">
        <a className="report-button" href={urls.csv} download>Download CSV</a>
        <a className="report-button" href={urls.json} download>JSON</a>
        {meta.hasFits && <a className="report-button" href={urls.fits_csv} download>Fits CSV</a>}
        {pinned && (
          <>
            <a className="report-button" href={`/api/v1/chart.svg?${pinned}`} download>Download SVG</a>
            <a className="report-button" href={`/api/v1/chart.png?${pinned}`} download>PNG</a>
            <button type="button" aria-expanded={open === "embed"} aria-controls="report-embed" onClick={() => toggle("embed")}>Embed</button>
          </>
        )}
        <button type="button" aria-expanded={open === "cite"} aria-controls="report-cite" onClick={() => toggle("cite")}>Cite</button>
        <a className="report-dictionary" href="/dictionary">Column definitions</a>
      </div>
      {open === "embed" && pinned && <div id="report-embed"><EmbedPanel pinned={pinned} title={chartTitle} /></div>}
      {open === "cite" && (
        <div id="report-cite">
          <CitePanel viewId={view} url={`${origin}${meta.path}${query ? `?${query}` : ""}`} title={title} served={served} />
        </div>
      )}
    </div>
  );
}
