"use client";
import dynamic from "next/dynamic";
import { useState } from "react";
import { VIEW_META, pinnedChartQuery, twinUrls, type ViewId } from "@/lib/export/view-meta";
import { useSiteOrigin } from "./site-origin";
import { useServedData } from "./use-provenance";

// The panels load when first opened, not with every view.
const CitePanel = dynamic(() => import("./cite-panel").then((m) => m.CitePanel), { ssr: false });
const EmbedPanel = dynamic(() => import("./embed-panel").then((m) => m.EmbedPanel), { ssr: false });

/**
 * Download, embed and cite buttons for a view: `<ReportToolbar view="explore" query={exploreQuery(state)} />`,
 * with the canonical query of the state on screen, so the downloads hold exactly what is shown. CSV
 * and JSON of the rows, CSV of the fits, SVG/PNG and embed code of the chart (views with one), all
 * pinned to the fit method and /api/health's data version, and a citation.
 */
export function ReportToolbar({ view, query }: { view: ViewId; query: string }) {
  const meta = VIEW_META[view];
  const origin = useSiteOrigin();
  const served = useServedData();
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
